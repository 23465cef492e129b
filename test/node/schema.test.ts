import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { feedSchema, schemaText } from '../../scripts/gen-schema.mjs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateFeed } from '../../src/feed/validate.js';

const root = new URL('../../', import.meta.url);
const read = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));

describe('schema/feed.schema.json, the published JSON Schema', () => {
  test('is what scripts/gen-schema.mjs derives from src/feed/contract.ts (the committed file is not stale)', () => {
    const committed = readFileSync(new URL('schema/feed.schema.json', root), 'utf8');
    assert.equal(schemaText(feedSchema()), committed, 'run `npm run gen:schema` and commit schema/feed.schema.json');
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const check = ajv.compile(read('schema/feed.schema.json'));

  test('accepts the feeds validateFeed accepts', () => {
    const feed = read('test/fixtures/campaign.json');
    assert.deepEqual(validateFeed(feed), []);
    assert.ok(check(feed), JSON.stringify(check.errors));
  });

  const mutations: [string, (f: any) => void][] = [
    ['a javascript: url', (f) => (f.items[0].url = 'javascript:alert(1)')],
    ['an unknown wage role', (f) => (f._campaign.wages[0].role = 'rise')],
    ['a non-ISO date', (f) => (f._campaign.incidents[0].date = '3 January 2014')],
    ['a missing version', (f) => delete f.version],
    ['a negative count', (f) => (f._campaign.incidents[1].deaths.value = -1)],
    ['a lowercase currency', (f) => (f._campaign.wages[0].currency = 'usd')],
    ['a latitude out of range', (f) => (f._campaign.actions[0].place.lat = 123)],
    ['a source without quote', (f) => delete f._campaign.actions[0].sources[0].quote],
    ['an unknown date range', (f) => (f._campaign.incidents[0].range = 'sometimes')],
  ];
  for (const [what, mutate] of mutations) {
    test(`rejects ${what}, as validateFeed does`, () => {
      const feed = read('test/fixtures/campaign.json');
      mutate(feed);
      assert.ok(validateFeed(feed).length > 0, 'validateFeed rejects it');
      assert.equal(check(feed), false, 'the JSON Schema rejects it');
    });
  }
});
