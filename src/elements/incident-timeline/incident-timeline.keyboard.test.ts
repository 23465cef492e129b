import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, campaignFeed, renderTimeline, settle, shownEvents, textOf } from '../../../test/fixtures/incident-timeline/helpers.js';
import type { IncidentTimeline } from './incident-timeline.js';
import type { EventSelectEvent } from './event-select.js';

const feed = campaignFeed();
const sorted = [...feed._campaign!.incidents!].sort((a, b) => (a.date.padEnd(10, '-') < b.date.padEnd(10, '-') ? -1 : 1));

const focusedIn = (el: IncidentTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedTitle = (el: IncidentTimeline) => textOf(focusedIn(el)?.querySelector('.title'));
const focusedMarker = (el: IncidentTimeline) => focusedIn(el)?.matches('button.h-marker') ? focusedIn(el) : null;
const markerTitle = (b: Element | null | undefined) => textOf(b?.querySelector('.m-title'));
const detailTitle = (el: IncidentTimeline) => textOf($(el, '[part="detail"] .title'));
const trackWidth = (el: IncidentTimeline) => $(el, '.track')!.getBoundingClientRect().width;

async function press(el: IncidentTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

describe('<incident-timeline> keyboard, vertical layout', () => {
  it('Tab reaches the list as one stop; arrows move between events, Home and End jump', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const tabbable = shownEvents(el).filter((e) => e.li.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    tabbable[0].li.focus();
    expect(focusedTitle(el)).to.equal(sorted[0].title);
    await press(el, 'ArrowDown');
    expect(focusedTitle(el)).to.equal(sorted[1].title);
    await press(el, 'ArrowDown');
    expect(focusedTitle(el)).to.equal(sorted[2].title);
    await press(el, 'ArrowUp');
    expect(focusedTitle(el)).to.equal(sorted[1].title);
    await press(el, 'End');
    expect(focusedTitle(el)).to.equal(sorted[sorted.length - 1].title);
    await press(el, 'Home');
    expect(focusedTitle(el)).to.equal(sorted[0].title);
    // Roving: the focused event is now the list's one tab stop.
    expect(shownEvents(el).filter((e) => e.li.tabIndex === 0).map((e) => e.title)).to.deep.equal([sorted[0].title]);
  });

  it('Enter selects the focused event', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const selected: EventSelectEvent[] = [];
    el.addEventListener('event-select', (e) => selected.push(e));
    shownEvents(el)[0].li.focus();
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(selected.map((e) => e.detail.id)).to.deep.equal([sorted[1].id]);
    expect(focusedIn(el)!.getAttribute('aria-current')).to.equal('true');
  });

  it('arrow keys inside an event\'s controls are left alone', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const summary = shownEvents(el)[0].li.querySelector<HTMLElement>('summary')!;
    summary.focus();
    await press(el, 'ArrowDown');
    expect(focusedIn(el)).to.equal(summary);
    await press(el, 'Enter');
    expect(summary.closest('details')!.open).to.equal(true);
  });
});

