// The eval scorer (issue 19) on a small invented gold and hand-made facts: date precision, XX
// countries, counts, one-to-one matching, not-wages, silent documents, verbatim quotes, gold checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CampaignFeed, Incident, SolidarityAction, Wage } from '../../feed/types.js';
import { formatEval, parseGold, scoreBuild, type EvalInput, type Gold } from './score.js';

// Invented documents: one article each.
const BODIES: Record<string, string> = {
  'a.txt': 'Riverside mill hands walked out on Friday. Guards held five   organisers overnight. '
    + 'The mill offered 40 pounds.',
  'b.txt': 'A petition went round the web. Pickets stood at the consulate in Lyon.',
  'quiet.txt': 'An essay on fair pay and why it matters.',
};
const ITEM: Record<string, string> = { 'a.txt': 'item-a', 'b.txt': 'item-b', 'quiet.txt': 'item-q' };

let n = 0;
const src = (doc: string, quote: string): { item: string; quote: string } => ({ item: ITEM[doc], quote });
const inc = (doc: string, date: string, country: string | undefined, more: Partial<Incident> = {},
  quote = 'Riverside mill hands walked out on Friday.'): Incident => ({
  id: `incident-${++n}`, date, kind: 'strike', title: 'Strike', sources: [src(doc, quote)],
  ...(country ? { place: { name: country, country } } : {}), ...more,
});
const act = (doc: string, date: string, country: string | undefined, quote = 'A petition went round the web.'):
  SolidarityAction => ({
  id: `action-${++n}`, date, kind: 'petition', title: 'Petition', sources: [src(doc, quote)],
  ...(country ? { place: { name: country, country } } : {}),
});
const wage = (doc: string, amount: number, more: Partial<Wage> = {}, quote = 'The mill offered 40 pounds.'): Wage => ({
  id: `wage-${++n}`, amount, currency: 'GBP', period: 'week', role: 'offer', sources: [src(doc, quote)], ...more,
});

type Facts = { incidents?: Incident[]; actions?: SolidarityAction[]; wages?: Wage[] };
function input(facts: Facts, dates?: Record<string, string>): EvalInput {
  const feed: CampaignFeed = {
    version: 'https://jsonfeed.org/version/1.1', title: 'Test',
    items: Object.entries(ITEM).map(([file, id]) => ({
      id, date_published: `${dates?.[file] ?? '2020-03-06'}T00:00:00Z`,
      _source: { file, date_precision: (dates?.[file] ?? '2020-03-06').length === 7 ? 'month' : 'day' },
    })),
    _campaign: { schema: 1, generated: '2020-01-01T00:00:00Z', incidents: [], actions: [], wages: [], ...facts },
  };
  return { feed, documents: Object.entries(ITEM).map(([file, id]) => ({ file, items: [id] })), bodies: BODIES };
}

const gold = (g: Partial<Gold>): Gold =>
  ({ incidents: [], actions: [], wages: [], items: [], not_wages: [], silent: [], ...g });
const Q = 'Riverside mill hands walked out on Friday.';

test('incident dates match at the gold precision', () => {
  const g = gold({ incidents: [
    { doc: 'a.txt', date: '2020-03', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'a.txt', date: '2020-04', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'a.txt', date: '2020-05-02', country: 'GB', kind: 'strike', quote: Q },
  ] });
  // A month-gold takes a day of that month; a day-gold refuses the month; a year matches neither.
  const r = scoreBuild(input({ incidents: [inc('a.txt', '2020-03-06', 'GB'), inc('a.txt', '2020-04', 'GB'),
    inc('a.txt', '2020-05', 'GB'), inc('a.txt', '2020', 'GB')] }), g);
  assert.deepEqual(r.scores.incidents, { gold: 3, extracted: 4, matched: 2, recall: 2 / 3, precision: 2 / 4 });
  assert.deepEqual(r.misses.map((m) => m.fields.date), ['2020-05-02']);
  // Its nearest extract (same quote) differs on the date only.
  assert.deepEqual(r.misses[0].nearest?.differs, ['date']);
});

