// The Embed step (issue 23, point 7): one button copies the code of all four widgets, and the files
// to upload are named with the exact address the page will request each from (the map outlines in
// geo/ beside the script: the script build fetches them there).
import { expect } from '@open-wc/testing';
import '../../../src/elements/all.js';
import { defineStudio } from '../../../src/studio/define.js';
import { StudioApp } from '../../../src/studio/studio-app.js';
import { EXAMPLE_FILES, exampleBytes, moduleWorker, storeName, until } from './helpers.js';

StudioApp.createWorker = moduleWorker;
defineStudio();

const mounted: StudioApp[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function settle(app: StudioApp): Promise<void> {
  await app.whenSaved();
  await app.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  for (const el of app.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await el.updateComplete;
}

async function embedStep(): Promise<StudioApp> {
  const app = document.createElement('studio-app');
  app.storeName = storeName();
  document.body.append(app);
  mounted.push(app);
  await until(() => app.dataset.loaded === 'true', 5000, 'the project to load');
  const dt = new DataTransfer();
  for (const f of EXAMPLE_FILES) dt.items.add(new File([new TextDecoder().decode(await exampleBytes(f))], f, { type: 'text/plain' }));
  app.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await until(() => /^Built/.test(app.querySelector('.build-status .live')?.textContent ?? ''), 10000, 'the build');
  app.querySelector<HTMLElement>('#tab-embed')!.click();
  await settle(app);
  return app;
}

const uploads = (app: Element): Record<string, string> =>
  Object.fromEntries([...app.querySelectorAll<HTMLElement>('.uploads li')].map((li) => [li.dataset.upload!, li.querySelector('code.at')!.textContent!]));

describe('Embed step', () => {
  it('copies the code of all four widgets at once: the script once, then each widget with its fallback', async () => {
    const app = await embedStep();
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      app.querySelector<HTMLButtonElement>('button[data-copy="snippet-all"]')!.click();
      await until(() => copied.length === 1, 2000, 'the copy');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    const doc = new DOMParser().parseFromString(copied[0], 'text/html');
    expect(doc.querySelectorAll('script[src]').length).to.equal(1);
    for (const tag of ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map']) {
      const el = doc.querySelector(tag);
      expect(el, tag).to.exist;
      expect(el!.getAttribute('src')).to.equal('/campaign/feed.json');
      expect(el!.children.length, `${tag} has fallback content`).to.be.greaterThan(0);
    }
  });

  it('names each file with the address the page will request it from', async () => {
    const app = await embedStep();
    expect(uploads(app)).to.deep.equal({
      script: '/assets/solidarity-widgets.iife.js',
      world: '/assets/geo/world-view.json',
      geo: '/assets/geo/countries-110m.json',
      feed: '/campaign/feed.json',
    });
    const script = app.querySelector<HTMLInputElement>('#em-script')!;
    script.value = 'https://partner.example/static/js/widgets.js';
    script.dispatchEvent(new Event('change'));
    await settle(app);
    const listed = uploads(app);
    expect(listed.script).to.equal('https://partner.example/static/js/widgets.js');
    // Where the script build looks for the outlines: `new URL('geo/countries-110m.json', <script src>)`.
    expect(listed.geo).to.equal(new URL('geo/countries-110m.json', script.value).href);
    expect(listed.world).to.equal(new URL('geo/world-view.json', script.value).href);
    expect(app.querySelector<HTMLTextAreaElement>('#snippet-all')!.value).to.contain('<script src="https://partner.example/static/js/widgets.js" defer>');
  });
});