describe('<incident-timeline> keyboard and gestures, horizontal layout', () => {
  it('arrows move between markers in date order and select them; Home and End jump', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const selected: string[] = [];
    el.addEventListener('event-select', (e) => selected.push(e.detail.id));
    const markers = $$(el, 'button.h-marker');
    expect(markers.filter((b) => b.tabIndex === 0)).to.have.length(1);
    markers.find((b) => b.tabIndex === 0)!.focus();
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[0].title);
    expect(detailTitle(el)).to.equal(sorted[0].title);
    await press(el, 'ArrowRight');
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[1].title);
    expect(detailTitle(el)).to.equal(sorted[1].title);
    await press(el, 'End');
    expect(textOf(focusedMarker(el))).to.contain(sorted[sorted.length - 1].title);
    await press(el, 'ArrowLeft');
    expect(textOf(focusedMarker(el))).to.contain(sorted[sorted.length - 2].title);
    await press(el, 'Home');
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[0].title);
    expect(selected).to.deep.equal([sorted[1].id, sorted[sorted.length - 1].id, sorted[sorted.length - 2].id, sorted[0].id]);
    expect(focusedMarker(el)!.getAttribute('aria-current')).to.equal('true');
  });

  it('+ and - zoom around the focused event, which keeps focus', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    $$(el, 'button.h-marker').find((b) => b.tabIndex === 0)!.focus();
    await press(el, 'ArrowRight');
    const w0 = trackWidth(el);
    await press(el, '+');
    const w1 = trackWidth(el);
    expect(w1).to.be.greaterThan(w0);
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[1].title);
    await press(el, '-');
    await press(el, '-');
    expect(trackWidth(el)).to.be.lessThan(w1);
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[1].title);
  });

  it('the zoom buttons zoom, and say how much time the screen shows', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const level = () => textOf($(el, '.zoom-level'));
    const w0 = trackWidth(el);
    const l0 = level();
    $<HTMLButtonElement>(el, '[part="zoom-in"]')!.click();
    await settle(el);
    expect(trackWidth(el)).to.be.greaterThan(w0);
    expect(level()).not.to.equal(l0);
    $<HTMLButtonElement>(el, '[part="zoom-out"]')!.click();
    await settle(el);
    expect(trackWidth(el)).to.be.closeTo(w0, 2);
  });

  it('Ctrl + wheel zooms; a plain wheel does not', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const scroller = $(el, '.scroller')!;
    const r = scroller.getBoundingClientRect();
    const w0 = trackWidth(el);
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: r.left + 50, clientY: r.top + 20, bubbles: true, cancelable: true }));
    await settle(el);
    expect(trackWidth(el)).to.equal(w0);
    const zoom = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: r.left + 50, clientY: r.top + 20, bubbles: true, cancelable: true });
    scroller.dispatchEvent(zoom);
    await settle(el);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(trackWidth(el)).to.be.greaterThan(w0);
  });

  it('a two-finger pinch zooms', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const scroller = $(el, '.scroller')!;
    const r = scroller.getBoundingClientRect();
    const y = r.top + 30;
    const mid = r.left + r.width / 2;
    const p = (type: string, id: number, x: number) =>
      scroller.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
    const w0 = trackWidth(el);
    p('pointerdown', 1, mid - 20);
    p('pointerdown', 2, mid + 20);
    p('pointermove', 1, mid - 60);
    p('pointermove', 2, mid + 60);
    p('pointerup', 1, mid - 60);
    p('pointerup', 2, mid + 60);
    await settle(el);
    expect(trackWidth(el)).to.be.greaterThan(w0 * 1.5);
  });

  it('clicking a marker selects it and shows it in full below the axis', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const target = sorted[3];
    const marker = $$(el, 'button.h-marker').find((b) => textOf(b).includes(target.title))!;
    marker.click();
    await settle(el);
    expect(detailTitle(el)).to.equal(target.title);
    expect(marker.getAttribute('aria-current')).to.equal('true');
  });

  it('right to left: time runs from the right, and ArrowLeft moves forward', async () => {
    const el = await renderTimeline(html`<incident-timeline dir="rtl" layout="horizontal" .feed=${campaignFeed()}></incident-timeline>`);
    const markers = $$(el, 'button.h-marker');
    const first = markers.find((b) => markerTitle(b) === sorted[0].title)!;
    const last = markers.find((b) => textOf(b).includes(sorted[sorted.length - 1].title))!;
    expect(first.getBoundingClientRect().right).to.be.greaterThan(last.getBoundingClientRect().right);
    first.focus();
    await press(el, 'ArrowLeft');
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[1].title);
    await press(el, 'ArrowRight');
    expect(markerTitle(focusedMarker(el))).to.equal(sorted[0].title);
  });

  it('`highlight` selects, scrolls to and focuses the marker', async () => {
    const el = await renderTimeline(html`<incident-timeline layout="horizontal" highlight="i-lor-peang" .feed=${campaignFeed()}></incident-timeline>`);
    await waitUntil(() => focusedMarker(el), 'no marker focused');
    const title = feed._campaign!.incidents!.find((i) => i.id === 'i-lor-peang')!.title;
    expect(textOf(focusedMarker(el))).to.contain(title);
    expect(detailTitle(el)).to.equal(title);
    const s = $(el, '.scroller')!.getBoundingClientRect();
    const m = focusedMarker(el)!.getBoundingClientRect();
    expect(m.left).to.be.at.least(s.left - 1);
    expect(m.left).to.be.lessThan(s.right);
  });
});
