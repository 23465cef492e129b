// The same fact told twice within an item: an action told again without its place, and counts told
// without a date of their own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Count, Place } from '../../feed/types.js';
import { findPlaces } from '../language/places.js';
import type { ResolvedDate } from '../language/when.js';
import { foldActions, joinUndatedCounts } from './coreference.js';
import { findEvents, type SentenceEvent } from './events.js';
import type { ActionMention, IncidentMention, Mention } from './model.js';

const dayOf = (lo: number): ResolvedDate => ({ lo, hi: lo, stated: 'day', deictic: false, text: 'a day', notes: [] });
const FRIDAY = dayOf(19500);
const SATURDAY = dayOf(19501);
const LONDON: Place = { name: 'London', country: 'GB' };
const PARIS: Place = { name: 'Paris', country: 'FR' };
const about = (value: number): Count => ({ value, qualifier: 'about' });
const exact = (value: number): Count => ({ value, qualifier: 'exact' });

let order = 0;
function action(quote: string, extra: Partial<ActionMention> = {}): ActionMention {
  return {
    item: 'item', file: 'item.md', quote, order: String(order++), notes: [], hedged: false,
    type: 'action', kind: 'protest', label: 'protest', countries: [], date: FRIDAY, ...extra,
  };
}
function incident(quote: string, extra: Partial<IncidentMention> = {}): IncidentMention {
  return {
    item: 'item', file: 'item.md', quote, order: String(order++), notes: [], hedged: false,
    type: 'incident', kind: 'violence', label: 'violence', counts: {}, vague: {}, nouns: {}, countries: [],
    date: FRIDAY, ...extra,
  };
}
/** The one counted event of an undated sentence, as extract.ts hands it over. */
interface Undated {
  ev: SentenceEvent;
  kind: string;
  quote: string;
  country?: string;
}
function undated(quote: string, kind: string, country?: string): Undated {
  const evs = findEvents(quote, [], findPlaces(quote)).filter((e) => Object.keys(e.counts).length);
  assert.equal(evs.length, 1, `one counted event in "${quote}"`);
  return { ev: evs[0], kind, quote, country };
}
const city = (name: string) => findPlaces(`in ${name}`)[0];

test('a placeless protest of the same day joins the one with a place, as an extra quote with its count', () => {
  const placed = action('Campaigners protested outside the embassy in London on Friday.', { place: LONDON });
  const again = action('The protest drew about 60 people.', { participants: about(60) });
  const notes: string[] = [];
  const out = foldActions([placed, again], notes);
  assert.deepEqual(out, [placed]);
  assert.deepEqual(placed.extraQuotes, ['The protest drew about 60 people.']);
  assert.deepEqual(placed.participants, about(60));
  assert.equal(notes.length, 1);
  assert.match(notes[0], /The protest drew about 60 people/);
});

test('a count the placed action already has is kept', () => {
  const placed = action('Campaigners protested in London on Friday.', { place: LONDON, participants: exact(45) });
  foldActions([placed, action('The protest drew about 60 people.', { participants: about(60) })], []);
  assert.deepEqual(placed.participants, exact(45));
});

test('the placeless one may come first: it still joins the placed one', () => {
  const again = action('Protesters gathered outside the embassy.');
  const placed = action('Campaigners protested outside the embassy in London on Friday.', { place: LONDON });
  assert.deepEqual(foldActions([again, placed], []), [placed]);
  assert.deepEqual(placed.extraQuotes, ['Protesters gathered outside the embassy.']);
});

test('two places on the same day stay two actions', () => {
  const london = action('Campaigners protested in London on Friday.', { place: LONDON });
  const paris = action('Campaigners protested in Paris on Friday.', { place: PARIS });
  const out = foldActions([london, paris], []);
  assert.deepEqual(out, [london, paris]);
  assert.equal(london.extraQuotes, undefined);
  assert.equal(paris.extraQuotes, undefined);
});

