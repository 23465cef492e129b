// Extraction rules on small documents of our own: what becomes a fact, and what never does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CampaignFeed } from '../../feed/types.js';
import { validateFeed } from '../../feed/validate.js';
import { buildFeed } from '../build.js';

const enc = new TextEncoder();
function build(...docs: [string, string][]): CampaignFeed {
  const r = buildFeed(docs.map(([file, text]) => ({ file, bytes: enc.encode(text) })), { now: new Date('2024-01-01T00:00:00Z') });
  assert.deepEqual(r.problems, []);
  assert.deepEqual(validateFeed(r.feed), []);
  return r.feed;
}
const doc = (published: string, body: string): string => `---\npublished: ${published}\nkind: article\n---\n${body}\n`;

test('"a street vendor was killed" is one death, exact', () => {
  const f = build(['a.md', doc('2014-01-04', 'In Phnom Penh, Cambodia, a street vendor was killed by police yesterday.')]);
  const [k] = f._campaign!.incidents!;
  assert.deepEqual(k.deaths, { value: 1, qualifier: 'exact' });
  assert.equal(k.date, '2014-01-03');
  assert.equal(k.place?.name, 'Phnom Penh');
});

test('"hundreds" gives a fact with no invented number', () => {
  const f = build(['a.md', doc('2014-02-10', 'In Cambodia, factories ordered the dismissal of hundreds of workers in January.')]);
  const [d] = f._campaign!.incidents!;
  assert.equal(d.kind, 'dismissal');
  assert.equal(d.participants, undefined);
  assert.match(d.title, /hundreds/i);
});

test('negated events are not facts; quoted speech is a fact marked for review', () => {
  const r = buildFeed([{ file: 'a.md', bytes: enc.encode(doc('2014-02-10', 'In Cambodia no workers were arrested on Monday. The minister said: "Two workers were killed yesterday, but that was an accident."')) }], { now: new Date('2024-01-01T00:00:00Z') });
  const inc = r.feed._campaign!.incidents!;
  assert.deepEqual(inc.map((i) => [i.kind, i.date, i.deaths?.value]), [['killing', '2014-02-09', 2]]);
  assert.ok(r.facts.incidents[0]._draft.notes.some((n) => /quoted speech/.test(n)));
  assert.ok(!inc.some((i) => i.kind === 'arrest'), 'no arrest: the text says none happened');
});

test('counts stay with their own trigger: 23 arrested are never 23 dead', () => {
  const f = build(['a.md', doc('2014-02-10', 'In Cambodia the crackdown led to the deaths of at least four people in early January, the arrest of 23 workers, and the dismissal of hundreds more.')]);
  const inc = f._campaign!.incidents!;
  assert.deepEqual(inc.find((i) => i.kind === 'killing')?.deaths, { value: 4, qualifier: 'at-least' });
  assert.deepEqual(inc.find((i) => i.kind === 'arrest')?.arrested, { value: 23, qualifier: 'exact' });
  assert.equal(inc.find((i) => i.kind === 'arrest')?.deaths, undefined);
  assert.ok(inc.every((i) => i.date === '2014-01'));
});

test('demonstrations at embassies in a list of countries: one action per country, at its capital', () => {
  const f = build(['a.md', doc('2014-01-20', 'On Monday, demonstrations were held outside Cambodian embassies in Germany, the Philippines and Turkey to condemn the killings in Cambodia.')]);
  const acts = f._campaign!.actions!;
  assert.deepEqual(acts.map((a) => a.place?.country).sort(), ['DE', 'PH', 'TR']);
  const de = acts.find((a) => a.place?.country === 'DE')!;
  assert.equal(de.date, '2014-01-20');
  assert.ok(Math.abs(de.place!.lat! - 52.52) < 0.1 && Math.abs(de.place!.lon! - 13.4) < 0.1, 'Berlin');
  assert.match(de.title, /Cambodian embassy in Germany/);
  assert.ok(!acts.some((a) => a.place?.country === 'KH'), 'the country protested about is not a protest place');
});

test('a march with a route', () => {
  const f = build(['a.md', doc('2014-08-20', 'About 50 villagers began a march from Kampong Chhnang province to Phnom Penh on 12 August 2014.')]);
  const [m] = f._campaign!.actions!;
  assert.equal(m.kind, 'march');
  assert.deepEqual(m.route?.map((p) => p.name), ['Kampong Chhnang', 'Phnom Penh']);
  assert.deepEqual(m.participants, { value: 50, qualifier: 'about' });
});

test('an incident elsewhere keeps its own country: the campaign country fills only a silence', () => {
  const r = buildFeed([
    { file: 'a.md', bytes: enc.encode(doc('2014-02-10', 'In Cambodia, 23 workers were arrested on 2 January. Cambodia, Cambodia.')) },
    { file: 'b.md', bytes: enc.encode(doc('2014-02-10', 'In Bangladesh, 10 workers were arrested on 5 January.')) },
  ]);
  assert.equal(r.feed._campaign!.country, 'KH');
  const byCountry = r.feed._campaign!.incidents!.map((i) => [i.place?.country, i.arrested?.value, i.date]).sort();
  assert.deepEqual(byCountry, [['BD', 10, '2014-01-05'], ['KH', 23, '2014-01-02']]);
});

