import { expect } from '@open-wc/testing';
import type { CampaignFeed, Count } from '../../feed/types.js';
import { campaignFeed } from '../../../test/fixtures/incident-timeline/helpers.js';
import { makeIncidentFeed } from '../../../test/fixtures/incident-timeline/make-feed.mjs';
import { layoutAxis, indexRangeByX, ticks, fitScale, maxScaleFor } from './axis.js';
import { sumByField, sumCounts } from './counts.js';
import { formatDay as isoDay, periodEndDay, periodStartDay } from '../../feed/date-ranges.js';
import { countries, filterEvents, foldText, isFiltered, kindCounts, NO_FILTER, type FilterState } from './filter.js';
import { groupByYearMonth } from './groups.js';
import { buildEvents, eventHash, findEvent, refFromHash } from './model.js';
import { boundariesOf, ListGeometry } from './windowing.js';
import { keyAction } from './keys.js';

const c = (value: number, qualifier: Count['qualifier'] = 'exact'): Count => ({ value, qualifier });
const filter = (f: Partial<FilterState>): FilterState => ({ ...NO_FILTER, ...f });

describe('honest sums of counts', () => {
  it('exact 23 + at least 4 is "at least 27"', () => {
    expect(sumCounts([c(23), c(4, 'at-least')])).to.deep.equal({ value: 27, qualifier: 'at-least', parts: 2 });
  });

  it('exact + exact stays exact', () => {
    expect(sumCounts([c(23), c(2)])).to.deep.equal({ value: 25, qualifier: 'exact', parts: 2 });
  });

  it('about + exact is "about"', () => {
    expect(sumCounts([c(50, 'about'), c(12)])?.qualifier).to.equal('about');
    expect(sumCounts([c(50, 'about'), c(12, 'about')])?.qualifier).to.equal('about');
  });

  it('more than + exact or at least is "more than" (a strict lower bound stays strict)', () => {
    expect(sumCounts([c(200000, 'more-than'), c(5)])).to.deep.equal({ value: 200005, qualifier: 'more-than', parts: 2 });
    expect(sumCounts([c(200000, 'more-than'), c(4, 'at-least')])?.qualifier).to.equal('more-than');
  });

  it('an estimate plus a lower bound claims neither: "about … or more"', () => {
    expect(sumCounts([c(50, 'about'), c(4, 'at-least')])).to.deep.equal({ value: 54, qualifier: 'about-or-more', parts: 2 });
    expect(sumCounts([c(50, 'about'), c(40, 'more-than')])?.qualifier).to.equal('about-or-more');
  });

  it('a single count keeps its own qualifier', () => {
    for (const q of ['exact', 'at-least', 'about', 'more-than'] as const) expect(sumCounts([c(7, q)])?.qualifier).to.equal(q);
  });

  it('no counts is no total (never a made-up 0), and broken values are left out', () => {
    expect(sumCounts([])).to.equal(undefined);
    expect(sumCounts([undefined])).to.equal(undefined);
    const broken = [c(-3), c(Number.NaN), c(Infinity), { value: '7' } as unknown as Count, c(4, 'at-least')];
    expect(sumCounts(broken)).to.deep.equal({ value: 4, qualifier: 'at-least', parts: 1 });
  });

  it('order does not matter', () => {
    const parts = [c(3), c(4, 'at-least'), c(10, 'about'), c(1, 'more-than')];
    const forward = sumCounts(parts);
    expect(sumCounts([...parts].reverse())).to.deep.equal(forward);
  });

  it('never adds different kinds of counts: deaths and arrests stay apart, participants are not summed by default', () => {
    const events = [
      { counts: { deaths: c(4, 'at-least'), arrested: c(23) } },
      { counts: { deaths: c(1), participants: c(200000, 'more-than') } },
      { counts: { injured: c(10, 'about') } },
    ];
    const sums = sumByField(events);
    expect(sums.deaths).to.deep.equal({ value: 5, qualifier: 'at-least', parts: 2 });
    expect(sums.arrested).to.deep.equal({ value: 23, qualifier: 'exact', parts: 1 });
    expect(sums.injured).to.deep.equal({ value: 10, qualifier: 'about', parts: 1 });
    expect(sums).not.to.have.property('participants');
    expect(sumByField(events, ['participants']).participants?.value).to.equal(200000);
  });
});