test('incident country must agree, and every count gold gives', () => {
  const g = gold({ incidents: [
    { doc: 'a.txt', date: '2020-03-06', country: 'GB', kind: 'arrest', arrested: 5, quote: Q },
    { doc: 'a.txt', date: '2020-03-07', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'a.txt', date: '2020-03-08', country: 'GB', kind: 'strike', quote: Q },
  ] });
  const r = scoreBuild(input({ incidents: [
    inc('a.txt', '2020-03-06', 'GB', { kind: 'arrest', arrested: { value: 4, qualifier: 'exact' } }),
    inc('a.txt', '2020-03-06', 'GB', { kind: 'arrest', arrested: { value: 5, qualifier: 'at-least' } }),
    // No count in gold: an extracted count does not stop the match, but the field table shows it.
    inc('a.txt', '2020-03-07', 'GB', { participants: { value: 300, qualifier: 'exact' } }),
    inc('a.txt', '2020-03-08', 'FR'),
  ] }), g);
  assert.equal(r.scores.incidents.matched, 2);
  const field = (name: string) => r.fields.incidents.find((f) => f.field === name)!;
  assert.deepEqual(field('arrested').matched, [1, 1]);
  assert.deepEqual(field('participants').matched, [0, 1]);
  assert.deepEqual(field('kind').matched, [2, 2]);
  const extras = r.extras.filter((e) => e.kind === 'incidents').map((e) => [e.fields.arrested, e.fields.country]);
  assert.deepEqual(extras, [[4, 'GB'], [undefined, 'FR']]);
});

test('one-to-one: a duplicate is a false positive; the matching finds the most pairs', () => {
  const one = gold({ incidents: [{ doc: 'a.txt', date: '2020-03-06', country: 'GB', kind: 'strike', quote: Q }] });
  const twice = [inc('a.txt', '2020-03-06', 'GB'), inc('a.txt', '2020-03-06', 'GB')];
  const dup = scoreBuild(input({ incidents: twice }), one);
  assert.equal(dup.scores.incidents.matched, 1);
  assert.equal(dup.scores.incidents.precision, 0.5);
  assert.equal(dup.extras.filter((e) => e.kind === 'incidents').length, 1);
  // The month-gold comes first and could take the day that only the day-gold can use.
  const two = gold({ incidents: [
    { doc: 'a.txt', date: '2020-03', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'a.txt', date: '2020-03-06', country: 'GB', kind: 'strike', quote: Q },
  ] });
  const r = scoreBuild(input({ incidents: [inc('a.txt', '2020-03-06', 'GB'), inc('a.txt', '2020-03-20', 'GB')] }), two);
  assert.equal(r.scores.incidents.matched, 2);
});

test('facts from another document never match; a fact with sources in two documents counts in each', () => {
  const g = gold({ incidents: [
    { doc: 'a.txt', date: '2020-03-06', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'b.txt', date: '2020-03-06', country: 'GB', kind: 'strike', quote: Q },
  ] });
  const both = inc('a.txt', '2020-03-06', 'GB');
  both.sources.push(src('b.txt', 'Pickets stood at the consulate in Lyon.'));
  const r = scoreBuild(input({ incidents: [both] }), g);
  assert.deepEqual(r.scores.incidents, { gold: 2, extracted: 2, matched: 2, recall: 1, precision: 1 });
  const elsewhere = inc('b.txt', '2020-03-06', 'GB', {}, 'A petition went round the web.');
  const other = scoreBuild(input({ incidents: [elsewhere] }), gold({ incidents: [g.incidents[0]] }));
  assert.equal(other.scores.incidents.matched, 0);
});

