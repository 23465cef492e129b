// Every story of every element renders in Chromium, so the stories designers rely on cannot rot:
// each one must upgrade its element, leave the loading state (ready, empty or error — whichever the
// story is about) and throw nothing.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as actionMap from '../../stories/action-map.stories.js';
import * as incidentTimeline from '../../stories/incident-timeline.stories.js';
import * as pressReleaseList from '../../stories/press-release-list.stories.js';
import * as wageGapGauge from '../../stories/wage-gap-gauge.stories.js';

type Args = Record<string, unknown>;
type RenderFn = (args: Args, context: unknown) => TemplateResult;
interface StoryModule {
  default: { component?: string; args?: Args; render?: RenderFn; title?: string };
  [name: string]: unknown;
}
interface Story {
  args?: Args;
  render?: RenderFn;
}

const modules: [string, StoryModule][] = [
  ['action-map', actionMap as unknown as StoryModule],
  ['incident-timeline', incidentTimeline as unknown as StoryModule],
  ['press-release-list', pressReleaseList as unknown as StoryModule],
  ['wage-gap-gauge', wageGapGauge as unknown as StoryModule],
];

type FeedHost = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

async function settled(el: FeedHost): Promise<void> {
  const deadline = performance.now() + 8000;
  while (el.state === 'loading' && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

for (const [tag, mod] of modules) {
  const meta = mod.default;
  const stories = Object.entries(mod).filter(([name, v]) => name !== 'default' && name !== '__namedExportsOrder' && typeof v === 'object' && v !== null) as [string, Story][];

  describe(`stories of <${tag}>`, () => {
    it('declares the element as its component and has stories', () => {
      expect(meta.component).to.equal(tag);
      expect(stories.length).to.be.greaterThan(2);
    });

    for (const [name, story] of stories) {
      it(`"${name}" renders the element and leaves the loading state`, async () => {
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const host = document.createElement('div');
        document.body.append(host);
        try {
          const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
          const fn = story.render ?? meta.render;
          expect(fn, 'the story or its meta has a render function').to.be.a('function');
          render(fn!(args, { args, id: `${tag}--${name}`, name }), host);
          const el = host.querySelector(tag) as FeedHost | null;
          expect(el, `<${tag}> is in the story`).to.exist;
          await customElements.whenDefined(tag);
          await settled(el!);
          expect(el!.shadowRoot?.childElementCount ?? 0).to.be.greaterThan(0);
          expect(el!.state).to.not.equal('loading');
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          render(null, host);
          host.remove();
        }
      });
    }
  });
}
