import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { CampaignFeed, Incident } from '../types.js';
import { CSV_COLUMNS, csvField, factsCsv, feedSubset } from './csv.js';
import { validateFeed } from '../validate.js';

const example = JSON.parse(readFileSync(new URL('../../../examples/feed.json', import.meta.url), 'utf8')) as CampaignFeed;
const parse = (text: string) => {
  assert.ok(text.startsWith('\ufeff'), 'starts with a byte-order mark');
  const r = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  assert.deepEqual(r.errors, []);
  return r.data;
};

describe('facts as CSV', () => {
  for (const kind of ['incidents', 'actions', 'wages'] as const) {
    test(`the example feed's ${kind}: a real CSV parser reads one row per fact under the documented header`, () => {
      const facts = example._campaign?.[kind] ?? [];
      assert.ok(facts.length > 0);
      const rows = parse(factsCsv(example, kind, facts));
      assert.deepEqual(rows[0], CSV_COLUMNS[kind]);
      assert.equal(rows.length - 1, facts.length);
      for (const [i, f] of facts.entries()) {
        const r = Object.fromEntries(CSV_COLUMNS[kind].map((c, j) => [c, rows[i + 1][j]]));
        assert.equal(r.id, f.id);
        const items = new Map(example.items.map((it) => [it.id, it]));
        assert.deepEqual(r.source_quotes.split('\n'), f.sources.map((s) => (/^[=+\-@\t\r]/.test(s.quote) ? `'${s.quote}` : s.quote)));
        assert.deepEqual(r.source_urls.split('\n'), f.sources.map((s) => items.get(s.item)?.url ?? ''));
      }
    });
  }

  test('the rows are the facts given (the filtered ones), dates with their precision, counts as value and qualifier', () => {
    const incidents = example._campaign!.incidents!;
    const shown = incidents.filter((e) => e.kind === 'killing' || e.kind === 'violence').slice(0, 2);
    const rows = parse(factsCsv(example, 'incidents', shown));
    assert.equal(rows.length, 1 + shown.length);
    const col = (name: string) => CSV_COLUMNS.incidents.indexOf(name);
    const month: Incident = { ...incidents[0], date: '2014-01', end: undefined, deaths: { value: 4, qualifier: 'at-least' } };
    const [, r] = parse(factsCsv(example, 'incidents', [month]));
    assert.equal(r[col('date')], '2014-01');
    assert.equal(r[col('date_precision')], 'month');
    assert.equal(r[col('deaths')], '4');
    assert.equal(r[col('deaths_qualifier')], 'at-least');
  });

  test('Khmer text survives, with the byte-order mark spreadsheet programs need', () => {
    const km: Incident = { ...example._campaign!.incidents![0], title: 'កម្មករ​ធ្វើ​កូដកម្ម, "ភ្នំពេញ"' };
    const [, r] = parse(factsCsv(example, 'incidents', [km]));
    assert.equal(r[CSV_COLUMNS.incidents.indexOf('title')], km.title);
  });

  test('no cell a spreadsheet would run as a formula; numbers (a negative longitude) stay numbers', () => {
    for (const bad of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvField(bad).replace(/^"/, '').startsWith("'"), bad);
    assert.equal(csvField(-58.38), '-58.38');
    const naughty = new URL('../../../../shared/data/naughty/blns.json', import.meta.url);
    if (!existsSync(naughty)) {
      console.log('# ../shared/data/naughty is absent: the naughty-strings part of this test is skipped');
      return;
    }
    const strings = JSON.parse(readFileSync(naughty, 'utf8')) as string[];
    const base = example._campaign!.incidents![0];
    const hostile = strings.map((s, i): Incident => ({ ...base, id: `n${i}`, title: s, description: s, place: { name: s, country: 'KH', lat: -1, lon: -2 } }));
    const rows = parse(factsCsv(example, 'incidents', hostile)).slice(1);
    assert.equal(rows.length, hostile.length);
    const text = ['title', 'description', 'place'].map((c) => CSV_COLUMNS.incidents.indexOf(c));
    for (const [i, r] of rows.entries()) {
      for (const j of text) {
        assert.ok(!/^[=+\-@\t\r]/.test(r[j]), `row ${i}: ${JSON.stringify(r[j])}`);
        assert.equal(r[j].replace(/^'(?=[=+\-@\t\r])/, ''), strings[i].replace(/\r\n?/g, (m) => m), `row ${i} keeps its text`);
      }
    }
  });
});

describe('the matching JSON Feed subset', () => {
  test('holds the facts given and the items they cite, and is a valid feed', () => {
    const shown = example._campaign!.incidents!.slice(0, 3);
    const sub = feedSubset(example, 'incidents', shown);
    assert.deepEqual(sub._campaign!.incidents!.map((e) => e.id), shown.map((e) => e.id));
    assert.equal(sub._campaign!.actions, undefined);
    const cited = new Set(shown.flatMap((e) => e.sources.map((s) => s.item)));
    assert.deepEqual(new Set(sub.items.map((i) => i.id)), cited);
    assert.equal(sub.title, example.title);
    assert.deepEqual(validateFeed(sub), []);
  });
});
