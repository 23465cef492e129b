// The Build step's per-document fields (issue 23, point 6): a document that does not say when it was
// published loses the facts its relative dates ("yesterday") would give; the studio says so in plain
// words, and typing the date there rebuilds the facts. Front matter is overridden by what is typed.
import { expect } from '@open-wc/testing';
import '../../../src/elements/all.js';
import { defineStudio } from '../../../src/studio/define.js';
import { StudioApp } from '../../../src/studio/studio-app.js';
import { moduleWorker, storeName, until } from './helpers.js';

StudioApp.createWorker = moduleWorker;
defineStudio();

const UNDATED = 'Police arrested 12 garment workers outside a factory in Phnom Penh yesterday, the union said.\n';
const DATED = `---\npublished: 2014-01-01\npublisher: "Old name"\n---\n${UNDATED}`;

const mounted: StudioApp[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(): Promise<StudioApp> {
  const app = document.createElement('studio-app');
  app.storeName = storeName();
  document.body.append(app);
  mounted.push(app);
  await until(() => app.dataset.loaded === 'true', 5000, 'the project to load');
  return app;
}

const live = (app: Element): string => app.querySelector('.build-status .live')?.textContent ?? '';
const incidents = (app: Element): number => Number(/(\d+) incidents/.exec(live(app))?.[1] ?? NaN);

async function dropTexts(app: StudioApp, files: Record<string, string>): Promise<void> {
  const dt = new DataTransfer();
  for (const [name, text] of Object.entries(files)) dt.items.add(new File([text], name, { type: 'text/plain' }));
  app.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  await until(() => /^Built/.test(live(app)), 10000, 'the build');
}

/** Types into a field and leaves it, as a person does; resolves once the studio has rebuilt. */
async function type(app: StudioApp, input: HTMLInputElement, value: string, rebuilds = true): Promise<void> {
  const before = live(app);
  const saves = Number(app.dataset.saves ?? 0);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  if (rebuilds) {
    await until(() => Number(app.dataset.saves ?? 0) > saves, 5000, 'the edit to be saved');
    await until(() => /^Built/.test(live(app)) && (live(app) !== before || true), 10000, 'the rebuild');
    await app.whenSaved();
  }
  await app.updateComplete;
  await (app.querySelector('studio-build-panel') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

const card = (app: Element, file: string): HTMLElement => app.querySelector<HTMLElement>(`.doc[data-file="${file}"]`)!;
const field = (app: Element, file: string, name: string): HTMLInputElement => card(app, file).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('Build step: published date, publisher and address of each document', () => {
  it('a file without a published date is explained in plain words, and typing the date brings its facts back', async () => {
    const app = await mount();
    await dropTexts(app, { 'report.txt': UNDATED });
    expect(incidents(app)).to.equal(0, 'without a date, "yesterday" dates nothing');
    const explanation = card(app, 'report.txt').querySelector('.doc-no-date')?.textContent ?? '';
    expect(explanation).to.contain('does not say when it was published');
    expect(explanation).to.contain('yesterday');
    expect(card(app, 'report.txt').textContent).not.to.match(/front matter|sources\.json|relative dates|resolved/, 'no jargon');
    const published = field(app, 'report.txt', 'published');
    expect(published.getAttribute('aria-describedby')).to.contain(card(app, 'report.txt').querySelector('.doc-no-date')!.id);

    await type(app, published, '2014-03-05');
    await until(() => incidents(app) === 1, 10000, 'the arrest to be rebuilt');
    expect(card(app, 'report.txt').querySelector('.doc-no-date')).to.equal(null);
    expect(field(app, 'report.txt', 'published').value).to.equal('2014-03-05');
  });

  it('every document shows what was found, and what is typed wins over its front matter', async () => {
    const app = await mount();
    await dropTexts(app, { 'dated.txt': DATED, 'undated.txt': UNDATED });
    expect(field(app, 'dated.txt', 'published').value).to.equal('2014-01-01');
    expect(field(app, 'dated.txt', 'publisher').value).to.equal('Old name');
    expect(field(app, 'dated.txt', 'url').value).to.equal('');
    for (const f of ['published', 'publisher', 'url']) expect(field(app, 'undated.txt', f), f).to.exist;

    await type(app, field(app, 'dated.txt', 'publisher'), 'Union news');
    await type(app, field(app, 'dated.txt', 'url'), 'https://example.org/arrests');
    const panel = app.querySelector('studio-build-panel') as unknown as { base: { feed: { items: { url?: string; _source?: { file: string; publisher?: string } }[] } } };
    await until(() => panel.base.feed.items.some((i) => i._source?.file === 'dated.txt' && i._source.publisher === 'Union news'), 10000, 'the publisher in the feed');
    expect(panel.base.feed.items.find((i) => i._source?.file === 'dated.txt')!.url).to.equal('https://example.org/arrests');
  });

  it('an impossible date or address is refused beside its field, and nothing is rebuilt', async () => {
    const app = await mount();
    await dropTexts(app, { 'report.txt': UNDATED });
    const saves = Number(app.dataset.saves ?? 0);
    await type(app, field(app, 'report.txt', 'published'), 'last March', false);
    const input = field(app, 'report.txt', 'published');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = document.getElementById(`${input.id}-error`)!;
    expect(input.getAttribute('aria-describedby')).to.contain(error.id);
    expect(error.textContent).to.contain('2014-01-05');
    expect(input.value).to.equal('last March', 'what was typed is kept to be fixed');
    await type(app, field(app, 'report.txt', 'url'), 'javascript:alert(1)', false);
    expect(field(app, 'report.txt', 'url').getAttribute('aria-invalid')).to.equal('true');
    await new Promise((r) => setTimeout(r, 100));
    expect(Number(app.dataset.saves ?? 0)).to.equal(saves);
  });
});
