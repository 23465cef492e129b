// Property test: whatever a hand edit does to a valid feed, partitionFeed either refuses the whole
// document (not an object, no items list) or returns a feed with no record-level problem left.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { partitionFeed } from './normalize.js';
import { validateFeed } from './validate.js';

const base = JSON.parse(readFileSync(new URL('../../test/fixtures/campaign.json', import.meta.url), 'utf8'));

/** Every path to a value in the feed, so a mutation can hit any field at any depth. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => paths(x, [...at, k], out));
  return out;
}
const all = paths(base).filter((p) => p.length > 0);

const junk = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(''),
  fc.constant('javascript:alert(1)'), fc.constant('2014-13-45'), fc.constant([]), fc.constant({}), fc.constant(-1),
  fc.constant('<img src=x onerror=alert(1)>'), fc.array(fc.string(), { maxLength: 3 }),
);

function mutate(feed: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(feed) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

describe('partitionFeed on 1,000 randomly broken feeds', () => {
  test('refuses only unusable documents; otherwise leaves no record-level problem', () => {
    let refused = 0;
    let dropped = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), junk), { minLength: 1, maxLength: 4 }), (edits) => {
        let feed: unknown = base;
        for (const [path, value] of edits) {
          try {
            feed = mutate(feed, path, value);
          } catch {
            // The path no longer exists after an earlier edit: skip it.
          }
        }
        let out;
        try {
          out = partitionFeed(feed);
        } catch {
          refused++;
          const f = feed as Record<string, unknown>;
          assert.ok(typeof f !== 'object' || f === null || Array.isArray(f) || !Array.isArray(f.items), 'refused a usable feed');
          return;
        }
        dropped += out.problems.length;
        const left = validateFeed(out.feed).filter((p) => /^\$\.(items|_campaign\.\w+)\[\d+\]/.test(p.path));
        assert.deepEqual(left, []);
      }),
      { numRuns: 1000, seed: 20140103 },
    );
    console.log(`1,000 broken feeds: ${refused} refused as a whole, ${dropped} problems reported on the rest`);
  });
});
