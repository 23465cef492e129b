import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitClusters } from './clusters.js';
import { readFeedJson } from './index.js';

const feed = (title: string) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 'a', title }] });

test('a letter with 50 combining marks keeps 8; 30 joined emoji keep 8 joiners; real text is untouched', () => {
  assert.equal(limitClusters(`ក${'្'.repeat(50)}`), `ក${'្'.repeat(8)}`);
  assert.equal(limitClusters(`Z${'\u0301\u0316'.repeat(20)}ok`), `Z${'\u0301\u0316'.repeat(4)}ok`);
  const chain = Array.from({ length: 30 }, () => '😀').join('\u200d');
  assert.equal((limitClusters(chain).match(/\u200d/g) ?? []).length, 8);
  assert.equal(limitClusters(chain).replace(/\u200d/g, ''), '😀'.repeat(30), 'the emoji themselves stay');
  for (const real of ['ព្រះរាជាណាចក្រកម្ពុជា', 'Tiếng Việt', '👨‍👩‍👧‍👦 family', 'བོད་སྐད་', 'עִבְרִית', 'العَرَبِيَّة', 'plain']) assert.equal(limitClusters(real), real);
});

test('readers apply it to every string, report it, and leave the input object as it was (found by the hardening matrix)', () => {
  const input = feed(`ក${'្'.repeat(50)}`);
  const out = readFeedJson(input);
  assert.equal(out.feed.items[0].title, `ក${'្'.repeat(8)}`);
  assert.deepEqual(out.problems.map((p) => p.path), ['$.items[0].title']);
  assert.equal(input.items[0].title.length, 51, 'the page’s object is not modified');
  const clean = feed('Fine');
  assert.equal(readFeedJson(clean).problems.length, 0);
});

test('feed text with no mark or joiner skips the walk; marks spelled as JSON escapes are still limited', async () => {
  const { jsonMayHoldClusters } = await import('./clusters.js');
  const { readFeedTextLazily } = await import('./lazy.js');
  const readXml = () => Promise.reject(new Error('no XML here'));
  const campaign = (title: string) => ({ ...feed(title), _campaign: { schema: 1, generated: '2014-01-03T00:00:00Z' } });
  assert.equal(jsonMayHoldClusters(JSON.stringify(campaign('Strike at the factory'))), false);
  assert.equal(jsonMayHoldClusters(JSON.stringify(campaign('ការធ្វើកូដកម្ម'))), true, 'Khmer text is walked');
  // JSON.stringify writes the marks as they are; written by hand as \u escapes, the text is all ASCII.
  const escaped = JSON.stringify(campaign('Z')).replace('"title":"Z"', `"title":"Z${'\\u0301'.repeat(20)}"`);
  assert.equal(/[^\x00-\x7f]/.test(escaped), false, 'the escaped text is ASCII');
  assert.equal(jsonMayHoldClusters(escaped), true);
  const out = await readFeedTextLazily(escaped, { readXml });
  assert.equal(out.feed.items[0].title, `Z${'\u0301'.repeat(8)}`);
  assert.deepEqual(out.problems.map((p) => p.path), ['$.items[0].title']);
  // The skip changes nothing for text that has no marks: the same feed, with or without the walk.
  const plain = JSON.stringify(campaign('Strike at the factory'));
  assert.deepEqual((await readFeedTextLazily(plain, { readXml })).feed, readFeedJson(JSON.parse(plain)).feed);
});
