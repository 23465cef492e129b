import { expect, fixture, html } from '@open-wc/testing';
// axe-core ships as a UMD script (no ESM default export under wtr): load it for its global.
import 'axe-core';
import type { PressReleaseList } from './press-release-list.js';
import { makeReleaseFeed } from '../../../test/fixtures/press-release-list/make-feed.mjs';
import {
  $,
  $$,
  CAMPAIGN_URL,
  renderList,
  serve,
  mount,
  serveNothing,
  settle,
  textOf,
} from '../../../test/fixtures/press-release-list/helpers.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${v.help}`);
}

const BROKEN = serve('/__prl-fixtures/a11y-broken.json', '{ "items": [ oops');
const NEVER = serveNothing('/__prl-fixtures/a11y-never.json');
const EMPTY = { version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: [] };

for (const theme of ['light', 'dark'] as const) {
  describe(`<press-release-list> has no axe violations (${theme})`, () => {
    it('ready: tabs, filters, search, entries, pager', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} heading="Press releases" .feed=${makeReleaseFeed(35)} subscribe-url="/feed.json"></press-release-list>`);
      expect(el.viewState).to.equal('ready');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('ready: the campaign feed, one entry opened, cards layout', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} layout="cards" src=${CAMPAIGN_URL}></press-release-list>`);
      $<HTMLButtonElement>(el, 'button[aria-expanded]')?.click();
      await el.updateComplete;
      expect(await violations(el)).to.deep.equal([]);
    });

    it('ready: nothing matches the filters', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} src=${CAMPAIGN_URL}></press-release-list>`);
      el.query = 'no such release anywhere';
      await el.updateComplete;
      expect($(el, '[part="no-match"]')).to.exist;
      expect(await violations(el)).to.deep.equal([]);
    });

    it('ready: sidebar and "Show more"', async () => {
      const side = await renderList(html`<press-release-list theme=${theme} limit="3" heading="Latest" src=${CAMPAIGN_URL}></press-release-list>`);
      expect(await violations(side)).to.deep.equal([]);
      const more = await renderList(html`<press-release-list theme=${theme} paging="more" .feed=${makeReleaseFeed(25)}></press-release-list>`);
      expect(await violations(more)).to.deep.equal([]);
    });

    it('empty', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} heading="Press releases" .feed=${EMPTY}></press-release-list>`);
      expect(el.viewState).to.equal('empty');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('error', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} heading="Press releases" src=${BROKEN}></press-release-list>`);
      expect(el.viewState).to.equal('error');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('loading', async () => {
      const el = await fixture<PressReleaseList>(html`<press-release-list theme=${theme} heading="Press releases" src=${NEVER}></press-release-list>`);
      expect(el.viewState).to.equal('loading');
      expect(await violations(el)).to.deep.equal([]);
    });

    it('in Khmer', async () => {
      const el = await renderList(html`<press-release-list theme=${theme} lang="km" .feed=${makeReleaseFeed(35)}></press-release-list>`);
      expect(await violations(el)).to.deep.equal([]);
    });
  });
}

describe('<press-release-list> on a narrow phone (320 px) or at 200% zoom', () => {
  for (const layout of ['list', 'cards']) {
    it(`nothing overflows sideways (${layout})`, async () => {
      const feed = makeReleaseFeed(30);
      feed.items[0].title = 'A title with a very long unbroken word: Solidaritätskundgebungsteilnehmerinnenverzeichnis';
      feed.items[1].url = `https://union.example.org/${'x'.repeat(300)}`;
      const { el, remove } = mount(
        html`<press-release-list layout=${layout} heading="Press releases" .feed=${feed} subscribe-url="/f.json" subscribe-rss="/f.rss"></press-release-list>`,
        '320px',
      );
      try {
        await settle(el);
        const wide = [el, ...$$(el, '*')].filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'hidden');
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(wide.map((n) => `${n.tagName}.${n.className} ${n.scrollWidth}>${n.clientWidth}`)).to.deep.equal([]);
        for (const n of $$(el, 'ol.items > li, [part="toolbar"], [role="tablist"], [part="pager"]')) {
          expect(n.getBoundingClientRect().right, textOf(n).slice(0, 40)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      } finally {
        remove();
      }
    });
  }
});
