/**
 * One country table: the elements' codes and names (src/feed/countries/, written by
 * scripts/gen-countries.mjs) and the builder's gazetteer (scripts/gen-gazetteer.mjs) come from the
 * same maintained data and agree, code for code.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { countryModules, NAMED } from '../../scripts/gen-countries.mjs';
import { NUMERIC_CODES } from '../../src/feed/countries/codes.generated.js';
import { COUNTRY_NAMES_EN } from '../../src/feed/countries/names-en.generated.js';
import { COUNTRY_NAMES_KM } from '../../src/feed/countries/names-km.generated.js';
import { COUNTRY_ROWS } from '../../src/builder/language/gazetteer.generated.js';
import { countryName, loadCountryNames } from '../../src/runtime/countries.js';
import { numericCode } from '../../src/elements/action-map/projection.js';

const ROOT = new URL('../../', import.meta.url);
/** The gazetteer's country rows: ISO|numeric|names;…|demonyms|seat|lat|lon. */
const gazetteer = new Map(
  COUNTRY_ROWS.trim().split('\n').map((row) => {
    const [iso, numeric, names] = row.split('|');
    return [iso, { numeric, names: names.split(';') }] as const;
  }),
);
const pairs = (table: string) => table.split(';').map((row) => [row.slice(0, 2), row.slice(3)] as const);

describe('the country table', () => {
  test('the generated modules are what scripts/gen-countries.mjs writes (not stale)', () => {
    for (const [file, text] of Object.entries(countryModules() as Record<string, string>)) {
      assert.equal(readFileSync(new URL(file, ROOT), 'utf8'), text, `${file}: run \`npm run gen:countries\``);
    }
  });

  test("the map's numeric ids are the gazetteer's, for every country it draws", () => {
    const codes = NUMERIC_CODES.split(' ');
    assert.equal(codes.length, 174);
    for (const c of codes) {
      const iso = c.slice(0, 2);
      assert.equal(gazetteer.get(iso)?.numeric, c.slice(2).padStart(3, '0'), iso);
      assert.equal(numericCode(iso), c.slice(2).padStart(3, '0'));
    }
    assert.equal(numericCode('kh'), '116');
  });

  test("the elements' English names are names the builder reads, and every named country has a Khmer name", async () => {
    await loadCountryNames('km');
    const en = pairs(COUNTRY_NAMES_EN);
    const kmNames = COUNTRY_NAMES_KM.split(';');
    assert.deepEqual(en.map(([cc]) => cc), NAMED);
    assert.equal(kmNames.length, NAMED.length, 'one Khmer name per country, in the same order');
    const km = new Map(en.map(([cc], i) => [cc, kmNames[i]]));
    for (const [cc, name] of en) {
      assert.ok(gazetteer.get(cc)?.names.includes(name), `${cc}: "${name}" is not among ${gazetteer.get(cc)?.names.join(', ')}`);
      assert.equal(countryName(cc, 'en'), name);
      assert.match(km.get(cc)!, /^[\u1780-\u17FF\u200B ]+$/u, `${cc}: Khmer script`);
      assert.equal(countryName(cc, 'km'), km.get(cc));
    }
    assert.doesNotMatch(COUNTRY_NAMES_EN, /[\u1780-\u17FF]/u, 'the English module holds no Khmer');
  });
});
