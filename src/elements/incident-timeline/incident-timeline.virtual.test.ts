import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { makeIncidentFeed } from '../../../test/fixtures/incident-timeline/make-feed.mjs';
import { $, $$, frame, renderTimeline, settle, shownEvents, summary, textOf } from '../../../test/fixtures/incident-timeline/helpers.js';
import { compareDates } from '../../feed/dates.js';
import type { IncidentTimeline } from './incident-timeline.js';
import { sumCounts } from './counts.js';

const N = 10_000;
const big = makeIncidentFeed(N);
// In date order, as the timeline shows them (the generator writes some dates to the month or year only).
const incidents = [...big._campaign!.incidents!].sort((a, b) => compareDates(a.date, b.date));

const focusedTitle = (el: IncidentTimeline) => textOf(el.shadowRoot!.activeElement?.querySelector('.title'));

const onScreen = (el: IncidentTimeline) =>
  shownEvents(el).filter((e) => {
    const r = e.li.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });

async function scrollPage(el: IncidentTimeline, y: number): Promise<void> {
  window.scrollTo(0, y);
  for (let i = 0; i < 6; i++) await frame();
  // The window moves on the next frame (or a timer, in a background test page): wait for it.
  await waitUntil(() => onScreen(el).length > 0, 'no event came on screen', { timeout: 5000 });
  await settle(el);
}

