// Acceptance of issue 9 on the seeds' feed (test/fixtures/campaign.json): markers per place, the
// march route, the popup with sources, the keyboard path, the table view, axe in both views.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
// axe-core is a UMD script that wtr serves untransformed: imported for its side effect, it sets window.axe.
import 'axe-core';
import {
  $, $$, activeElement, campaignFeed, EMBASSY_CITIES, findMarker, markerCount, markerNames, markers, mount, settle, translateOf,
} from '../../../test/fixtures/action-map/helpers.js';

const axe = (window as unknown as { axe: typeof Axe }).axe;

async function axeViolations(node: Element) {
  const r = await axe.run(node, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('<action-map> on the seeds’ feed', () => {
  it('stands for every located action once: single markers plus cluster members add up to the feed', async () => {
    const feed = campaignFeed();
    const el = await mount(html`<action-map .feed=${feed}></action-map>`);
    const located = feed._campaign!.actions!.filter((a) => a.place?.lat !== undefined || a.route?.some((p) => p.lat !== undefined));
    const total = markers(el).reduce((n, m) => n + markerCount(m), 0);
    expect(total).to.equal(located.length);
    expect($(el, '.status')!.textContent).to.contain('without a place');
  });

  for (const city of EMBASSY_CITIES) {
    it(`zoomed in on ${city}, its embassy protest has its own named marker`, async () => {
      const a = campaignFeed()._campaign!.actions!.find((x) => x.place?.name === city)!;
      const el = await mount(html`<action-map .feed=${campaignFeed()} center=${`${a.place!.lon},${a.place!.lat}`} zoom="48"></action-map>`);
      const m = findMarker(el, `, ${city}`);
      expect(m, markerNames(el).join(' | ')).to.exist;
      expect(m!.getAttribute('aria-label')).to.match(new RegExp(`^Protest outside the Cambodian (embassy|consulate), ${city}(, [A-Z][a-z]+( [A-Z][a-z]+)*)?, January 2014$`));
      expect(markerCount(m!)).to.equal(1);
    });
  }

  it('names markers like the issue says: "Protest outside the Cambodian embassy, London, United Kingdom, January 2014"', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} center="-0.13,51.5" zoom="32"></action-map>`);
    expect(markerNames(el)).to.include('Protest outside the Cambodian embassy, London, United Kingdom, January 2014');
  });

  it('draws the Lor Peang march as a line from Kampong Chhnang to Phnom Penh with arrowheads showing the direction', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} region="KH"></action-map>`);
    const route = $(el, '.route')!;
    expect(route).to.exist;
    expect(route.getAttribute('marker-end')).to.match(/url\(#.+\)/);
    expect(route.getAttribute('marker-mid')).to.match(/url\(#.+\)/);
    const pts = [...(route.getAttribute('d') ?? '').matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const start = translateOf(findMarker(el, 'Lor Peang')!);
    const end = translateOf(findMarker(el, 'Rally for the release of the 23')!);
    // The route starts at the march's marker (Kampong Chhnang) and ends at Phnom Penh's.
    expect(Math.hypot(pts[0][0] - start[0], pts[0][1] - start[1])).to.be.below(1);
    expect(Math.hypot(pts.at(-1)![0] - end[0], pts.at(-1)![1] - end[1])).to.be.below(1);
    // Phnom Penh lies south-east of Kampong Chhnang: the line heads down and right.
    expect(pts.at(-1)![1]).to.be.above(pts[0][1]);
    expect(pts.at(-1)![0]).to.be.above(pts[0][0]);
    expect(findMarker(el, 'Lor Peang')!.getAttribute('aria-label')).to.equal(
      'Lor Peang community march to Phnom Penh, Kampong Chhnang, Cambodia, 12 August 2014 – 14 August 2014',
    );
  });

  it('opening a marker shows date, title, place, people, organisers and the sources with their quotes and links', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} center="-0.13,51.5" zoom="32"></action-map>`);
    let selected: unknown;
    el.addEventListener('action-select', (e) => (selected = (e as CustomEvent).detail));
    findMarker(el, 'London')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    const panel = $(el, '[part="panel"]')!;
    expect(panel).to.exist;
    const text = panel.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Protest outside the Cambodian embassy');
    expect(text).to.contain('January 2014');
    expect(text).to.contain('London, United Kingdom');
    expect(text).to.contain('More than 40 people');
    expect(text).to.contain('Organised by: War on Want');
    expect(text).to.contain('More than forty people came.');
    const link = panel.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.href).to.equal('https://news.example.org/2014/01/london-embassy-protest');
    expect(link.rel).to.contain('noopener');
    expect(link.textContent).to.equal('Embassy protest in London joins a week of action');
    expect(text).to.contain('Example Daily, January 2014');
    expect(selected).to.deep.equal({ id: 'a-london', type: 'action' });
    expect(activeElement(el)).to.equal(panel.querySelector('h3'));
  });

  it('Escape closes the panel and puts focus back on the marker', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} center="-0.13,51.5" zoom="32"></action-map>`);
    const m = findMarker(el, 'London')!;
    m.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '[part="panel"]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part="panel"]')).to.be.null;
    expect(activeElement(el)?.getAttribute('aria-label')).to.contain('London');
  });

  it('the keyboard reaches every marker: Tab into the map, then arrow keys in reading order (north to south, west to east)', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    const all = markerNames(el);
    // Only one marker is in the Tab order; the others are reached with the arrow keys.
    expect(markers(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    $(el, 'svg.map')!.focus();
    await sendKeys({ press: 'Tab' });
    const visited: string[] = [];
    for (let i = 0; i < all.length + 2; i++) {
      const name = activeElement(el)?.getAttribute('aria-label');
      if (name && !visited.includes(name)) visited.push(name);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
    }
    expect([...visited].sort()).to.deep.equal([...all].sort());
    // Reading order: London (51.5° N) comes before Washington (38.9° N); Jakarta (6° S) is last.
    expect(visited.findIndex((n) => n.includes('London'))).to.be.below(visited.findIndex((n) => n.includes('Washington')));
    expect(visited.at(-1)).to.contain('Jakarta');
    // Home and End jump to the ends; ArrowLeft goes back.
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(activeElement(el)?.getAttribute('aria-label')).to.equal(visited[0]);
    await sendKeys({ press: 'End' });
    await settle(el);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(activeElement(el)?.getAttribute('aria-label')).to.equal(visited.at(-2));
  });

  it('the table view lists the same actions, grouped by country and then by date', async () => {
    const feed = campaignFeed();
    const el = await mount(html`<action-map .feed=${feed} view="table"></action-map>`);
    const rows = $$(el, 'tbody tr:not(.group)');
    expect(rows).to.have.length(feed._campaign!.actions!.length);
    const titles = rows.map((r) => r.querySelector('.title')!.textContent);
    for (const a of feed._campaign!.actions!) expect(titles).to.include(a.title);
    const groups = $$(el, 'tr.group th').map((th) => th.textContent!.trim());
    expect(groups).to.include.members(['Cambodia', 'United Kingdom', 'Germany', 'Hong Kong', 'Indonesia', 'Malaysia', 'South Korea', 'Thailand', 'Turkey', 'United States']);
    expect(groups.at(-1)).to.equal('No place given'); // the open letter
    // Within Cambodia: February's rally before August's march.
    const kh = $$(el, 'tbody').find((b) => b.querySelector('tr.group')!.textContent!.includes('Cambodia'))!;
    const khTitles = [...kh.querySelectorAll('.title')].map((t) => t.textContent);
    expect(khTitles).to.deep.equal(['Rally for the release of the 23', 'Lor Peang community march to Phnom Penh']);
  });

  it('the toolbar switches between map and table, and the map markers and table rows name the same actions', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} center="104.9,11.9" zoom="64"></action-map>`);
    const [mapBtn, tableBtn] = $$(el, '[part="controls"] [aria-pressed]');
    expect(mapBtn.getAttribute('aria-pressed')).to.equal('true');
    tableBtn.click();
    await settle(el);
    expect(el.view).to.equal('table');
    expect(tableBtn.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'table')).to.exist;
    expect($(el, 'svg.map')).to.be.null;
    mapBtn.click();
    await settle(el);
    expect($(el, 'svg.map')).to.exist;
  });

  it('is axe-clean in the map view, with the panel open, and in the table view; every marker has a name', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} include-incidents inset="KH"></action-map>`);
    expect(markers(el).every((m) => (m.getAttribute('aria-label') ?? '').trim().length > 5)).to.be.true;
    expect(await axeViolations(el)).to.deep.equal([]);
    markers(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect($(el, '[part="panel"]')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
    el.view = 'table';
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