test('an opinion piece is an item with no facts', () => {
  const f = build(['op.md', doc('2014-03', 'Brands should pay prices that let factories pay decent wages. Workers deserve respect.')]);
  assert.equal(f.items.length, 1);
  assert.deepEqual([f._campaign!.wages, f._campaign!.incidents, f._campaign!.actions], [[], [], []]);
});

test('one fact in two documents: one fact, both quotes, the largest at-least count, the most precise date', () => {
  const f = build(
    ['a.md', doc('2014-02-10', 'In Cambodia, soldiers killed at least four people in early January.')],
    ['b.md', doc('2014-01-05', 'In Phnom Penh, Cambodia, at least five people were killed on January 3.')],
  );
  const k = f._campaign!.incidents!.filter((i) => i.kind === 'killing');
  assert.equal(k.length, 1);
  assert.equal(k[0].date, '2014-01-03');
  assert.deepEqual(k[0].deaths, { value: 5, qualifier: 'at-least' });
  assert.equal(k[0].sources.length, 2);
});

test('contradicting exact counts are not merged into either number', () => {
  const f = build(
    ['a.md', doc('2014-01-05', 'In Cambodia, four people were killed on January 3.')],
    ['b.md', doc('2014-01-05', 'In Cambodia, six people were killed on January 3.')],
  );
  const deaths = f._campaign!.incidents!.map((i) => i.deaths?.value).sort();
  assert.deepEqual(deaths, [4, 6]);
});

test('undated mentions become no fact, and the date comes from the sentence that gives it', () => {
  const f = build(['a.md', doc('2014-01-05', 'In Cambodia, workers have been arrested. Police fired live ammunition at workers in Phnom Penh today. At least four people were killed.')]);
  const inc = f._campaign!.incidents!;
  assert.equal(inc.length, 1);
  assert.equal(inc[0].date, '2014-01-05');
  assert.deepEqual(inc[0].deaths, { value: 4, qualifier: 'at-least' });
});

test('a news lead of our own: own march, shooting, a death the next day, wages, a protest abroad', () => {
  // Published Friday 12 January 2024: Tuesday is the 9th, Wednesday the 10th, Thursday the 11th.
  const r = buildFeed([{ file: 'lead.md', bytes: enc.encode(doc('2024-01-12', [
    'Riot police fired tear gas and rubber bullets at thousands of textile workers marching to the labour ministry in Dhaka on Tuesday, injuring at least 20 people.',
    'One worker, Rahim Uddin, 24, died in hospital on Wednesday.',
    'The workers want the monthly minimum wage raised to Tk 16,000.',
    'The government fixed it at Tk 8,000 in December.',
    'Campaigners protested outside the Bangladesh High Commission in London on Thursday in solidarity with the strikers.',
  ].join(' '))) }], { now: new Date('2024-02-01T00:00:00Z') });
  const c = r.feed._campaign!;
  const violence = c.incidents!.find((i) => i.kind === 'violence');
  assert.equal(violence?.date, '2024-01-09');
  assert.equal(violence?.place?.country, 'BD');
  assert.deepEqual(violence?.injured, { value: 20, qualifier: 'at-least' });
  const killing = c.incidents!.find((i) => i.kind === 'killing');
  assert.equal(killing?.date, '2024-01-10');
  assert.deepEqual(killing?.deaths, { value: 1, qualifier: 'exact' });
  assert.ok(c.incidents!.every((i) => i.place?.country === 'BD'), 'the workers\' own march is an incident in Bangladesh');
  assert.deepEqual(c.wages!.map((w) => [w.amount, w.currency, w.period, w.role]).sort(),
    [[16000, 'BDT', 'month', 'demand'], [8000, 'BDT', 'month', 'minimum']].sort());
  assert.equal(c.actions!.length, 1, 'one solidarity action');
  const [action] = c.actions!;
  assert.deepEqual([action.kind, action.date, action.place?.country, action.place?.name], ['protest', '2024-01-11', 'GB', 'London']);
});

test('from a piece dated only by month, "on Monday" and "last week" give no day: a day the text does not give is never made up', () => {
  const f = build(['a.md', doc('2024-03', 'In Cambodia, workers went on strike on Monday. Police arrested 12 workers last week.')]);
  for (const i of f._campaign!.incidents!) assert.notEqual(i.date.length, 10, `${i.kind}: ${i.date}`);
});

test('"May" is a month, not a modal; a date or a span is never a head count', () => {
  const f = build(['a.md', doc('2020-06-01', 'In Bangladesh, on 12 May the dockers went on strike in Chittagong. In 2019 the workers went on strike too.')]);
  const strike = f._campaign!.incidents!.find((i) => i.date === '2020-05-12');
  assert.equal(strike?.kind, 'strike');
  assert.equal(strike?.participants, undefined, '12 is the day, not the strikers');
});

test('"London, UK, and Paris, France": two places; an agency after a dateline city', () => {
  const f = build(['a.md', doc('2021-03-02', 'Nairobi (Reuters) - On Monday, supporters held solidarity protests in London, UK, and Paris, France, outside the Kenyan embassies.')]);
  assert.deepEqual(f._campaign!.actions!.map((a) => a.place?.country).sort(), ['FR', 'GB']);
});
