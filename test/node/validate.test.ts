import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateFeed } from '../../src/feed/validate.js';
import type { CampaignFeed } from '../../src/feed/types.js';

const fixture = (): CampaignFeed => JSON.parse(readFileSync(new URL('../fixtures/campaign.json', import.meta.url), 'utf8'));

function problemAt(feed: unknown, path: string) {
  const problems = validateFeed(feed);
  const found = problems.find((p) => p.path === path);
  assert.ok(found, `expected a problem at ${path}, got ${JSON.stringify(problems)}`);
  return found;
}

describe('validateFeed: the contract between builder and elements', () => {
  test('the hand-written test feed is valid', () => {
    assert.deepEqual(validateFeed(fixture()), []);
  });

  test('a javascript: link is rejected with its path and the reason', () => {
    const feed = fixture();
    feed.items[1].url = 'javascript:alert(1)';
    assert.match(problemAt(feed, '$.items[1].url').message, /http: or https:/);
  });

  test('an unknown wage role is rejected, naming the allowed roles', () => {
    const feed = fixture();
    (feed._campaign!.wages![0] as { role: string }).role = 'rise';
    assert.match(problemAt(feed, '$._campaign.wages[0].role').message, /minimum, offer, demand, living.*"rise"/);
  });

  test('a quote pointing at an item id that does not exist is rejected', () => {
    const feed = fixture();
    feed._campaign!.incidents![1].sources[1].item = 'no-such-item';
    assert.match(problemAt(feed, '$._campaign.incidents[1].sources[1].item').message, /no item has the id "no-such-item"/);
  });

  test('dates that are not ISO 8601 are rejected: facts and items alike', () => {
    const feed = fixture();
    feed._campaign!.incidents![0].date = '24/12/2013';
    feed._campaign!.actions![0].date = '2014-13';
    feed.items[0].date_published = 'January 2014';
    assert.match(problemAt(feed, '$._campaign.incidents[0].date').message, /ISO 8601/);
    assert.match(problemAt(feed, '$._campaign.actions[0].date').message, /ISO 8601/);
    assert.match(problemAt(feed, '$.items[0].date_published').message, /RFC 3339/);
  });

  test('a date range is "span" or "within"; feeds written before it existed stay valid', () => {
    const feed = fixture();
    const lorPeang = feed._campaign!.incidents!.find((i) => i.end)!;
    assert.equal(lorPeang.range, 'within');
    delete lorPeang.range;
    assert.deepEqual(validateFeed(feed), []);
    (lorPeang as { range: string }).range = 'about';
    assert.match(problemAt(feed, `$._campaign.incidents[${feed._campaign!.incidents!.indexOf(lorPeang)}].range`).message, /span, within.*"about"/);
  });

  test('a missing version is rejected', () => {
    const feed = fixture() as Partial<CampaignFeed>;
    delete feed.version;
    assert.match(problemAt(feed, '$.version').message, /required/);
  });

  test('every problem is reported, not just the first', () => {
    const feed = fixture();
    feed.items[0].url = 'data:text/html,hi';
    feed._campaign!.wages![1].amount = -5;
    feed._campaign!.incidents![1].deaths = { value: 4.5, qualifier: 'roughly' as 'about' };
    const paths = validateFeed(feed).map((p) => p.path);
    assert.deepEqual(paths.sort(), [
      '$._campaign.incidents[1].deaths.qualifier',
      '$._campaign.incidents[1].deaths.value',
      '$._campaign.wages[1].amount',
      '$.items[0].url',
    ]);
  });

  test('duplicate ids and impossible calendar dates are caught', () => {
    const feed = fixture();
    feed.items[2].id = feed.items[1].id;
    feed._campaign!.incidents![0].date = '2014-02-30';
    assert.match(problemAt(feed, '$.items[2].id').message, /duplicate/);
    problemAt(feed, '$._campaign.incidents[0].date');
  });

  test('non-objects are rejected without throwing', () => {
    for (const bad of [null, 42, 'feed', [], true]) {
      assert.equal(validateFeed(bad)[0].path, '$');
    }
  });

  // The validator takes a quick path for the usual incident and item (one pass, no JSON paths). Any
  // record that is wrong in any way must still reach the full checks and be reported where it is wrong.
  test('every way an incident or an item can be wrong is still reported, at its path', () => {
    const long = 'x'.repeat(100_001);
    const incident: [string, (e: Record<string, unknown>) => void][] = [
      ['id', (e) => delete e.id], ['id', (e) => (e.id = 7)], ['id', (e) => (e.id = '  ')], ['id', (e) => (e.id = long)],
      ['date', (e) => delete e.date], ['date', (e) => (e.date = '2014-02-30')], ['date', (e) => (e.date = 2014)],
      ['end', (e) => (e.end = '2014/01/05')], ['kind', (e) => (e.kind = 'riot')], ['kind', (e) => delete e.kind],
      ['title', (e) => (e.title = '\n\t ')], ['title', (e) => (e.title = ['a'])], ['title', (e) => (e.title = long)],
      ['description', (e) => (e.description = 3)], ['description', (e) => (e.description = long)],
      ['deaths.value', (e) => (e.deaths = { value: 2.5, qualifier: 'exact' })], ['deaths.value', (e) => (e.deaths = { value: -1, qualifier: 'exact' })],
      ['deaths.value', (e) => (e.deaths = { value: Infinity, qualifier: 'exact' })], ['injured.qualifier', (e) => (e.injured = { value: 3, qualifier: 'roughly' })],
      ['arrested.qualifier', (e) => (e.arrested = { value: 3 })], ['participants', (e) => (e.participants = 200)],
      ['place.name', (e) => (e.place = { country: 'KH' })], ['place.country', (e) => (e.place = { name: 'Phnom Penh', country: 'kh' })],
      ['place.lat', (e) => (e.place = { name: 'P', lat: 91, lon: 0 })], ['place', (e) => (e.place = { name: 'P', lat: 11 })],
      ['place.lon', (e) => (e.place = { name: 'P', lat: 11, lon: '104' })], ['place', (e) => (e.place = 'Phnom Penh')],
      ['sources', (e) => delete e.sources], ['sources', (e) => (e.sources = {})], ['sources[0].quote', (e) => ((e.sources as { quote?: string }[])[0].quote = ' ')],
      ['sources[0].item', (e) => ((e.sources as { item?: string }[])[0].item = 'nope')], ['sources[0]', (e) => ((e.sources as unknown[])[0] = 'quote')],
    ];
    for (const [where, spoil] of incident) {
      const feed = fixture();
      const e = feed._campaign!.incidents![1] as unknown as Record<string, unknown>;
      spoil(e);
      const paths = validateFeed(feed).map((p) => p.path);
      assert.ok(paths.some((p) => p.startsWith(`$._campaign.incidents[1].${where}`) || (where === 'place' && p === '$._campaign.incidents[1].place')), `${where}: ${JSON.stringify(e)} → ${JSON.stringify(paths)}`);
    }
    const dup = fixture();
    dup._campaign!.incidents![1].id = dup._campaign!.incidents![0].id;
    assert.ok(validateFeed(dup).some((p) => p.path === '$._campaign.incidents[1].id' && /duplicate/.test(p.message)));

    const item: [string, (i: Record<string, unknown>) => void][] = [
      ['id', (i) => (i.id = '')], ['title', (i) => (i.title = 5)], ['summary', (i) => (i.summary = long)], ['content_text', (i) => (i.content_text = {})],
      ['language', (i) => (i.language = 1)], ['url', (i) => (i.url = 'javascript:alert(1)')], ['url', (i) => (i.url = 'https://ex\tample.org')],
      ['date_published', (i) => (i.date_published = '2014-01-03')], ['date_modified', (i) => (i.date_modified = '2014-01-03T25:00:00Z')],
      ['tags[0]', (i) => (i.tags = [1])], ['authors[0].name', (i) => (i.authors = [{}])], ['_source', (i) => (i._source = 'file.txt')],
      ['_source.file', (i) => (i._source = { publisher: 'CLEC' })], ['_source.date_precision', (i) => (i._source = { file: 'a.txt', date_precision: 'week' })],
    ];
    for (const [where, spoil] of item) {
      const feed = fixture();
      const i = feed.items[1] as unknown as Record<string, unknown>;
      spoil(i);
      const paths = validateFeed(feed).map((p) => p.path);
      assert.ok(paths.some((p) => p.startsWith(`$.items[1].${where}`)), `${where}: ${JSON.stringify(i)} → ${JSON.stringify(paths)}`);
    }
  });
});
