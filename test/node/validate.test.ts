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
});
