// The pure modules behind the map: clustering, reading order, zoom/pan maths, time spans, entries,
// country names (including a browser whose Intl has no Khmer region names).
import { expect } from '@open-wc/testing';
import { clusterPoints, readingOrder } from './cluster.js';
import { applyTransform, clampTransform, fitBox, parseBbox, parseCenter, zoomAround, type Limits } from './viewport.js';
import { inRange, periodEnd, recordSpan, weekStart, weeksBetween } from './time.js';
import { entryName, filterEntries, groupByCountry, radiusScale, readEntries } from './entries.js';
import { countryName, loadCountryNames } from '../../runtime/countries.js';
import { mapKey, markerMove } from './keys.js';
import { numericCode } from './projection.js';
import { campaignFeed } from '../../../test/fixtures/action-map/helpers.js';

const size = { w: 800, h: 400 };
const limits: Limits = { minK: 1, maxK: 64, content: [[0, 0], [800, 400]] };

describe('clustering', () => {
  it('merges points closer than the radius on screen and keeps far ones apart', () => {
    const pts = [{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 100, y: 100 }];
    expect(clusterPoints(pts, 1, 20).map((c) => c.members)).to.deep.equal([[0, 1], [2]]);
  });

  it('zooming in separates what zooming out merged', () => {
    const pts = [{ x: 0, y: 0 }, { x: 5, y: 0 }];
    expect(clusterPoints(pts, 1, 20)).to.have.length(1);
    expect(clusterPoints(pts, 8, 20)).to.have.length(2);
  });

  it('knows when members stand on one spot (no zoom can separate them)', () => {
    const [c] = clusterPoints([{ x: 3, y: 4 }, { x: 3, y: 4 }], 1000, 20);
    expect(c.samePlace).to.be.true;
    expect(clusterPoints([{ x: 3, y: 4 }, { x: 3.5, y: 4 }], 1, 20)[0].samePlace).to.be.false;
  });

  it('every point belongs to exactly one cluster, even for 20,000 points', () => {
    const pts = Array.from({ length: 20000 }, (_, i) => ({ x: (i * 7919) % 1000, y: (i * 104729) % 500 }));
    const t0 = performance.now();
    const cs = clusterPoints(pts, 1, 22);
    expect(performance.now() - t0).to.be.below(500);
    const seen = new Set<number>();
    for (const c of cs) for (const m of c.members) seen.add(m);
    expect(seen.size).to.equal(20000);
    expect(cs.reduce((n, c) => n + c.members.length, 0)).to.equal(20000);
  });

  it('heavier points lead their clusters', () => {
    const [c] = clusterPoints([{ x: 0, y: 0, weight: 1 }, { x: 10, y: 0, weight: 500 }], 1, 12);
    expect(c.members).to.deep.equal([0, 1]);
  });

  it('reading order: top band first, west to east within a band, east to west for RTL', () => {
    const items = [{ x: 50, y: 5, n: 'b' }, { x: 10, y: 8, n: 'a' }, { x: 0, y: 60, n: 'c' }];
    expect(readingOrder(items, 24).map((i) => i.n)).to.deep.equal(['a', 'b', 'c']);
    expect(readingOrder(items, 24, true).map((i) => i.n)).to.deep.equal(['b', 'a', 'c']);
  });
});

describe('zoom and pan maths', () => {
  it('zooming around a point keeps that point still', () => {
    const t = zoomAround({ k: 1, x: 0, y: 0 }, 2, 300, 200, size, limits);
    expect(t.k).to.equal(2);
    // The base point under (300, 200) before is still under it after.
    expect((300 - t.x) / t.k).to.be.closeTo(300, 1e-9);
    expect((200 - t.y) / t.k).to.be.closeTo(200, 1e-9);
  });

  it('never zooms beyond its limits and never shows empty margins beside the world', () => {
    expect(zoomAround({ k: 1, x: 0, y: 0 }, 1000, 0, 0, size, limits).k).to.equal(64);
    expect(zoomAround({ k: 1, x: 0, y: 0 }, 0.1, 0, 0, size, limits).k).to.equal(1);
    const t = clampTransform({ k: 2, x: 500, y: -5000 }, size, limits);
    expect(t.x).to.equal(0);
    expect(t.y).to.equal(400 - 800);
  });

  it('fits a box in the viewport, centred', () => {
    const t = fitBox([[100, 100], [200, 150]], size, limits, 0);
    expect(t.k).to.equal(8);
    const [cx, cy] = applyTransform(t, 150, 125);
    expect(cx).to.be.closeTo(400, 1e-9);
    expect(cy).to.be.closeTo(200, 1e-9);
  });

  it('reads bbox and center attributes, refusing malformed or out-of-range ones', () => {
    expect(parseBbox('102, 10, 108, 15')).to.deep.equal([102, 10, 108, 15]);
    expect(parseBbox('102,10,108')).to.be.undefined;
    expect(parseBbox('102,20,108,15')).to.be.undefined;
    expect(parseBbox('x,1,2,3')).to.be.undefined;
    expect(parseCenter('104.9,11.5')).to.deep.equal([104.9, 11.5]);
    expect(parseCenter('200,0')).to.be.undefined;
    expect(parseCenter('')).to.be.undefined;
  });
});