describe('building the timeline from the feed', () => {
  const feed = campaignFeed();

  it('sorts by date, with a month-precision date at the start of its month', () => {
    const events = buildEvents(feed);
    expect(events.map((e) => e.date)).to.deep.equal(
      [...feed._campaign!.incidents!].map((i) => i.date).sort((a, b) => (a.padEnd(10, '-') < b.padEnd(10, '-') ? -1 : 1)),
    );
    const jan = events.filter((e) => e.month === '2014-01').map((e) => e.date);
    expect(jan).to.deep.equal(['2014-01', '2014-01-03']);
  });

  it('counts days by arithmetic exactly as Date does, leap years and years 0–99 included', () => {
    const viaDate = (y: number, m: number, d: number) => {
      const t = new Date(0);
      t.setUTCFullYear(y, m - 1, d);
      return Math.floor(t.getTime() / 86_400_000);
    };
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    for (const y of [1, 99, 100, 400, 1600, 1899, 1900, 1970, 1999, 2000, 2013, 2014, 2016, 2100, 2400, 9999]) {
      expect(periodStartDay(pad(y, 4))).to.equal(viaDate(y, 1, 1), `${y}`);
      expect(periodEndDay(pad(y, 4))).to.equal(viaDate(y, 12, 31), `${y}`);
      for (let m = 1; m <= 12; m++) {
        const ym = `${pad(y, 4)}-${pad(m)}`;
        expect(periodStartDay(ym)).to.equal(viaDate(y, m, 1), ym);
        expect(periodEndDay(ym)).to.equal(viaDate(y, m + 1, 0), ym);
        for (const d of [1, 15, 28]) expect(periodStartDay(`${ym}-${pad(d)}`)).to.equal(viaDate(y, m, d), `${ym}-${pad(d)}`);
      }
    }
    expect(periodEndDay('2016-02')).to.equal(viaDate(2016, 2, 29));
    expect(periodEndDay('1900-02')).to.equal(viaDate(1900, 2, 28));
    expect(periodEndDay('2014-01-03')).to.equal(periodStartDay('2014-01-03'));
  });

  it('keeps the precision the sources give, and ranges as spans of days', () => {
    const events = buildEvents(feed);
    const arrests = events.find((e) => e.id === 'i-arrests')!;
    expect(arrests.precision).to.equal('month');
    expect(isoDay(arrests.startDay)).to.equal('2014-01-01');
    expect(isoDay(arrests.endDay)).to.equal('2014-01-31');
    const march = events.find((e) => e.id === 'i-lor-peang')!;
    expect([isoDay(march.startDay), isoDay(march.endDay)]).to.deep.equal(['2014-08-12', '2014-08-14']);
  });

  it('resolves each source to its document: title, link, publisher and honest date', () => {
    const shooting = buildEvents(feed).find((e) => e.id === 'i-shooting')!;
    expect(shooting.sources).to.have.length(2);
    const london = shooting.sources.find((s) => s.itemId === 'news-london')!;
    const item = feed.items.find((i) => i.id === 'news-london')!;
    expect(london.title).to.equal(item.title);
    expect(london.url).to.equal(item.url);
    expect(london.publisher).to.equal(item._source?.publisher);
    // The item is dated to the month only: the timeline must not invent a day.
    expect(london.date).to.equal(item.date_published!.slice(0, 7));
  });

  it('adds solidarity actions only when asked, marked as actions', () => {
    expect(buildEvents(feed).every((e) => e.type === 'incident')).to.equal(true);
    const all = buildEvents(feed, { includeActions: true });
    const actions = all.filter((e) => e.type === 'action');
    expect(actions).to.have.length(feed._campaign!.actions!.length);
    expect(all.length).to.equal(feed._campaign!.incidents!.length + actions.length);
  });

  it('gives every event a unique key even when a hand-edited feed repeats an id', () => {
    const dup = campaignFeed();
    dup._campaign!.incidents!.push({ ...dup._campaign!.incidents![0] });
    const keys = buildEvents(dup).map((e) => e.key);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('skips records without a usable date or title instead of showing them wrong', () => {
    const bad = campaignFeed();
    const inc = bad._campaign!.incidents!;
    inc.push({ ...inc[0], id: 'x1', date: '2014-13' }, { ...inc[0], id: 'x2', title: '   ' });
    expect(buildEvents(bad).map((e) => e.id)).not.to.include.members(['x1', 'x2']);
  });

  it('finds an event from an id, a typed id, or a URL fragment', () => {
    const events = buildEvents(feed, { includeActions: true });
    expect(findEvent(events, 'i-shooting')?.id).to.equal('i-shooting');
    expect(findEvent(events, 'action-a-rally')?.type).to.equal('action');
    expect(eventHash(findEvent(events, 'i-shooting')!)).to.equal('#incident-i-shooting');
    expect(refFromHash('#incident-i-shooting')).to.equal('incident-i-shooting');
    expect(refFromHash('#something-else')).to.equal('');
  });
});

describe('filters', () => {
  const events = buildEvents(campaignFeed(), { includeActions: true });

  it('folds case and Latin accents, and leaves Khmer signs alone', () => {
    expect(foldText('  Café  DÉJÀ vu ')).to.equal('cafe deja vu');
    expect(foldText('ការសម្លាប់')).to.equal('ការសម្លាប់'.normalize('NFC'));
  });

  it('text search needs every word, in any order, ignoring accents', () => {
    const found = filterEvents(events, filter({ query: 'Veng sréng' }));
    expect(found.map((e) => e.id)).to.deep.equal(['i-shooting']);
    expect(filterEvents(events, filter({ query: 'sreng veng ammunition' })).length).to.equal(1);
    expect(filterEvents(events, filter({ query: 'veng nowhere' })).length).to.equal(0);
  });

  it('searches quotes and source titles too', () => {
    const found = filterEvents(events, filter({ query: 'shot dead' }));
    expect(found.map((e) => e.id)).to.include('i-shooting');
  });

  it('a date range keeps events whose period overlaps it ("January 2014" is in from 15 January)', () => {
    const ids = filterEvents(events, filter({ from: '2014-01-15', to: '2014-01-31' })).map((e) => e.id);
    expect(ids).to.include('i-arrests');
    expect(ids).not.to.include('i-shooting');
    const only2013 = filterEvents(events, filter({ to: '2013' }));
    expect(only2013.every((e) => e.year === '2013')).to.equal(true);
    expect(only2013.length).to.be.greaterThan(0);
  });

  it('ignores dates that are not dates', () => {
    expect(filterEvents(events, filter({ from: 'soon', to: 'later' })).length).to.equal(events.length);
    expect(isFiltered(filter({ from: 'soon' }))).to.equal(false);
  });

  it('kind counts ignore the kind filter itself but follow the others', () => {
    const counts = kindCounts(events, filter({ kinds: new Set(['killing']), country: 'KH' }));
    const kh = events.filter((e) => e.place?.country === 'KH');
    expect(counts.get('protest')).to.equal(kh.filter((e) => e.kind === 'protest').length);
    expect(counts.get('killing')).to.equal(1);
    // Every kind of the feed is listed, even when the other filters leave none of it.
    expect([...counts.keys()].sort()).to.deep.equal([...new Set(events.map((e) => e.kind))].sort());
  });

  it('countries are listed most frequent first', () => {
    const list = countries(events);
    expect(list[0]).to.equal('KH');
    expect(list).to.include.members(['GB', 'DE', 'US']);
  });
});

describe('grouping by year and month', () => {
  it('groups a date-sorted list; year-only dates open their year', () => {
    const feed = campaignFeed();
    feed._campaign!.incidents!.push({ id: 'y', date: '2014', kind: 'other', title: 'Sometime in 2014', sources: [] });
    const events = buildEvents(feed);
    const years = groupByYearMonth(events);
    expect(years.map((y) => y.year)).to.deep.equal(['2013', '2014']);
    expect(years[1].months.map((m) => m.key)).to.deep.equal(['2014', '2014-01', '2014-05', '2014-06', '2014-08']);
  });

  it('a window starting inside a month yields that month with its heading', () => {
    const events = buildEvents(campaignFeed());
    const i = events.findIndex((e) => e.id === 'i-shooting');
    const g = groupByYearMonth(events, i, events.length);
    expect(g[0].year).to.equal('2014');
    expect(g[0].months[0]).to.deep.include({ key: '2014-01', start: i });
  });
});

describe('windowing geometry', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, year: '2014', month: `2014-${String(1 + Math.floor(i / 10)).padStart(2, '0')}` }));

  it('starts from estimates, then learns measured heights and gaps', () => {
    const r = rows(100);
    const g = new ListGeometry();
    g.setRows(r.map((x) => x.key), boundariesOf(r));
    const estimated = g.total;
    // Rows 0..4 rendered: 50 px tall, 10 px apart, the first 40 px below the top.
    g.measure(
      [0, 1, 2, 3, 4].map((i) => ({ index: i, top: 40 + i * 60, height: 50 })),
      1000,
    );
    expect(g.pos[0]).to.equal(40);
    expect(g.pos[4]).to.equal(40 + 4 * 60);
    expect(g.total).not.to.equal(estimated);
    // Unmeasured rows take the mean measured height.
    expect(g.pos[7] - g.pos[6]).to.equal(60);
  });

  it('finds the rows covering an offset range, and caps how many', () => {
    const r = rows(1000);
    const g = new ListGeometry();
    g.setRows(r.map((x) => x.key), boundariesOf(r));
    const [a, b] = g.rangeFor(g.pos[500] + 1, g.pos[510] - 1);
    expect(a).to.equal(500);
    expect(b).to.equal(510);
    expect(g.rangeFor(0, g.total, 50)[1]).to.equal(50);
  });

  it('keeps heights learned for a row when the list is filtered', () => {
    const r = rows(20);
    const g = new ListGeometry();
    g.setRows(r.map((x) => x.key), boundariesOf(r));
    g.measure([{ index: 5, top: 0, height: 333 }], 2000);
    const kept = [r[5], r[6]];
    g.setRows(kept.map((x) => x.key), boundariesOf(kept));
    expect(g.pos[1] - g.pos[0]).to.be.greaterThan(333);
  });
});

