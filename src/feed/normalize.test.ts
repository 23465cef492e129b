import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { partitionFeed } from './normalize.js';
import type { CampaignFeed } from './types.js';

const fixture = (): CampaignFeed => JSON.parse(readFileSync(new URL('../../test/fixtures/campaign.json', import.meta.url), 'utf8'));
const deepFrozen = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null) {
    Object.values(v).forEach(deepFrozen);
    Object.freeze(v);
  }
  return v;
};

describe('partitionFeed: keep what is good, say what was left out', () => {
  test('a valid feed passes through untouched', () => {
    const feed = fixture();
    const out = partitionFeed(feed);
    assert.equal(out.feed, feed);
    assert.deepEqual(out.problems, []);
  });

  test('an item with a javascript: link keeps its title; only the link is left out, with a warning', () => {
    const feed = fixture();
    feed.items[0].url = 'javascript:alert(1)';
    feed.items[1].authors = [{ name: 'A', url: 'data:text/html,x' }, { name: '' }];
    feed.items[2].tags = ['ok', 3 as unknown as string];
    const out = partitionFeed(deepFrozen(feed));
    assert.equal(out.feed.items.length, fixture().items.length);
    assert.equal(out.feed.items[0].url, undefined);
    assert.equal(out.feed.items[0].title, fixture().items[0].title);
    assert.deepEqual(out.feed.items[1].authors, [{ name: 'A' }]);
    assert.deepEqual(out.feed.items[2].tags, ['ok']);
    assert.deepEqual(
      out.problems.map((p) => p.path),
      ['$.items[0].url', '$.items[1].authors[0].url', '$.items[1].authors[1].name', '$.items[2].tags[1]'],
    );
    assert.match(out.problems[0].message, /the field was left out, the record kept$/);
  });

  test('a bad required field drops the record, and facts quoting a dropped item go with it', () => {
    const feed = fixture();
    const quoted = feed._campaign!.incidents![0].sources[0].item;
    const index = feed.items.findIndex((i) => i.id === quoted);
    (feed.items[index] as { id: unknown }).id = 42;
    const out = partitionFeed(feed);
    assert.equal(out.feed.items.length, fixture().items.length - 1);
    assert.ok(!out.feed._campaign!.incidents!.some((e) => e.sources.some((s) => s.item === quoted)));
    assert.ok(out.problems.some((p) => p.path === `$.items[${index}].id`));
    assert.ok(out.problems.some((p) => /no item has the id/.test(p.message) && /the record was left out$/.test(p.message)));
    assert.equal(typeof fixture().items[index].id, 'string', 'the input is not modified');
  });

  test('an incident with an unreadable end keeps its date; one with an unreadable date is left out', () => {
    const feed = fixture();
    const [first, second] = feed._campaign!.incidents!;
    first.end = 'later';
    second.date = '2014-02-30';
    const out = partitionFeed(feed);
    const ids = out.feed._campaign!.incidents!.map((e) => e.id);
    assert.ok(ids.includes(first.id));
    assert.ok(!ids.includes(second.id));
    assert.equal(out.feed._campaign!.incidents!.find((e) => e.id === first.id)!.end, undefined);
  });

  test('a document that is not a feed at all throws', () => {
    assert.throws(() => partitionFeed([1, 2]), /\$/);
    assert.throws(() => partitionFeed({ title: 'no items' }), /items/);
  });
});
