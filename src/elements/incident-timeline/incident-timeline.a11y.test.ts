import { expect, fixture, html } from '@open-wc/testing';
import type * as Axe from 'axe-core';
// axe-core is a UMD script that wtr serves untransformed: imported for its side effect, it sets window.axe.
import 'axe-core';
import { makeIncidentFeed } from '../../../test/fixtures/incident-timeline/make-feed.mjs';
import {
  $,
  $$,
  MISSING_URL,
  campaignFeed,
  labelledName,
  renderTimeline,
  settle,
  shownEvents,
  textOf,
} from '../../../test/fixtures/incident-timeline/helpers.js';
import type { IncidentTimeline } from './incident-timeline.js';

async function expectAxeClean(el: Element, what: string): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found, `${what}: ${found.join('; ')}`).to.deep.equal([]);
}

const axe = (window as unknown as { axe: typeof Axe }).axe;
const feed = campaignFeed();

describe('<incident-timeline> accessibility', function () {
  // axe over full shadow trees is slow on a busy two-core machine.
  this.timeout(30_000);

  for (const theme of ['light', 'dark'] as const) {
    for (const layout of ['vertical', 'horizontal'] as const) {
      it(`axe finds nothing: ${layout}, ${theme}, with actions, sources and a warning opened`, async () => {
        const el = await renderTimeline(
          html`<incident-timeline theme=${theme} layout=${layout} include-actions content-warning .feed=${campaignFeed()}></incident-timeline>`,
        );
        await expectAxeClean(el, `${layout} ${theme}`);
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        await settle(el);
        await expectAxeClean(el, `${layout} ${theme}, disclosures open`);
      });
    }
  }

  it('axe finds nothing when the filters hide everything, in Khmer, and on a windowed list', async () => {
    const none = await renderTimeline(html`<incident-timeline query="nothing matches this" .feed=${campaignFeed()}></incident-timeline>`);
    expect($(none, '[part="no-match"]')).to.exist;
    await expectAxeClean(none, 'no match');
    const km = await renderTimeline(html`<incident-timeline lang="km" layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    await expectAxeClean(km, 'Khmer');
    const long = await renderTimeline(html`<incident-timeline theme="dark" .feed=${makeIncidentFeed(2000)}></incident-timeline>`);
    await expectAxeClean(long, 'windowed');
    // A date field holding text that is not a date: flagged, and the message is its description.
    const from = $<HTMLInputElement>(long, 'input#from')!;
    from.value = 'next week';
    from.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(long);
    const field = $<HTMLInputElement>(long, 'input#from')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const description = field
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => textOf(long.shadowRoot!.getElementById(id)))
      .join(' ');
    expect(description).to.match(/^From: Not a date.*Dates: a year/);
    await expectAxeClean(long, 'invalid date');
  });

  it('axe finds nothing while loading, on error, and when empty', async () => {
    const loading = await fixture<IncidentTimeline>(html`<incident-timeline src="/never-answers-${Date.now()}.json"></incident-timeline>`);
    await loading.updateComplete;
    await expectAxeClean(loading, 'loading');
    const error = await renderTimeline(html`<incident-timeline src=${MISSING_URL}></incident-timeline>`);
    await expectAxeClean(error, 'error');
    const f = campaignFeed();
    f._campaign!.incidents = [];
    const empty = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    await expectAxeClean(empty, 'empty');
  });

  it('every event has a screen-reader name: its title, date and kind', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    for (const e of shownEvents(el)) {
      expect(labelledName(el, e.li)).to.equal(`${e.title} ${e.date.replace('–', ' to ')} ${e.kind}`.replace(/\s+/g, ' '));
    }
    const shooting = shownEvents(el).find((e) => e.title.startsWith('Security forces'))!;
    expect(labelledName(el, shooting.li)).to.equal(`${feed._campaign!.incidents![1].title} 3 January 2014 Killing`);
  });

  it('every marker on the axis is a named button, even where labels do not fit', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" include-actions .feed=${campaignFeed()}></incident-timeline>`);
    const markers = $$<HTMLButtonElement>(el, 'button.h-marker');
    expect(markers.length).to.be.greaterThan(0);
    expect(markers.some((b) => b.closest('.dot'))).to.equal(true);
    for (const b of markers) {
      // Name from content: the date, the kind and the title, visible or not.
      const name = b.textContent!.replace(/\s+/g, ' ').trim();
      expect(name).to.match(/\d{4}/);
      expect(name.length).to.be.greaterThan(12);
    }
  });

  it('kinds are told by an icon and a word, never by colour alone', async () => {
    const el = await renderTimeline(html`<incident-timeline include-actions .feed=${campaignFeed()}></incident-timeline>`);
    for (const k of $$(el, 'li.event .kind')) {
      expect(k.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(textOf(k).length).to.be.greaterThan(2);
    }
    const chips = $$(el, 'button.chip');
    expect(chips.every((c) => c.hasAttribute('aria-pressed'))).to.equal(true);
  });

  it('fits a 320 px wide screen without horizontal scrolling, in both layouts', async () => {
    for (const layout of ['vertical', 'horizontal']) {
      // A 320 px wide parent (built by hand: fixture() would wait for a frame of the wrapper, and a
      // background test page gets none). fixture's cleanup removes it.
      const wrap = document.createElement('div');
      wrap.style.width = '320px';
      document.body.append(wrap);
      const el = await fixture<IncidentTimeline>(
        html`<incident-timeline layout=${layout} include-actions content-warning .feed=${campaignFeed()}></incident-timeline>`,
        { parentNode: wrap },
      );
      await settle(el);
      for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
      await settle(el);
      expect(el.scrollWidth, layout).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      // The axis scrolls inside its own box; nothing else may.
      const wide = $$(el, '*').filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 1 && !n.closest('.scroller'));
      expect(wide.map((n) => n.className || n.tagName), layout).to.deep.equal([]);
    }
  });
});
