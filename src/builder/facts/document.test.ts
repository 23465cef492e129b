// What an item says about itself: its country, its dateline, which place a shared name means, and
// which "places" are people's surnames.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay } from '../language/calendar.js';
import { splitSentences } from '../language/sentences.js';
import { countriesOf, datelineOf, disambiguate, hintCountry, mostNamed } from './document.js';
import { analyse, publishedRange, type SentenceInfo } from './sentence-info.js';

/** Each sentence of a text read as extract.ts reads it. */
const infos = (text: string, published = '2023-06-15'): SentenceInfo[] =>
  splitSentences(text).map((s) => analyse(s, publishedRange(published)));
const names = (info: SentenceInfo): string[] => info.places.map((p) => `${p.text}:${p.entry.country}`);

test('a surname that is also a town is no place anywhere in the document', () => {
  const doc = infos('Union organiser Rosa Ibarra was beaten outside her home in Honduras. ' +
    'Ibarra\'s daughter saw the attack.');
  assert.deepEqual(names(doc[1]), ['Ibarra:EC'], 'alone, the name reads as the town');
  disambiguate(doc);
  assert.deepEqual(names(doc[1]), []);
  assert.deepEqual(names(doc[0]), ['Honduras:HN'], 'the country stays');
});

test('a town named where no one bears it as a surname stays a place', () => {
  const doc = infos('Miners marched in Ibarra on Monday. The federation backed them.');
  disambiguate(doc);
  assert.deepEqual(names(doc[0]), ['Ibarra:EC']);
});

test('a name several places share is the one in the country the document names most', () => {
  const spain = infos('Miners marched in Salamanca on Monday. Unions across Spain backed them. Spanish unions wrote.');
  disambiguate(spain);
  assert.deepEqual(names(spain[0]), ['Salamanca:ES']);
  const mexico = infos('Miners marched in Salamanca on Monday. Unions across Mexico backed them.');
  disambiguate(mexico);
  assert.deepEqual(names(mexico[0]), ['Salamanca:MX']);
});

test('a shared name in a document that names no country keeps its first reading', () => {
  const doc = infos('Miners marched in Salamanca on Monday.');
  const before = names(doc[0]);
  disambiguate(doc);
  assert.deepEqual(names(doc[0]), before);
});

test('"Florida" in a story about Uruguay is the Uruguayan department', () => {
  const doc = infos('Fruit pickers struck in Florida. Unions across Uruguay backed them. In Montevideo the union met.');
  disambiguate(doc);
  assert.deepEqual(names(doc[0]), ['Florida:UY']);
});

test('the document\'s country is the one it names most', () => {
  const doc = infos('Cambodian unions met in Phnom Penh. A Thai delegation came. Cambodia\'s unions thanked them.');
  const counts = countriesOf(doc);
  assert.ok((counts.get('KH') ?? 0) > (counts.get('TH') ?? 0));
  assert.equal(mostNamed(counts), 'KH');
});

test('a tie between countries is broken the same way every time', () => {
  assert.equal(mostNamed(new Map([['TH', 2], ['KH', 2]])), 'KH');
  assert.equal(mostNamed(new Map([['KH', 2], ['TH', 2]])), 'KH');
  assert.equal(mostNamed(new Map()), undefined);
});

test('"Lusaka, 14 March 2011: The federation …" is a dateline with its place and day', () => {
  const text = 'Lusaka, 14 March 2011: The federation condemned the arrest of nine dockers.';
  const d = datelineOf(infos(text, '2011-03-14'));
  assert.equal(d?.place.entry.name, 'Lusaka');
  assert.equal(d?.place.entry.country, 'ZM');
  assert.ok(d?.date);
  assert.equal(formatDay(d.date.lo), '2011-03-14');
});

test('"Nairobi - A union leader said …" is a dateline with no day', () => {
  const d = datelineOf(infos('Nairobi - A union leader said the stoppage would go on.'));
  assert.equal(d?.place.entry.name, 'Nairobi');
  assert.equal(d?.date, undefined);
});

test('a heading that starts with a country is no dateline', () => {
  assert.equal(datelineOf(infos('Kenya: dockers under pressure\nThe federation condemned the arrests.')), undefined);
  const text = 'Kenya, 14 March 2011: The federation condemned the arrests.';
  assert.equal(datelineOf(infos(text, '2011-03-14')), undefined);
});

test('a city named later in a sentence is no dateline', () => {
  assert.equal(datelineOf(infos('A union leader said the stoppage in Nairobi would go on.')), undefined);
  assert.equal(datelineOf(infos('Nairobi is calm after the stoppage.')), undefined);
});

test('a country named in the address or title is a hint', () => {
  assert.equal(hintCountry('/news/world/cambodia/garment-strike-ends'), 'KH');
  assert.equal(hintCountry('/news/world/garment-strike-ends'), undefined);
  assert.equal(hintCountry(undefined), undefined);
});