test('another day or another kind is another action', () => {
  const placed = action('Campaigners protested in London on Friday.', { place: LONDON });
  const saturday = action('Protesters gathered again on Saturday.', { date: SATURDAY });
  const letter = action('Unions wrote to the ambassador.', { kind: 'letter', label: 'letter' });
  assert.deepEqual(foldActions([placed, saturday, letter], []), [placed, saturday, letter]);
  assert.equal(placed.extraQuotes, undefined);
});

test('an action told as "the protest" with nothing to join is dropped; a plain placeless one is kept', () => {
  const definite = action('The protest was peaceful.', { definite: true });
  const plain = action('Campaigners protested on Saturday.', { date: SATURDAY });
  assert.deepEqual(foldActions([definite, plain], []), [plain]);
});

test('one of a list of places ("embassies in …") is no place to join', () => {
  const listed = action('Unions protested at embassies in London and Paris.', { place: LONDON, fromPlural: true });
  const again = action('Protesters gathered outside the embassy.');
  assert.deepEqual(foldActions([listed, again], []), [listed, again]);
  assert.equal(listed.extraQuotes, undefined);
});

test('incidents pass through untouched', () => {
  const inc = incident('Police beat the pickets on Friday.');
  const placed = action('Campaigners protested in London on Friday.', { place: LONDON });
  const out: Mention[] = foldActions([inc, placed], []);
  assert.deepEqual(out, [inc, placed]);
});

test('an undated count joins the one dated incident of its family', () => {
  const violence = incident('Troops fired on the crowd on Friday.');
  const notes: string[] = [];
  joinUndatedCounts([violence], [undated('By nightfall 57 people had died.', 'killing')], notes);
  assert.deepEqual(violence.counts.deaths, exact(57));
  assert.deepEqual(violence.extraQuotes, ['By nightfall 57 people had died.']);
  assert.equal(notes.length, 1);
});

test('a firm count replaces an "about" one; it never replaces another firm one', () => {
  const rough = incident('Troops fired on the crowd on Friday, killing about 60 people.', {
    counts: { deaths: about(60) },
  });
  joinUndatedCounts([rough], [undated('By nightfall 57 people had died.', 'killing')], []);
  assert.deepEqual(rough.counts.deaths, exact(57));

  const firm = incident('Troops fired on the crowd on Friday, killing 52 people.', { counts: { deaths: exact(52) } });
  const notes: string[] = [];
  joinUndatedCounts([firm], [undated('By nightfall 57 people had died.', 'killing')], notes);
  assert.deepEqual(firm.counts.deaths, exact(52));
  assert.equal(firm.extraQuotes, undefined);
  assert.deepEqual(notes, []);
});

test('with two candidates of the family the count joins neither', () => {
  const a = incident('Troops fired on marchers in Lahore on Friday.', { city: city('Lahore'), country: 'PK' });
  const b = incident('Police fired on marchers in Karachi on Saturday.', {
    city: city('Karachi'), country: 'PK', date: SATURDAY,
  });
  joinUndatedCounts([a, b], [undated('By nightfall 57 people had died.', 'killing', 'PK')], []);
  assert.equal(a.counts.deaths, undefined);
  assert.equal(b.counts.deaths, undefined);
});

test('with two candidates, the one whose city the sentence names takes the count', () => {
  const a = incident('Troops fired on marchers in Lahore on Friday.', { city: city('Lahore'), country: 'PK' });
  const b = incident('Police fired on marchers in Karachi on Saturday.', {
    city: city('Karachi'), country: 'PK', date: SATURDAY,
  });
  joinUndatedCounts([a, b], [undated('In Karachi the mayor said 57 people had died.', 'killing', 'PK')], []);
  assert.equal(a.counts.deaths, undefined);
  assert.deepEqual(b.counts.deaths, exact(57));
});

test('a count of another family, or of another country, joins nothing', () => {
  const violence = incident('Troops fired on the crowd on Friday.', { country: 'PK' });
  joinUndatedCounts([violence], [undated('Later 30 drivers were detained.', 'arrest', 'PK')], []);
  assert.deepEqual(violence.counts, {});
  joinUndatedCounts([violence], [undated('By nightfall 57 people had died.', 'killing', 'IN')], []);
  assert.deepEqual(violence.counts, {});
});
