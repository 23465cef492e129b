// Zoom and pan by buttons, keyboard, wheel (only with a modifier) and pinch; clusters that expand.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, activeElement, campaignFeed, findMarker, markerCount, markers, mount, settle, spreadFeed, translateOf, zoomOf, type ActionMap } from '../../../test/fixtures/action-map/helpers.js';

function button(el: ActionMap, label: string): HTMLButtonElement {
  return $$(el, '[part="controls"] button').find((b) => b.getAttribute('aria-label') === label) as HTMLButtonElement;
}

function wheel(el: ActionMap, init: WheelEventInit): WheelEvent {
  const svg = $(el, 'svg.map')!;
  const r = svg.getBoundingClientRect();
  const e = new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, deltaY: -300, ...init });
  svg.dispatchEvent(e);
  return e;
}

function pointer(el: ActionMap, type: string, id: number, x: number, y: number, pointerType = 'touch'): void {
  const svg = $(el, 'svg.map')!;
  const r = svg.getBoundingClientRect();
  svg.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: id, pointerType, clientX: r.left + x, clientY: r.top + y, isPrimary: id === 1, button: 0, buttons: 1 }));
}

describe('<action-map> zoom and pan', () => {
  it('zoom buttons zoom in and out, and reset returns to the framed view', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    expect(zoomOf(el)).to.equal(1);
    expect(button(el, 'Zoom out').disabled).to.be.true; // the whole world is already in view
    button(el, 'Zoom in').click();
    await settle(el);
    expect(zoomOf(el)).to.equal(2);
    button(el, 'Zoom in').click();
    await settle(el);
    button(el, 'Zoom out').click();
    await settle(el);
    expect(zoomOf(el)).to.equal(2);
    button(el, 'Reset view').click();
    await settle(el);
    expect(zoomOf(el)).to.equal(1);
  });

  it('the wheel alone scrolls the page (no scroll trapping); with Ctrl or ⌘ it zooms the map', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    const plain = wheel(el, {});
    await settle(el);
    expect(plain.defaultPrevented).to.be.false;
    expect(zoomOf(el)).to.equal(1);
    expect($(el, '.hint')!.hidden).to.be.false; // tells mouse users how to zoom
    const ctrl = wheel(el, { ctrlKey: true });
    await settle(el);
    expect(ctrl.defaultPrevented).to.be.true;
    expect(zoomOf(el)).to.be.above(1);
    const before = zoomOf(el);
    wheel(el, { metaKey: true });
    await settle(el);
    expect(zoomOf(el)).to.be.above(before);
  });

  it('two fingers pinch to zoom; one finger leaves the page to scroll', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    expect(getComputedStyle($(el, 'svg.map')!).touchAction).to.equal('pan-x pan-y');
    pointer(el, 'pointerdown', 1, 200, 150);
    pointer(el, 'pointermove', 1, 150, 150);
    await settle(el);
    expect(zoomOf(el)).to.equal(1);
    pointer(el, 'pointerdown', 2, 300, 150);
    pointer(el, 'pointermove', 2, 400, 150);
    pointer(el, 'pointermove', 1, 100, 150);
    pointer(el, 'pointerup', 1, 100, 150);
    pointer(el, 'pointerup', 2, 400, 150);
    await settle(el);
    // The fingers spread from 150 px apart to 300 px: the map is twice as large.
    expect(zoomOf(el)).to.be.closeTo(2, 0.01);
  });

  it('a mouse drag pans the map once zoomed in, and does not open the marker it started on', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} center="20,40" zoom="4"></action-map>`);
    const before = translateOf($(el, '.world')!);
    pointer(el, 'pointerdown', 1, 200, 150, 'mouse');
    pointer(el, 'pointermove', 1, 230, 160, 'mouse');
    pointer(el, 'pointermove', 1, 260, 170, 'mouse');
    pointer(el, 'pointerup', 1, 260, 170, 'mouse');
    markers(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const after = translateOf($(el, '.world')!);
    expect(after[0] - before[0]).to.be.closeTo(60, 1);
    expect(after[1] - before[1]).to.be.closeTo(20, 1);
    expect($(el, '[part="panel"]')).to.be.null;
  });

  it('the popup shows a quote once: a source titled with the same sentence is named by its publisher', async () => {
    const feed = campaignFeed();
    const london = feed._campaign!.actions!.find((a) => a.id === 'a-london')!;
    const item = feed.items.find((i) => i.id === london.sources[0].item)!;
    item.title = `${london.sources[0].quote.slice(0, 12)}…`;
    item._source = { ...item._source!, publisher: 'A union' };
    const el = await mount(html`<action-map .feed=${feed} center="-0.13,51.5" zoom="32"></action-map>`);
    findMarker(el, 'London')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const source = $(el, '[part="panel"] .sources li')!;
    expect(source.querySelector('blockquote')!.textContent).to.equal(london.sources[0].quote);
    expect(source.querySelector('cite')!.textContent!.trim()).to.equal('A union');
    expect(source.textContent).not.to.contain(item.title);
  });

  it('two quotes from one open letter are one source: the popup shows both quotes and names the letter once, the table once', async () => {
    const feed = campaignFeed();
    const london = feed._campaign!.actions!.find((a) => a.id === 'a-london')!;
    const first = london.sources[0];
    london.sources = [first, { item: first.item, quote: 'A second sentence from the same letter.' }, { ...first }];
    const title = feed.items.find((i) => i.id === first.item)!.title!;
    const el = await mount(html`<action-map .feed=${feed} center="-0.13,51.5" zoom="32"></action-map>`);
    findMarker(el, 'London')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const sources = $$(el, '[part="panel"] .sources li');
    expect(sources).to.have.length(1);
    expect(sources[0].querySelectorAll('blockquote')).to.have.length(2);
    expect(sources[0].querySelector('cite')!.textContent!.trim()).to.equal(title);
    el.view = 'table';
    await settle(el);
    const row = $$(el, 'tbody tr').find((r) => r.textContent!.includes('War on Want'))!;
    expect([...row.querySelectorAll('.sources li')].map((li) => li.textContent!.trim().startsWith(title))).to.deep.equal([true]);
  });

  it('a day the sources do not state is said in the popup and the table, in the reader’s language', async () => {
    const feed = campaignFeed();
    const london = feed._campaign!.actions!.find((a) => a.id === 'a-london')!;
    Object.assign(london, { date: '2014-01-10', end: '2014-01-12', range: 'within' });
    const el = await mount(html`<action-map lang="km" .feed=${feed} center="-0.13,51.5" zoom="32"></action-map>`);
    findMarker(el, 'London')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect($(el, '[part="panel"] .kind')!.textContent).to.contain('(មិនបញ្ជាក់ថ្ងៃ)');
    el.view = 'table';
    await settle(el);
    const row = $$(el, 'tbody tr').find((r) => r.textContent!.includes('War on Want'))!;
    expect(row.querySelector('td')!.textContent).to.contain('(មិនបញ្ជាក់ថ្ងៃ)');
  });

  it('with the map focused, arrow keys pan, + and - zoom, 0 resets', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    $(el, 'svg.map')!.focus();
    await sendKeys({ press: '+' });
    await settle(el);
    expect(zoomOf(el)).to.equal(2);
    const before = translateOf($(el, '.world')!);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(translateOf($(el, '.world')!)[0]).to.be.below(before[0]); // the view moved east
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(translateOf($(el, '.world')!)[1]).to.be.below(before[1]);
    await sendKeys({ press: '-' });
    await settle(el);
    expect(zoomOf(el)).to.equal(1);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '0' });
    await settle(el);
    expect(zoomOf(el)).to.equal(1);
  });

  it('activating a cluster zooms in until its members have their own markers, and keeps focus on the map', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    const cluster = markers(el).find((m) => markerCount(m) > 1)!;
    expect(cluster, 'the world view clusters South-East Asia').to.exist;
    const count = markerCount(cluster);
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(zoomOf(el)).to.be.above(1);
    expect(activeElement(el)?.classList.contains('marker')).to.be.true;
    // Keep expanding: the members end up on screen, each once.
    for (let i = 0; i < 8 && markers(el).some((m) => markerCount(m) > 1 && !m.getAttribute('aria-label')!.includes(' in ')); i++) {
      const c = markers(el).find((m) => markerCount(m) > 1)!;
      c.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
    }
    expect(markers(el).reduce((n, m) => n + markerCount(m), 0)).to.be.at.least(count);
  });

  it('members on the very same spot cannot separate: activating them lists them in the panel', async () => {
    const feed = campaignFeed();
    const el = await mount(html`<action-map .feed=${feed} include-incidents center="104.9282,11.5564" zoom="256"></action-map>`);
    const spot = markers(el).find((m) => m.getAttribute('aria-label')!.includes('in Phnom Penh'))!;
    expect(spot, markers(el).map((m) => m.getAttribute('aria-label')).join(' | ')).to.exist;
    spot.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const list = $$(el, '[part="panel"] .member');
    expect(list.length).to.equal(markerCount(spot));
    expect(list.map((b) => b.textContent)).to.include('Rally for the release of the 23, Phnom Penh, Cambodia, 10 February 2014');
    list[0].click();
    await settle(el);
    expect($(el, '[part="panel"] h3')!.textContent).to.not.match(/actions in/);
  });

  it('5,000 actions draw as a few hundred clustered markers at most, and stand for every action', async () => {
    const el = await mount(html`<action-map .feed=${spreadFeed(5000)}></action-map>`);
    expect(markers(el).length).to.be.below(600);
    expect(markers(el).reduce((n, m) => n + markerCount(m), 0)).to.equal(5000);
  });

  it('zoom without a center zooms on the middle of the world', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} zoom="4"></action-map>`);
    expect(zoomOf(el)).to.equal(4);
    const [x, y] = translateOf($(el, '.world')!);
    const box = $(el, 'svg.map')!.getAttribute('viewBox')!.split(' ').map(Number);
    // The middle of the base map sits in the middle of the viewport.
    expect(x + 4 * (box[2] / 2)).to.be.closeTo(box[2] / 2, box[2] * 0.02);
    expect(y + 4 * (box[3] / 2)).to.be.closeTo(box[3] / 2, box[3] * 0.05);
  });

  it('the inset map zooms the main map to its country', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} inset="KH"></action-map>`);
    const inset = $(el, '[part="inset"]') as HTMLButtonElement;
    expect(inset.getAttribute('aria-label')).to.equal('Zoom to Cambodia');
    inset.click();
    await settle(el);
    expect(zoomOf(el)).to.be.above(10);
    expect(findMarker(el, 'Lor Peang')).to.exist;
  });
});