describe('horizontal axis geometry', () => {
  const events = buildEvents(campaignFeed(), { includeActions: true });

  it('places events left to right by date, and labels never overlap in a lane', () => {
    const L = layoutAxis(events, { scale: 3, pad: 20, labelWidth: 150, maxLanes: 3 });
    for (let i = 1; i < events.length; i++) expect(L.xs[i]).to.be.at.least(L.xs[i - 1]);
    const lastInLane = new Map<number, number>();
    for (let i = 0; i < events.length; i++) {
      const lane = L.lanes[i];
      if (lane < 0) continue;
      if (lastInLane.has(lane)) expect(L.xs[i]).to.be.at.least(lastInLane.get(lane)! + 150);
      lastInLane.set(lane, L.xs[i]);
    }
    // Nine protests in January 2014 cannot all have labels in three lanes: some become bare markers.
    expect([...L.lanes].some((l) => l < 0)).to.equal(true);
    expect(L.laneCount).to.equal(3);
  });

  it('zooming in spreads events apart and frees lanes', () => {
    const near = layoutAxis(events, { scale: 1, pad: 20, labelWidth: 150, maxLanes: 4 });
    const far = layoutAxis(events, { scale: 200, pad: 20, labelWidth: 150, maxLanes: 4 });
    expect(far.width).to.be.greaterThan(near.width);
    expect([...far.lanes].filter((l) => l < 0).length).to.be.at.most([...near.lanes].filter((l) => l < 0).length);
  });

  it('fits a span to a width and never makes a track too wide to lay out', () => {
    const s = fitScale(0, 99, 1000, 0);
    expect(s).to.be.closeTo(10, 0.001);
    expect(maxScaleFor(0, 36500) * 36501).to.be.at.most(8_000_000);
  });

  it('finds the markers within a stretch of the track', () => {
    const xs = Float64Array.from([0, 10, 20, 30, 40]);
    expect(indexRangeByX(xs, 10, 30)).to.deep.equal([1, 4]);
    expect(indexRangeByX(xs, 41, 50)).to.deep.equal([5, 5]);
  });

  it('ticks years, and months when they are wide enough', () => {
    const from = periodStartDay('2013-12');
    const to = periodEndDay('2014-03');
    const wide = ticks(from, to, 5);
    expect(wide.map((t) => t.date)).to.deep.equal(['2013-12', '2014', '2014-02', '2014-03']);
    const narrow = ticks(periodStartDay('1990'), periodEndDay('2020'), 0.05);
    expect(narrow.every((t) => t.kind === 'year')).to.equal(true);
    expect(narrow.length).to.be.lessThan(20);
  });
});