describe('<incident-timeline> with 10,000 events', function () {
  this.timeout(30_000);

  afterEach(() => window.scrollTo(0, 0));

  it('renders only the events near the screen, and says the list is windowed', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const rendered = shownEvents(el).length;
    expect(rendered).to.be.greaterThan(0);
    expect(rendered).to.be.lessThan(80);
    expect(summary(el)).to.match(/^10,000 incidents/);
    expect(textOf($(el, '[part="long-list-note"]'))).to.contain('search');
    expect($(el, 'ol.years')!.getAttribute('aria-describedby')).to.equal('long-list');
  });

  it('the list is as tall as all its events, so the scrollbar is honest', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const rows = shownEvents(el).map((e) => e.li.getBoundingClientRect());
    const step = (rows[rows.length - 1].top - rows[0].top) / (rows.length - 1);
    const height = $(el, '[part="list"]')!.getBoundingClientRect().height;
    expect(height).to.be.within(N * step * 0.8, N * step * 1.25);
  });

  it('scrolling the page to the middle shows the events from the middle, in order, under their month', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const list = $(el, '[part="list"]')!;
    const top = list.getBoundingClientRect().top + scrollY;
    await scrollPage(el, top + list.getBoundingClientRect().height / 2);
    const visible = onScreen(el);
    expect(visible.length).to.be.greaterThan(0);
    const index = incidents.findIndex((i) => i.title === visible[0].title);
    expect(index).to.be.within(N * 0.35, N * 0.65);
    expect(shownEvents(el).length).to.be.lessThan(80);
    // The month heading of what is on screen is stuck at the top of the screen.
    const month = visible[0].li.closest('li.month')!.querySelector('.month-heading')!.getBoundingClientRect();
    expect(month.top).to.be.within(-1, 120);
  });

  it('a jump far down the list lands within a render or two, not after rounds of blank screens, and stays put', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const list = $(el, '[part="list"]')!;
    const top = list.getBoundingClientRect().top + scrollY;
    // Each render of a new window replaces rows: one batch of mutations per render.
    let renders = 0;
    const watcher = new MutationObserver(() => renders++);
    watcher.observe(el.shadowRoot!, { childList: true, subtree: true });
    await scrollPage(el, top + list.getBoundingClientRect().height * 0.6);
    for (let i = 0; i < 6; i++) await frame();
    watcher.disconnect();
    expect(onScreen(el).length).to.be.greaterThan(0);
    expect(renders, 'renders until the window covered the screen').to.be.at.most(3);
    // Once there, what is on screen stays put while the window measures more rows.
    const first = onScreen(el)[0];
    const before = first.li.getBoundingClientRect().top;
    for (let i = 0; i < 6; i++) await frame();
    expect(first.li.isConnected && first.li.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });

  it('End goes to the very last event, and Home back to the first', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    shownEvents(el)[0].li.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedTitle(el) === incidents[N - 1].title, 'End did not reach the last event');
    const r = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
    expect(r.top).to.be.lessThan(innerHeight);
    expect(r.bottom).to.be.greaterThan(0);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedTitle(el) === incidents[N - 2].title, 'ArrowUp after End');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedTitle(el) === incidents[0].title, 'Home did not reach the first event');
  });

  it('the search box finds an event that is not in the DOM (the find-in-page alternative)', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const wanted = big._campaign!.incidents![7777];
    expect(shownEvents(el).some((e) => e.title === wanted.title)).to.equal(false);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = `(${7778})`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // A list this long filters after a short pause in typing.
    await waitUntil(() => shownEvents(el).length === 1, 'the search never applied', { timeout: 5000 });
    await settle(el);
    expect(input.value).to.equal('(7778)');
    expect(shownEvents(el).map((e) => e.title)).to.deep.equal([wanted.title]);
    expect(summary(el)).to.match(/^1 of 10,000 incidents/);
  });

  it('`highlight` on a far event renders it, scrolls to it and focuses it', async () => {
    const wanted = incidents[9000];
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)} highlight=${wanted.id}></incident-timeline>`);
    await waitUntil(() => focusedTitle(el) === wanted.title, 'far event not focused');
    const r = (el.shadowRoot!.activeElement as HTMLElement).getBoundingClientRect();
    expect(r.top).to.be.lessThan(innerHeight);
    expect(r.bottom).to.be.greaterThan(0);
    expect(shownEvents(el).length).to.be.lessThan(80);
  });

  it('opening "Sources" on a windowed row shows its quotes, and they stay open when scrolled back', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const row = shownEvents(el)[0];
    const wanted = incidents.find((i) => i.title === row.title)!;
    const details = row.li.querySelector<HTMLDetailsElement>('details.sources')!;
    details.querySelector('summary')!.click();
    await settle(el);
    expect([...details.querySelectorAll('blockquote')].map(textOf)).to.deep.equal(wanted.sources.map((s) => s.quote));
    const list = $(el, '[part="list"]')!;
    await scrollPage(el, list.getBoundingClientRect().top + scrollY + list.getBoundingClientRect().height / 2);
    expect(shownEvents(el).some((e) => e.title === row.title)).to.equal(false);
    await scrollPage(el, 0);
    const again = shownEvents(el).find((e) => e.title === row.title)!;
    expect(again.li.querySelector<HTMLDetailsElement>('details.sources')!.open).to.equal(true);
    expect(again.li.querySelectorAll('blockquote').length).to.equal(wanted.sources.length);
  });

  it('filters 10,000 events without freezing the page', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const t0 = performance.now();
    $$<HTMLButtonElement>(el, 'button.chip').find((b) => textOf(b).startsWith('Killing'))!.click();
    await el.updateComplete;
    // One update: filter, chip counts, summary, the new window. Tens of ms on an idle machine; the
    // bound is loose because test machines are shared. Quadratic work would take seconds.
    expect(performance.now() - t0).to.be.lessThan(1000);
    await settle(el);
    expect(shownEvents(el).every((e) => e.kind === 'Killing')).to.equal(true);
    const deaths = sumCounts(incidents.map((i) => i.deaths))!;
    const words = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ', 'about-or-more': 'about ' }[deaths.qualifier];
    expect(summary(el)).to.contain(`1,000 of 10,000 incidents, ${words}${deaths.value.toLocaleString('en-GB')}`);
  });

  it('the horizontal layout renders only the markers near the visible stretch', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${makeIncidentFeed(N)}></incident-timeline>`);
    const markers = $$(el, 'button.h-marker').length;
    expect(markers).to.be.greaterThan(0);
    expect(markers).to.be.lessThan(N / 4);
    // Zoomed in, far fewer fit.
    for (let i = 0; i < 8; i++) $<HTMLButtonElement>(el, '[part="zoom-in"]')!.click();
    await settle(el);
    expect($$(el, 'button.h-marker').length).to.be.lessThan(200);
  });
});