test('actions: gold XX takes no country; dates strictly within from–to', () => {
  const P = 'A petition went round the web.';
  const g = gold({ actions: [
    { doc: 'b.txt', from: '2020-03-04', to: '2020-03-04', country: 'XX', kind: 'petition', quote: P },
    { doc: 'b.txt', from: '2020-03-05', to: '2020-03-05', country: 'FR', kind: 'protest', quote: P },
    { doc: 'b.txt', from: '2020-04-01', to: '2020-04-30', country: 'FR', kind: 'protest', quote: P },
  ] });
  const r = scoreBuild(input({ actions: [
    act('b.txt', '2020-03-04', undefined),
    act('b.txt', '2020-03', 'FR'), // a month does not fit one day
    act('b.txt', '2020-04', 'FR'), // but fits the whole month
  ] }), g);
  assert.equal(r.scores.actions.matched, 2);
  assert.deepEqual(r.misses.map((m) => m.fields.date), ['2020-03-05']);
  const one = (a: SolidarityAction, i: number): number =>
    scoreBuild(input({ actions: [a] }), gold({ actions: [g.actions[i]] })).scores.actions.matched;
  assert.equal(one(act('b.txt', '2020-03-04', 'FR'), 0), 0, 'XX refuses an action with a country');
  assert.equal(one(act('b.txt', '2020-03-05', undefined), 1), 0, 'a country refuses an action with none');
});

test('wages match on amount, currency and role; period is only reported', () => {
  const W = 'The mill offered 40 pounds.';
  const g = gold({ wages: [{ doc: 'a.txt', amount: 40, currency: 'GBP', period: 'week', role: 'offer', quote: W }] });
  const cases: [Partial<Wage>, number][] = [
    [{}, 1], [{ period: 'day' }, 1], [{ role: 'demand' }, 0], [{ currency: 'USD' }, 0],
  ];
  for (const [more, matched] of cases) {
    const r = scoreBuild(input({ wages: [wage('a.txt', 40, more)] }), g);
    assert.equal(r.scores.wages.matched, matched, JSON.stringify(more));
  }
  assert.equal(scoreBuild(input({ wages: [wage('a.txt', 41)] }), g).scores.wages.matched, 0);
  const r = scoreBuild(input({ wages: [wage('a.txt', 40, { period: 'day' })] }), g);
  assert.deepEqual(r.fields.wages.find((f) => f.field === 'period')?.matched, [0, 1]);
});

test('not-wages are counted per document; silent documents must give no fact', () => {
  const g = gold({
    not_wages: [{ doc: 'a.txt', amount: 40, why: 'an offer of a rise' }],
    silent: ['quiet.txt'],
  });
  const r = scoreBuild(input({
    wages: [wage('a.txt', 40), wage('b.txt', 40, {}, 'Pickets stood at the consulate in Lyon.')],
    incidents: [inc('quiet.txt', '2020-03-06', 'GB', {}, 'An essay on fair pay and why it matters.')],
  }), g);
  assert.equal(r.notWagesHit, 1);
  assert.equal(r.details.notWages[0].doc, 'a.txt');
  assert.equal(r.silentFacts, 1);
  assert.equal(r.details.silent[0].doc, 'quiet.txt');
});

test('quotes must stand in their document, white space folded on both sides', () => {
  const r = scoreBuild(input({ incidents: [
    inc('a.txt', '2020-03-06', 'GB', {}, 'Guards held five organisers\novernight.'),
    inc('a.txt', '2020-03-06', 'GB', {}, 'Guards held six organisers overnight.'),
    inc('b.txt', '2020-03-06', 'GB', {}, 'Riverside mill hands walked out on Friday.'), // in a.txt, not b.txt
  ] }), gold({}));
  assert.equal(r.nonVerbatimQuotes, 2);
  assert.deepEqual(r.details.nonVerbatim.map((q) => q.doc), ['a.txt', 'b.txt']);
  // Without bodies, the items' content_text is the document.
  const noBodies = input({ incidents: [inc('a.txt', '2020-03-06', 'GB')] });
  delete noBodies.bodies;
  assert.equal(scoreBuild(noBodies, gold({})).nonVerbatimQuotes, 1, 'no content_text: nothing is verbatim');
});