describe('keyboard map', () => {
  it('vertical: up and down between events, Home and End, Enter and Space select', () => {
    expect(keyAction('ArrowDown', 'vertical', 3, 9)).to.deep.equal({ type: 'move', to: 4 });
    expect(keyAction('ArrowUp', 'vertical', 3, 9)).to.deep.equal({ type: 'move', to: 2 });
    expect(keyAction('Home', 'vertical', 3, 9)).to.deep.equal({ type: 'move', to: 0 });
    expect(keyAction('End', 'vertical', 3, 9)).to.deep.equal({ type: 'move', to: 9 });
    expect(keyAction('Enter', 'vertical', 3, 9)).to.deep.equal({ type: 'select' });
    expect(keyAction(' ', 'vertical', 3, 9)).to.deep.equal({ type: 'select' });
    expect(keyAction('ArrowRight', 'vertical', 3, 9)).to.deep.equal({ type: 'none' });
    expect(keyAction('+', 'vertical', 3, 9)).to.deep.equal({ type: 'none' });
  });

  it('horizontal: forward in time follows the reading direction; + and - zoom', () => {
    expect(keyAction('ArrowRight', 'horizontal', 3, 9)).to.deep.equal({ type: 'move', to: 4 });
    expect(keyAction('ArrowLeft', 'horizontal', 3, 9)).to.deep.equal({ type: 'move', to: 2 });
    expect(keyAction('ArrowLeft', 'horizontal', 3, 9, true)).to.deep.equal({ type: 'move', to: 4 });
    expect(keyAction('+', 'horizontal', 3, 9, false, 2)).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(keyAction('=', 'horizontal', 3, 9, false, 2)).to.deep.equal({ type: 'zoom', factor: 2 });
    expect(keyAction('-', 'horizontal', 3, 9, false, 2)).to.deep.equal({ type: 'zoom', factor: 0.5 });
  });

  it('never moves past either end', () => {
    expect(keyAction('ArrowDown', 'vertical', 9, 9)).to.deep.equal({ type: 'move', to: 9 });
    expect(keyAction('ArrowLeft', 'horizontal', 0, 9)).to.deep.equal({ type: 'move', to: 0 });
  });
});

describe('big feeds', function () {
  this.timeout(120_000);
  const work = (n: number) => {
    const feed: CampaignFeed = makeIncidentFeed(n);
    const t0 = performance.now();
    const events = buildEvents(feed);
    const shown = filterEvents(events, filter({ query: 'shot dead' }));
    kindCounts(events, filter({ query: 'shot' }));
    return { ms: performance.now() - t0, events, shown };
  };

  it('builds, filters and counts 100,000 incidents, in time proportional to their number', () => {
    work(10_000); // warm up the JIT
    const small = Math.min(work(10_000).ms, work(10_000).ms);
    const { ms, events, shown } = work(100_000);
    expect(events.length).to.equal(100_000);
    expect(shown.length).to.be.greaterThan(0);
    // Ten times the events may cost ten times the time (sorting and garbage collection add some);
    // quadratic work would cost a hundred times. Ratios hold on a busy machine where absolute times
    // do not, but a collection in the big run alone can double it there: the bound sits between.
    expect(ms / small).to.be.lessThan(40);
  });
});