describe('time', () => {
  it('a reduced-precision date covers its whole period', () => {
    expect(periodEnd('2014-02')).to.equal('2014-02-28');
    expect(periodEnd('2016-02')).to.equal('2016-02-29');
    expect(recordSpan('2014-01')).to.deep.equal(['2014-01-01', '2014-01-31']);
    expect(recordSpan('2014-08-12', '2014-08-14')).to.deep.equal(['2014-08-12', '2014-08-14']);
    expect(inRange(recordSpan('2014-01'), '2014-01-15', '2014-01-20')).to.be.true;
    expect(inRange(recordSpan('2014-01'), '2014-02')).to.be.false;
    expect(inRange(recordSpan('2014-01'), 'not a date')).to.be.true;
  });

  it('weeks start on Monday; long spans are stepped so a play-through stays short', () => {
    expect(weekStart('2014-01-01')).to.equal('2013-12-30');
    expect(weeksBetween('2014-01-01', '2014-01-20')).to.deep.equal(['2013-12-30', '2014-01-06', '2014-01-13', '2014-01-20']);
    const long = weeksBetween('1990-01-01', '2014-01-01');
    expect(long.length).to.be.at.most(121);
    expect(long.at(-1)).to.equal(weekStart('2014-01-01'));
  });
});

describe('entries and names', () => {
  it('reads actions with a place (or a route start) onto the map, keeps the rest for the table', () => {
    const all = readEntries(campaignFeed(), false);
    expect(all).to.have.length(12);
    expect(all.filter((e) => e.at)).to.have.length(11);
    expect(all.find((e) => e.record.id === 'a-lor-peang')!.route).to.deep.equal([[104.6667, 12.25], [104.9282, 11.5564]]);
    expect(readEntries(campaignFeed(), true).filter((e) => e.type === 'incident')).to.have.length(4);
  });

  it('drops coordinates that are not on Earth', () => {
    const feed = campaignFeed();
    feed._campaign!.actions![0].place!.lat = 900;
    expect(readEntries(feed, false).find((e) => e.record.id === 'a-london')!.at).to.be.undefined;
  });

  it('names an action by title, place, country and date', () => {
    const e = readEntries(campaignFeed(), false).find((x) => x.record.id === 'a-hong-kong')!;
    expect(entryName(e, 'en')).to.equal('Protest outside the Cambodian consulate, Hong Kong, January 2014');
  });

  it('groups the table by localised country name, then date; no place last', () => {
    const groups = groupByCountry(filterEntries(readEntries(campaignFeed(), false)), 'en');
    expect(groups.map((g) => g.name)).to.deep.equal(['Cambodia', 'Germany', 'Hong Kong', 'Indonesia', 'Malaysia', 'South Korea', 'Thailand', 'Turkey', 'United Kingdom', 'United States', '']);
  });

  it('sizes markers by the square root of the number of people', () => {
    const r = radiusScale(10000, 5, 20);
    expect(r(10000)).to.equal(20);
    expect(r(2500) - 5).to.be.closeTo((20 - 5) / 2, 1e-9);
    expect(r(undefined)).to.equal(5);
  });
});

describe('country names', () => {
  it('ships English and Khmer names for the campaign’s countries (the Khmer ones once loaded)', async () => {
    expect(countryName('GB', 'en')).to.equal('United Kingdom');
    await loadCountryNames('km');
    expect(countryName('GB', 'km')).to.equal('ចក្រភពអង់គ្លេស');
    expect(countryName('kh', 'km')).to.equal('កម្ពុជា');
  });

  it('falls back to Intl, and to English when Intl has no Khmer names (Debian’s Chromium)', () => {
    const km = countryName('CL', 'km');
    expect(km === countryName('CL', 'en') || /[\u1780-\u17ff]/.test(km)).to.be.true;
    expect(countryName('CL', 'en')).to.equal('Chile');
  });

  it('shows an unknown or malformed code as given, never throws', () => {
    expect(countryName('ZZ', 'en')).to.match(/ZZ|Unknown/);
    expect(countryName('not a code', 'km')).to.equal('not a code');
    expect(countryName(undefined, 'en')).to.equal('');
  });

  it('maps ISO alpha-2 codes to the numeric ids world-atlas uses', () => {
    expect(numericCode('KH')).to.equal('116');
    expect(numericCode('us')).to.equal('840');
    expect(numericCode('AF')).to.equal('004');
    expect(numericCode('XX')).to.be.undefined;
  });
});

describe('keys', () => {
  it('arrow keys move through markers in reading order, mirrored left/right for right-to-left pages', () => {
    expect(markerMove('ArrowRight', 1, 5, false)).to.equal(2);
    expect(markerMove('ArrowRight', 1, 5, true)).to.equal(0);
    expect(markerMove('ArrowLeft', 1, 5, true)).to.equal(2);
    expect(markerMove('ArrowDown', 4, 5, false)).to.equal(4);
    expect(markerMove('ArrowUp', 0, 5, false)).to.equal(0);
    expect(markerMove('End', 0, 5, false)).to.equal(4);
    expect(markerMove('Home', 3, 5, false)).to.equal(0);
    expect(markerMove('x', 3, 5, false)).to.be.undefined;
  });

  it('on the map, arrows pan and 0 resets; + and - zoom from the map or a marker', () => {
    expect(mapKey('ArrowLeft', true, { w: 800, h: 400 })).to.deep.equal({ pan: [66.66666666666667, 0] });
    expect(mapKey('ArrowLeft', false, { w: 800, h: 400 })).to.be.undefined;
    expect(mapKey('0', true, { w: 800, h: 400 })).to.deep.equal({ reset: true });
    expect(mapKey('=', false, { w: 800, h: 400 })).to.deep.equal({ zoom: 2 });
    expect(mapKey('-', true, { w: 100, h: 100 })).to.deep.equal({ zoom: 0.5 });
    expect(mapKey('ArrowUp', true, { w: 100, h: 100 })).to.deep.equal({ pan: [0, 40] });
  });
});
