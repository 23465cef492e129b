// Time filter and play-through, incidents, Khmer, print, forced colours, dark theme, narrow screens,
// long tables and hostile feed text.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { CampaignFeed } from '../../feed/types.js';
import { $, $$, campaignFeed, findMarker, markerCount, markerNames, markers, mount, settle, spreadFeed, type ActionMap } from '../../../test/fixtures/action-map/helpers.js';

const total = (el: ActionMap) => markers(el).reduce((n, m) => n + markerCount(m), 0);

describe('<action-map> views and settings', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen', forcedColors: 'none', colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('from/to show only the actions in that period, and the status line says so', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} from="2014-02"></action-map>`);
    expect(total(el)).to.equal(2); // the rally in February and the march in August (the letter has no place)
    expect($(el, '[part="status"]')!.textContent).to.contain('2 actions on the map, from February 2014 to …');
    el.from = undefined;
    el.to = '2014-01-31';
    await settle(el);
    expect(total(el)).to.equal(9); // the week of embassy protests
    expect(markerNames(el).join(' ')).to.not.contain('Lor Peang');
  });

  it('animate plays the actions through week by week, with a pause button and a week slider', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} animate></action-map>`);
    await settle(el);
    const play = $(el, 'button.play')!;
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    expect(slider.value).to.equal('0');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Week of 30 December 2013');
    expect(total(el)).to.equal(9); // the first week: the embassy protests of January 2014
    play.click();
    await settle(el);
    expect(play.getAttribute('aria-pressed')).to.equal('false');
    slider.value = slider.max;
    slider.dispatchEvent(new Event('input'));
    await settle(el);
    expect(total(el)).to.equal(11);
  });

  it('animate does not move by itself under reduced motion: no play button, every action shown, the slider steps', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(html`<action-map .feed=${campaignFeed()} animate></action-map>`);
    await settle(el);
    expect($(el, 'button.play')).to.be.null;
    expect(total(el)).to.equal(11);
    const slider = $(el, 'input[type="range"]') as HTMLInputElement;
    slider.value = '0';
    slider.dispatchEvent(new Event('input'));
    await settle(el);
    expect(total(el)).to.equal(9);
  });

  it('include-incidents adds the incidents that have coordinates, as diamonds rather than circles', async () => {
    const feed = campaignFeed();
    const el = await mount(html`<action-map .feed=${feed} include-incidents center="103.5,12.5" zoom="32"></action-map>`);
    const incidents = markers(el).filter((m) => m.classList.contains('incident'));
    expect(incidents.length).to.be.at.least(1);
    expect(incidents[0].querySelector('.dot')!.tagName.toLowerCase()).to.equal('path');
    const action = markers(el).find((m) => m.classList.contains('action'))!;
    expect(action.querySelector('.dot')!.tagName.toLowerCase()).to.equal('circle');
    el.center = undefined;
    el.zoom = undefined;
    await settle(el);
    const located = feed._campaign!.incidents!.filter((i) => i.place?.lat !== undefined).length;
    expect(total(el)).to.equal(11 + located);
    expect($(el, '[part="status"]')!.textContent).to.contain(`11 actions and ${located} incidents on the map`);
  });

  it('speaks Khmer: controls, country names, dates with Khmer digits', async () => {
    const el = await mount(html`<action-map lang="km" .feed=${campaignFeed()} center="-0.13,51.5" zoom="32"></action-map>`);
    expect(markerNames(el)).to.include('Protest outside the Cambodian embassy, London, ចក្រភពអង់គ្លេស, មករា ២០១៤');
    const labels = $$(el, '[part="controls"] button').map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
    expect(labels).to.include.members(['ផែនទី', 'តារាង', 'ពង្រីក', 'បង្រួម']);
    expect($(el, '[part="status"]')!.textContent).to.equal('សកម្មភាព ១១ នៅលើផែនទី។ ១ មិនមានទីកន្លែងលើផែនទី៖ សូមមើលតារាង។');
    el.view = 'table';
    await settle(el);
    const groups = $$(el, 'tr.group th').map((t) => t.textContent!.trim());
    expect(groups).to.include.members(['កម្ពុជា', 'អាល្លឺម៉ង់', 'សហរដ្ឋអាមេរិក', 'គ្មានទីកន្លែង']);
    expect($(el, 'caption')!.textContent).to.equal('សកម្មភាពសាមគ្គីភាព តាមប្រទេស និងកាលបរិច្ឆេទ');
    expect($(el, 'td')!.textContent).to.match(/[០-៩]/);
  });

  it('names a place that is the country itself once, in the reader’s language, on markers and in the table', async () => {
    const feed = campaignFeed();
    const berlin = feed._campaign!.actions!.find((a) => a.id === 'a-berlin')!;
    berlin.place = { name: 'Germany', country: 'DE', lat: 52.52, lon: 13.405 };
    const km = await mount(html`<action-map lang="km" .feed=${feed} center="13.4,52.5" zoom="32"></action-map>`);
    const name = markerNames(km).find((n) => n.includes('អាល្លឺម៉ង់'))!;
    expect(name).to.equal('Protest outside the Cambodian embassy, អាល្លឺម៉ង់, មករា ២០១៤');
    km.view = 'table';
    await settle(km);
    const row = $$(km, 'tr').find((r) => r.textContent!.includes('អាល្លឺម៉ង់') && !r.classList.contains('group'))!;
    expect(row.textContent).not.to.contain('Germany');
    const en = await mount(html`<action-map .feed=${feed} center="13.4,52.5" zoom="32"></action-map>`);
    expect(markerNames(en).find((n) => n.includes('Germany'))).to.equal('Protest outside the Cambodian embassy, Germany, January 2014');
  });

  it('a Khmer cluster bubble counts in Khmer digits, as the rest of the Khmer map does', async () => {
    const el = await mount(html`<action-map lang="km" .feed=${spreadFeed(300)}></action-map>`);
    const counts = $$(el, '.marker.cluster .count').map((c) => c.textContent!.trim());
    expect(counts.length).to.be.above(0);
    for (const c of counts) expect(c).to.match(/^[០-៩,]+$/);
  });

  it('prints as a static map: controls hidden, the map and its markers kept', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} inset="KH"></action-map>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '[part="inset"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, 'svg.map')!).display).to.not.equal('none');
    expect(markers(el).length).to.be.above(0);
  });

  it('keeps every distinction in forced-colors mode: system colours, shapes and text', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()} include-incidents center="103.5,12.5" zoom="32"></action-map>`);
    await emulateMedia({ forcedColors: 'active' });
    const dot = markers(el)[0].querySelector('.dot')!;
    const land = $(el, '.land')!;
    expect(getComputedStyle(dot).fill).to.not.equal(getComputedStyle(land).fill);
    const shapes = new Set(markers(el).map((m) => m.querySelector('.dot')!.tagName));
    expect(shapes.size).to.be.at.least(2);
  });

  it('the dark theme darkens the map from the shared tokens', async () => {
    const light = await mount(html`<action-map .feed=${campaignFeed()} theme="light"></action-map>`);
    const dark = await mount(html`<action-map .feed=${campaignFeed()} theme="dark"></action-map>`);
    const fill = (el: ActionMap) => getComputedStyle($(el, '.land')!).fill;
    expect(fill(dark)).to.not.equal(fill(light));
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(23, 23, 28)');
  });

  for (const view of ['map', 'table'] as const) {
    it(`fits a 320 px wide screen without horizontal scrolling (${view} view)`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await mount(html`<action-map .feed=${campaignFeed()} view=${view} inset="KH"></action-map>`);
      await settle(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const node of $$(el, '*')) expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(321);
    });
  }

  it('a long table shows 100 rows and a button for the rest', async () => {
    const el = await mount(html`<action-map .feed=${spreadFeed(250)} view="table"></action-map>`);
    expect($$(el, 'tbody tr:not(.group)')).to.have.length(100);
    expect($(el, '[part="status"]')!.textContent).to.equal('250 actions in the table, showing the first 100 of 250 rows.');
    const more = $(el, '[part="more"]') as HTMLButtonElement;
    expect(more.textContent).to.contain('150 left');
    more.click();
    await settle(el);
    expect($$(el, 'tbody tr:not(.group)')).to.have.length(200);
  });

  it('the table view counts its rows, an action without a place included, and never says "on the map"', async () => {
    for (const lang of ['en', 'km']) {
      const el = await mount(html`<action-map lang=${lang} .feed=${campaignFeed()} view="table"></action-map>`);
      const rows = $$(el, 'tbody tr:not(.group)').length;
      const status = $(el, '[part="status"]')!.textContent!;
      const digits = (t: string) => t.replace(/[០-៩]/g, (d) => String('០១២៣៤៥៦៧៨៩'.indexOf(d)));
      expect(Number(/\d+/.exec(digits(status))![0]), status).to.equal(rows);
      expect(status).not.to.contain('map').and.not.to.contain('ផែនទី');
    }
  });

  it('shows hostile feed text as text and never links anything but http(s)', async () => {
    const feed = campaignFeed();
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const a = feed._campaign!.actions![0];
    a.title = evil;
    a.place!.name = evil;
    a.organisers = [evil];
    feed.items[0].url = 'javascript:window.__pwned=1';
    const el = await mount(html`<action-map .feed=${feed} center="-0.13,51.5" zoom="32"></action-map>`);
    const m = findMarker(el, '<img')!;
    expect(m.getAttribute('aria-label')).to.contain(evil);
    m.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect($(el, '[part="panel"] h3')!.textContent).to.equal(evil);
    el.view = 'table';
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('img, script:not([type])').length).to.equal(0);
    expect($$(el, 'a').every((x) => /^https?:/.test(x.getAttribute('href')!))).to.be.true;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('reads a GeoJSON FeatureCollection of points as actions', async () => {
    const geo = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.1278, 51.5074] }, properties: { title: 'Vigil in London', date: '2014-01-10', kind: 'vigil', country: 'GB', place: 'London' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [151.2093, -33.8688] }, properties: { title: 'Rally in Sydney', date: '2014-01-11', kind: 'rally', country: 'AU', place: 'Sydney' } },
      ],
    };
    const el = await mount(html`<action-map .feed=${geo}></action-map>`);
    expect(total(el)).to.equal(2);
    expect(markerNames(el).some((n) => n.startsWith('Vigil in London, London, United Kingdom'))).to.be.true;
  });

  it('moved to a narrower place in the page, it redraws for its new size', async () => {
    const el = await mount(html`<action-map .feed=${campaignFeed()}></action-map>`);
    const box = document.createElement('div');
    box.style.setProperty('width', '400px');
    document.body.append(box);
    try {
      box.append(el);
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
      expect($(el, 'svg.map')!.getAttribute('viewBox')).to.match(/^0 0 (399|400|401) /);
    } finally {
      box.remove();
    }
  });

  it('a feed without actions shows the empty state', async () => {
    const feed: CampaignFeed = { ...campaignFeed(), _campaign: { schema: 1, generated: '2014-09-01T00:00:00Z', actions: [] } };
    const el = await mount(html`<action-map .feed=${feed}></action-map>`);
    expect($(el, '[part="empty"]')).to.exist;
  });
});
