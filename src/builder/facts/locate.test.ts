// Where an event happened: the place the text puts it in, never the country it is aimed at.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaces } from '../language/places.js';
import { findDateMentions } from '../language/when.js';
import { findEvents } from './events.js';
import { isTarget, locate, type Located } from './locate.js';
import { FUTURE, publishedRange } from './sentence-info.js';

/** Where the one event of a class in the sentence is, for a document about `home`. */
function where(text: string, cls: string, home?: string): Located {
  const dates = findDateMentions(text, { published: publishedRange('2023-06-15'), future: FUTURE.test(text) });
  const places = findPlaces(text);
  const found = findEvents(text, dates, places).filter((e) => e.cls === cls);
  assert.equal(found.length, 1, `one ${cls} event in "${text}"`);
  return locate(text, found[0], places, home);
}

test('"outside the Bangladesh High Commission in London": in London, at Bangladesh\'s mission', () => {
  const w = where('Campaigners picketed outside the Bangladesh High Commission in London on Friday.', 'protest', 'BD');
  assert.equal(w.place?.entry.name, 'London');
  assert.equal(w.country, 'GB');
  assert.equal(w.embassyOf, 'BD');
});

test('"Cambodian embassies in Germany, Hong Kong and Turkey": a list of three places, none in Cambodia', () => {
  const text = 'Unions held protests outside Cambodian embassies in Germany, Hong Kong and Turkey.';
  const w = where(text, 'protest', 'KH');
  assert.deepEqual(w.list?.map((p) => p.entry.country), ['DE', 'HK', 'TR']);
  assert.equal(w.embassyOf, 'KH');
  assert.notEqual(w.country, 'KH');
});

test('a plural trigger with two cities lists both', () => {
  const w = where('Unions held protests in London and Paris on Friday.', 'protest', 'BD');
  assert.deepEqual(w.list?.map((p) => p.entry.name), ['London', 'Paris']);
});

test('"London, UK" is one place, not a list of two', () => {
  const w = where('Unions held protests in London, UK, on Friday.', 'protest', 'BD');
  assert.equal(w.place?.entry.name, 'London');
  assert.equal(w.country, 'GB');
  assert.equal(w.list, undefined);
});

test('"from Kampong Chhnang province to Phnom Penh" is a route, starting where it starts', () => {
  const w = where('About 80 farmworkers began a march from Kampong Chhnang province to Phnom Penh.', 'protest', 'KH');
  assert.deepEqual(w.route?.map((p) => p.entry.name), ['Kampong Chhnang', 'Phnom Penh']);
  assert.equal(w.place?.entry.name, 'Kampong Chhnang');
});

test('a target country ("the government of Bangladesh") is never the location', () => {
  const w = where('Nurses marched to urge the government of Bangladesh to act.', 'protest', 'KH');
  assert.equal(w.country, 'KH');
  assert.equal(w.place, undefined);
  // The same country named as where it happened is the location.
  assert.equal(where('Nurses rallied in Bangladesh to demand a raise.', 'protest', 'KH').country, 'BD');
});

test('a country\'s ministry or exporters are targets, not places', () => {
  const text = 'Nurses rallied outside Cambodia\'s Ministry of Commerce in Phnom Penh.';
  const [cambodia] = findPlaces(text);
  assert.equal(isTarget(text, cambodia), true);
  const other = 'Nurses rallied in Cambodia.';
  assert.equal(isTarget(other, findPlaces(other)[0]), false);
  assert.equal(where('Bangladesh\'s garment exporters faced a protest.', 'protest', 'KH').country, 'KH');
});

test('"a solidarity rally in the Japanese capital" is in Tokyo', () => {
  const w = where('Activists held a solidarity rally in the Japanese capital on Sunday.', 'protest', 'KH');
  assert.equal(w.place?.entry.name, 'Tokyo');
  assert.equal(w.country, 'JP');
});

test('with no place, a demonym of the clause says the country', () => {
  assert.equal(where('Cambodian garment workers protested.', 'protest', 'TH').country, 'KH');
});

test('with nothing in the sentence, the document\'s country', () => {
  const w = where('Activists held a solidarity rally.', 'protest', 'KH');
  assert.equal(w.country, 'KH');
  assert.equal(w.place, undefined);
});

test('each event takes the place of its own clause', () => {
  const text = 'Porters marched in Dhaka, while in Chittagong police arrested nine drivers.';
  assert.equal(where(text, 'protest', 'BD').place?.entry.name, 'Dhaka');
  assert.equal(where(text, 'arrest', 'BD').place?.entry.name, 'Chittagong');
});
