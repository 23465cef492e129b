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
  default: { component?: string; args?: Args; render?: RenderFn; title?: string; tags?: string[] };
  [name: string]: unknown;
}
interface Story {
  args?: Args;
  render?: RenderFn;
  name?: string;
  tags?: string[];
}

/** The Docs page renders every story inline, one under the other: each must stay page-sized. */
const DOCS_MAX_HEIGHT = 5000;
const DOCS_MAX_RECORDS = 1000;
const onDocsPage = (meta: StoryModule['default'], story: Story): boolean => ![...(meta.tags ?? []), ...(story.tags ?? [])].includes('!autodocs');

/** Records a feed object holds: items and the campaign's facts. */
function records(feed: unknown): number {
  if (!feed || typeof feed !== 'object') return 0;
  const f = feed as { items?: unknown[]; _campaign?: Record<string, unknown> };
  const c = f._campaign ?? {};
  return (f.items?.length ?? 0) + ['wages', 'incidents', 'actions'].reduce((n, k) => n + (Array.isArray(c[k]) ? (c[k] as unknown[]).length : 0), 0);
}

/** Storybook's name for an export without `name`: its words split and capitalised ("TableView" → "Table View"). */
const wordsOf = (exportName: string): string[] => exportName.split(/(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])|(?<=[A-Z])(?=[A-Z][a-z])/);

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
      it(`"${name}" is named like a title: sentence case, numbers in full`, () => {
        const words = wordsOf(name);
        const shown = story.name ?? words.join(' ');
        expect(words.length === 1 || story.name !== undefined, `"${name}" would show as "${shown}": give it a name`).to.equal(true);
        expect(shown, 'no abbreviated thousands ("5k", "10 K")').not.to.match(/\d\s*[kK]\b/);
        expect(shown, 'thousands separated ("5,000")').not.to.match(/\d{4,}/);
        expect(shown.split(' ').slice(1).filter((w) => /^[A-Z][a-z]/.test(w) && !['Khmer', 'Cambodia', 'GBP'].includes(w)), 'sentence case').to.deep.equal([]);
      });

      it(`"${name}" renders the element and leaves the loading state`, async () => {
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.message);
        window.addEventListener('error', onError);
        const host = document.createElement('div');
        host.style.width = '1000px';
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
          if (onDocsPage(meta, story)) {
            // Heavy stories render in the canvas only (tag '!autodocs'), never inline on the Docs page.
            const height = host.getBoundingClientRect().height;
            expect(height, `"${name}" is ${Math.round(height)} px tall on the Docs page`).to.be.at.most(DOCS_MAX_HEIGHT);
            expect(records((el as unknown as { feed?: unknown }).feed), `"${name}" renders its many records on the Docs page`).to.be.at.most(DOCS_MAX_RECORDS);
          }
        } finally {
          window.removeEventListener('error', onError);
          render(null, host);
          host.remove();
        }
      });
    }
  });
}
