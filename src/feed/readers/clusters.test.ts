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
