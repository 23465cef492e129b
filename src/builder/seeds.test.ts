// Acceptance on the three real seed documents (issue 4, points 1 and 2). The seeds live outside the
// repository (../shared/seeds): without them these tests are skipped with the reason printed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Count, FeedItem, Incident, SolidarityAction } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { foldSpace } from './read/decode.js';
import { buildDirectory } from './node/node-build.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const skip = existsSync(SEEDS) ? false : `the seed documents are not at ${SEEDS}`;
if (skip) console.log(`# skipping seed acceptance tests: ${skip}`);

const result = skip ? undefined : await buildDirectory(SEEDS, { now: new Date('2024-01-01T00:00:00Z') });
const feed = result?.feed;
const camp = feed?._campaign;
const ARTICLE_000 = '000_5e31ee302348e80f.txt';
const ARTICLE_001 = '001_89ac36600f8acb34.txt';
const LISTING = '002_0ede2d3d59c3156f.txt';
const itemsOf = (file: string): FeedItem[] => feed!.items.filter((i) => i._source?.file === file);
const fileOf = (itemId: string): string | undefined => feed!.items.find((i) => i.id === itemId)?._source?.file;
const filesOf = (f: { sources: { item: string }[] }): Set<string | undefined> => new Set(f.sources.map((s) => fileOf(s.item)));
const same = (c: Count | undefined, value: number, qualifier: Count['qualifier']): boolean => c?.value === value && c.qualifier === qualifier;

test('the seeds build into a valid feed with every document ok', { skip }, () => {
  assert.deepEqual(validateFeed(feed), []);
  assert.deepEqual(result!.problems, []);
  assert.deepEqual(camp!.documents!.map((d) => [d.file, d.status]), [[ARTICLE_000, 'ok'], [ARTICLE_001, 'ok'], [LISTING, 'ok']]);
  assert.equal(camp!.country, 'KH');
});

test('7 items: the two articles and the five listing entries with their own dates, publisher CLEC', { skip }, () => {
  assert.equal(feed!.items.length, 7);
  assert.equal(itemsOf(ARTICLE_000).length, 1);
  assert.equal(itemsOf(ARTICLE_001).length, 1);
  const entries = itemsOf(LISTING);
  assert.deepEqual(entries.map((i) => i.date_published?.slice(0, 10)), ['2014-08-18', '2014-08-14', '2014-05-29', '2014-04-04', '2014-02-19']);
  for (const e of entries) {
    assert.equal(e._source?.publisher, 'CLEC');
    assert.equal(e._source?.date_precision, 'day');
    assert.ok(!/All Years|Press Release|• 1/.test(e.content_text ?? ''), 'the filter line, heading and pager are not content');
  }
});

test('what is known of each article, and nothing more: 000 is dated to the month, 001 has no publisher', { skip }, () => {
  const [a] = itemsOf(ARTICLE_000);
  assert.equal(a._source?.publisher, 'Morning Star');
  assert.equal(a._source?.date_precision, 'month');
  assert.ok(a.date_published?.startsWith('2014-01'));
  const [b] = itemsOf(ARTICLE_001);
  assert.equal(b._source?.publisher, undefined);
  assert.equal(b._source?.date_precision, 'day');
  assert.equal(b.date_published, '2014-02-10T00:00:00Z');
});

test('the shooting of 2014-01-03 in Cambodia: at least 4 dead, one fact quoted from both articles', { skip }, () => {
  const killings = camp!.incidents!.filter((i) => i.deaths);
  assert.equal(killings.length, 1, 'every mention of the deaths is the same fact');
  const k = killings[0];
  assert.equal(k.date, '2014-01-03');
  assert.equal(k.kind, 'killing');
  assert.equal(k.place?.country, 'KH');
  assert.ok(same(k.deaths, 4, 'at-least'), `deaths ${JSON.stringify(k.deaths)}`);
  assert.deepEqual(filesOf(k), new Set([ARTICLE_000, ARTICLE_001]));
  assert.ok(k.sources.some((s) => s.quote.includes('killing at least four people')));
  assert.ok(k.sources.some((s) => s.quote.includes('deaths of at least four people')));
});

test('the strike from 2013-12-24, in both articles', { skip }, () => {
  const strikes = camp!.incidents!.filter((i) => i.kind === 'strike');
  assert.equal(strikes.length, 1);
  assert.equal(strikes[0].date, '2013-12-24');
  assert.deepEqual(filesOf(strikes[0]), new Set([ARTICLE_000, ARTICLE_001]));
});

test('the march blocked on 2014-01-02', { skip }, () => {
  const blocked = camp!.incidents!.filter((i) => i.date === '2014-01-02');
  assert.equal(blocked.length, 1);
  assert.match(blocked[0].title, /march/i);
  assert.ok(blocked[0].sources[0].quote.includes('police blocked the route'));
  assert.equal(blocked[0].deaths, undefined);
});

test('23 arrested', { skip }, () => {
  const arrests = camp!.incidents!.filter((i) => i.kind === 'arrest');
  assert.equal(arrests.length, 1);
  assert.ok(same(arrests[0].arrested, 23, 'exact'));
  assert.equal(arrests[0].date, '2014-01');
  assert.equal(arrests[0].deaths, undefined, 'the 23 arrested are never counted as dead');
});