test('items match on document and date at the gold precision', () => {
  const g = gold({ items: [
    { doc: 'a.txt', date: '2020-03' }, { doc: 'b.txt', date: '2020-03-07' }, { doc: 'quiet.txt', date: '2020-03-06' },
  ] });
  const r = scoreBuild(input({}, { 'a.txt': '2020-03-06', 'b.txt': '2020-03' }), g);
  assert.deepEqual(r.scores.items, { gold: 3, extracted: 3, matched: 2, recall: 2 / 3, precision: 2 / 3 });
});

test('formatEval prints the table first, then the checks, fields, misses and extras', () => {
  const g = gold({ incidents: [
    { doc: 'a.txt', date: '2020-03-06', country: 'GB', kind: 'strike', quote: Q },
    { doc: 'a.txt', date: '2020-03-07', country: 'GB', kind: 'strike', quote: Q },
  ] });
  const items = Object.keys(ITEM).map((doc) => ({ doc, date: '2020-03-06' }));
  const facts = { incidents: [inc('a.txt', '2020-03-06', 'GB'), inc('a.txt', '2019-01', 'GB')] };
  const text = formatEval(scoreBuild(input(facts), { ...g, items }));
  assert.match(text, /^incidents +0\.50 \(1\/2\) +0\.50 \(1\/2\) +2 +2 +1$/m);
  assert.match(text, /^actions +— \(0\/0\) +— \(0\/0\)/m);
  assert.match(text, /One-to-one matching/);
  assert.match(text, /Misses \(gold facts not matched\): 1\n {2}incidents \(1\)\n/);
  assert.match(text, /\n {4}a\.txt {2}2020-03-07 GB strike\n {6}"Riverside/);
  assert.match(text, /Extras \(extracted facts matching no gold fact\): 1/);
  const order = ['recall', 'Must be 0', 'Field agreement', 'Misses', 'Extras'].map((h) => text.indexOf(h));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  assert.ok(text.split('\n').every((l) => !/\s$/.test(l)), 'no trailing spaces');
});

test('parseGold names the entry, the field and what was expected', () => {
  const bad = parseGold({
    incidents: [
      { doc: 'a.txt', date: '2020', country: 'GB', kind: 'strike', quote: Q },
      { doc: 'a.txt', date: '2020-02-30', country: 'gb', kind: 'riot', death: 2, quote: Q },
    ],
    actions: [{ doc: 'b.txt', from: '2020-03-05', to: '2020-03-04', country: 'XX', kind: 'petition', quote: 'x' }],
    wages: [{ doc: 'a.txt', amount: '40', currency: 'GBP', period: 'week', quote: 'x' }],
    items: {},
    silent: ['quiet.txt', 3],
    notes: 'x',
  }, 'g.json');
  assert.equal(bad.ok, false);
  const errors = bad.ok ? [] : bad.errors;
  const expected = [
    'g.json: unknown key "notes"',
    'g.json: incidents[0] (a.txt): field "date": expected a real date "YYYY-MM-DD" or "YYYY-MM", got "2020"',
    'g.json: incidents[1] (a.txt): unknown field "death"',
    'g.json: incidents[1] (a.txt): field "date": expected a real date',
    'g.json: incidents[1] (a.txt): field "country": expected an ISO 3166 alpha-2 code',
    'g.json: incidents[1] (a.txt): field "kind": expected one of strike, protest',
    'g.json: actions[0] (b.txt): field "to": expected a date on or after "from"',
    'g.json: wages[0] (a.txt): field "amount": expected a number > 0, got "40"',
    'g.json: wages[0] (a.txt): field "role" is missing',
    'g.json: items: expected an array, got {}',
    'g.json: silent[1]: expected a document name, got 3',
  ];
  for (const e of expected) assert.ok(errors.some((x) => x.startsWith(e)), `${e}\n in:\n${errors.join('\n')}`);
  assert.equal(errors.length, expected.length, errors.join('\n'));
  assert.equal(parseGold([], 'g.json').ok, false);
  const incident = { doc: 'a.txt', date: '2020-03', country: 'GB', kind: 'strike', quote: Q };
  const good = parseGold({ about: 'invented', incidents: [incident] });
  assert.ok(good.ok && good.gold.incidents.length === 1 && good.gold.wages.length === 0);
});
