// The readers in Node: proves the feed layer imports without a DOM (the builder uses it) and that the
// JSON formats convert the same way outside the browser. XML readers are tested in the browser
// (src/runtime/readers.test.ts), where DOMParser exists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFeedJson, readFeedText, parseJsonText, jsonErrorOffset, looseDateTime, toCount, incidentKind, FeedReadError } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/runtime/${name}`, import.meta.url), 'utf8');
const now = () => new Date('2014-02-01T00:00:00Z');

describe('feed readers without a DOM', () => {
  test('importing the readers touches no DOM global', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
    assert.equal(typeof readFeedJson, 'function');
  });

  test('TimelineJS → incidents, converted the same as in the browser', () => {
    const r = readFeedText(fixture('timeline.json'), { now, baseUrl: 'https://example.org/timeline.json' });
    assert.equal(r.format, 'timelinejs');
    assert.equal(r.feed._campaign!.generated, '2014-02-01T00:00:00Z');
    assert.deepEqual(r.feed._campaign!.incidents!.map((e) => e.date), ['2013-12-24', '2014-01', '2014', '2014-01-03']);
    // Without a DOMParser the rough HTML stripper is used: same text here.
    assert.equal(r.feed._campaign!.incidents![0].description, 'Workers in several factories stop work.');
  });

  test('GeoJSON → actions', () => {
    const r = readFeedText(fixture('actions.geojson'), { now });
    assert.deepEqual(r.feed._campaign!.actions!.map((a) => a.id), ['london', 'action-2']);
  });

  test('JSON Feed 1.0 → 1.1', () => {
    const r = readFeedText(fixture('jsonfeed-1.0.json'));
    assert.equal(r.feed.items[0].content_text, 'Hello world.');
    assert.equal(r.feed.items[0].url, 'https://blog.example.com/posts/one');
  });

  test('XML without a parser is refused with a clear reason', () => {
    assert.throws(() => readFeedText(fixture('rss.xml')), (e: unknown) => e instanceof FeedReadError && /no XML parser/.test(e.message));
  });
});

describe('the pieces readers are made of', () => {
  test('JSON errors are located exactly, iteratively (deep nesting is fine)', () => {
    assert.equal(jsonErrorOffset('{"a": 1,}'), 8);
    assert.equal(jsonErrorOffset('[1, 2'), 5);
    assert.equal(jsonErrorOffset('{"a": "\u0001"}'), 7);
    assert.equal(jsonErrorOffset('{"a": [true, nul]}'), 13);
    assert.equal(jsonErrorOffset('[]'), -1);
    assert.equal(jsonErrorOffset('['.repeat(100_000)), 100_000);
    assert.throws(() => parseJsonText('{\n"a": 01}'), /line 2, column 7/);
  });

  test('dates as feeds write them become RFC 3339', () => {
    assert.equal(looseDateTime('Sat, 07 Sep 2002 09:42:31 GMT'), '2002-09-07T09:42:31Z');
    assert.equal(looseDateTime('Thu, 07 Dec 17 10:00:00 +0100'), '2017-12-07T09:00:00Z');
    assert.equal(looseDateTime('Seg, 24 Set 2018 19:42:40 -0300'), '2018-09-24T22:42:40Z');
    assert.equal(looseDateTime('7 Dec 2017 10:00 EST'), '2017-12-07T15:00:00Z');
    assert.equal(looseDateTime('2014-01-03'), '2014-01-03T00:00:00Z');
    assert.equal(looseDateTime('2014-01-03T08:00'), '2014-01-03T08:00:00Z');
    assert.equal(looseDateTime('2014-01-03T08:00:00+07:00'), '2014-01-03T08:00:00+07:00');
    assert.equal(looseDateTime('2014-02-30'), undefined);
    assert.equal(looseDateTime('31 Feb 2014'), undefined);
    assert.equal(looseDateTime('yesterday'), undefined);
    assert.equal(looseDateTime('Fri, 01 Jan 0099 00:00:00 GMT'), undefined);
  });

  test('counts and kinds from what people type', () => {
    assert.deepEqual(toCount('about 1,200'), { value: 1200, qualifier: 'about' });
    assert.deepEqual(toCount('40+'), { value: 40, qualifier: 'at-least' });
    assert.deepEqual(toCount('more than 40'), { value: 40, qualifier: 'more-than' });
    assert.deepEqual(toCount({ value: 4, qualifier: 'at-least' }), { value: 4, qualifier: 'at-least' });
    assert.equal(toCount(-3), undefined);
    assert.equal(toCount('many'), undefined);
    assert.equal(incidentKind('Court case'), 'court');
    assert.equal(incidentKind(undefined, 'Mass dismissals'), 'dismissal');
    assert.equal(incidentKind('Elections'), 'other');
  });
});