test('the dispersal of the Lor Peang march, between its start (2014-08-12) and the statement (2014-08-14)', { skip }, () => {
  const d = camp!.incidents!.find((i) => /dispersal/i.test(i.title));
  assert.ok(d);
  assert.ok(['2014-08-14', '2014-08-12'].includes(d.date), d.date);
  assert.ok(d.end === undefined || d.end === '2014-08-14');
  assert.ok(same(d.participants, 50, 'about'));
  assert.equal(d.place?.country, 'KH');
});

test('the migrant exodus of June 2014: more than 200,000', { skip }, () => {
  const m = camp!.incidents!.filter((i) => i.kind === 'migration');
  assert.equal(m.length, 1);
  assert.equal(m[0].date, '2014-06');
  assert.ok(same(m[0].participants, 200_000, 'more-than'));
});

test('no incident carries a number the seeds do not state', { skip }, () => {
  const stated = new Set([4, 23, 50, 200_000]);
  for (const i of camp!.incidents as Incident[]) {
    for (const c of [i.deaths, i.injured, i.arrested, i.participants]) if (c) assert.ok(stated.has(c.value), `${i.title}: ${c.value}`);
  }
});

test('solidarity actions: London and one each in eight countries, with coordinates', { skip }, () => {
  const protests = camp!.actions!.filter((a) => a.kind === 'protest');
  const london = protests.filter((a) => a.place?.name === 'London');
  assert.equal(london.length, 1);
  assert.equal(london[0].place?.country, 'GB');
  assert.ok(same(london[0].participants, 40, 'more-than'));
  assert.equal(london[0].date, '2014-01', '"yesterday" from a piece dated only 2014-01 is no more precise than the month');
  const want = ['DE', 'HK', 'ID', 'MY', 'KR', 'TH', 'TR', 'US'];
  for (const code of want) {
    const here = protests.filter((a) => a.place?.country === code);
    assert.equal(here.length, 1, `one action in ${code}`);
    assert.equal(typeof here[0].place?.lat, 'number');
    assert.equal(typeof here[0].place?.lon, 'number');
    assert.deepEqual(filesOf(here[0]), new Set([ARTICLE_000]));
  }
  assert.equal(protests.length, 1 + want.length);
});

test('the Phnom Penh rally of 2014-02-10 and the open letter', { skip }, () => {
  const rally = camp!.actions!.filter((a) => a.kind === 'rally');
  assert.equal(rally.length, 1);
  assert.equal(rally[0].date, '2014-02-10');
  assert.equal(rally[0].place?.name, 'Phnom Penh');
  assert.ok(same(rally[0].participants, 12, 'about'));
  const letters = camp!.actions!.filter((a) => a.kind === 'letter');
  assert.equal(letters.length, 1);
  assert.equal(letters[0].date, '2014-02-10');
  assert.match(letters[0].title, /open letter/i);
});

test('the Lor Peang march with its route Kampong Chhnang → Phnom Penh', { skip }, () => {
  const marches = camp!.actions!.filter((a) => a.kind === 'march') as SolidarityAction[];
  assert.equal(marches.length, 1);
  assert.equal(marches[0].date, '2014-08-12');
  assert.deepEqual(marches[0].route?.map((p) => p.name), ['Kampong Chhnang', 'Phnom Penh']);
  for (const p of marches[0].route!) assert.equal(p.country, 'KH');
});

test('wages: USD 80 minimum, USD 160 demand, GBP 60 offer, GBP 100 demand — and no wage of 9', { skip }, () => {
  const w = camp!.wages!;
  const has = (amount: number, currency: string, roles: string[]): boolean =>
    w.some((x) => x.amount === amount && x.currency === currency && roles.includes(x.role) && x.country === 'KH' && x.period === 'month');
  assert.ok(has(80, 'USD', ['minimum']));
  assert.ok(has(160, 'USD', ['demand']));
  assert.ok(has(60, 'GBP', ['offer', 'minimum']));
  assert.ok(has(100, 'GBP', ['demand', 'living']));
  assert.ok(!w.some((x) => x.amount === 9), 'a rise of £9 is not a wage');
  assert.equal(w.length, 4);
});

test('every quote in the seeds feed is found verbatim (white space folded) in its document', { skip }, () => {
  const texts = new Map<string, string>();
  for (const f of [ARTICLE_000, ARTICLE_001, LISTING]) texts.set(f, foldSpace(readFileSync(`${SEEDS}${f}`, 'utf8').normalize('NFC')));
  let n = 0;
  for (const fact of [...camp!.wages!, ...camp!.incidents!, ...camp!.actions!]) {
    assert.ok(fact.sources.length > 0, `${fact.id} has sources`);
    for (const s of fact.sources) {
      const file = fileOf(s.item);
      assert.ok(file, `${fact.id}: item ${s.item} exists`);
      assert.ok(texts.get(file!)!.includes(foldSpace(s.quote)), `${fact.id}: quote not in ${file}: ${s.quote}`);
      n++;
    }
  }
  assert.ok(n >= 30, `${n} quotes checked`);
});
