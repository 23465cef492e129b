// What an event is: the workers' own incident or a solidarity action by others, and its kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActionKind, IncidentKind } from '../../feed/types.js';
import { findPlaces } from '../language/places.js';
import { findDateMentions } from '../language/when.js';
import { actionKindOf, classify, type Classified } from './classify.js';
import { findEvents, type SentenceEvent } from './events.js';
import { locate } from './locate.js';
import { FUTURE, publishedRange } from './sentence-info.js';

interface Read {
  ev: SentenceEvent;
  c: Classified | undefined;
}

/**
 * Every event of a sentence classified, with the context extract.ts gives: the document's own
 * country (`home`), where locate.ts puts the event, and whether the item names workers.
 */
function read(text: string, home: string, workersNamed = true): Read[] {
  const dates = findDateMentions(text, { published: publishedRange('2023-06-15'), future: FUTURE.test(text) });
  const places = findPlaces(text);
  return findEvents(text, dates, places).map((ev) => {
    const where = locate(text, ev, places, home);
    if (where.embassyOf && !where.place && where.country === home) where.country = undefined;
    const c = classify(ev, { sentence: text, workersNamed, home, where: where.country, atEmbassy: !!where.embassyOf });
    return { ev, c };
  });
}
const incident = (kind: IncidentKind): Classified => ({ family: 'incident', kind });
const action = (kind: ActionKind): Classified => ({ family: 'action', kind });

/** The classification of the one event of a class in the sentence. */
function of(text: string, cls: string, home: string, workersNamed = true): Classified | undefined {
  const found = read(text, home, workersNamed).filter((r) => r.ev.cls === cls);
  assert.equal(found.length, 1, `one ${cls} event in "${text}"`);
  return found[0].c;
}

test('the workers\' own protest at home is an incident', () => {
  assert.deepEqual(of('Garment workers protested outside the factory in Dhaka on Monday.', 'protest', 'BD'),
    incident('protest'));
});

test('a protest at a high commission or an embassy is a solidarity action, whoever holds it', () => {
  assert.deepEqual(of('Garment workers protested outside the Bangladesh High Commission in London.', 'protest', 'BD'),
    action('protest'));
  assert.deepEqual(of('Workers demonstrated at the Cambodian embassy in Dhaka.', 'protest', 'BD'), action('protest'));
});

test('"protesters" abroad are an action; at home, in an item that names workers, they are the workers', () => {
  assert.deepEqual(of('Protesters rallied in Lyon on Monday.', 'protest', 'BD'), action('rally'));
  assert.deepEqual(of('Protesters rallied in Lyon on Monday.', 'protest', 'FR'), incident('protest'));
});

test('people who are not workers protesting are an action, even at home', () => {
  assert.deepEqual(of('Students rallied in Lyon on Monday.', 'protest', 'FR'), action('rally'));
  assert.deepEqual(of('Protesters rallied in Lyon on Monday.', 'protest', 'FR', false), action('rally'));
});

test('a protest "in solidarity" is an action, even by workers at home', () => {
  const text = 'Garment workers protested in Dhaka on Monday in solidarity with sacked colleagues.';
  assert.deepEqual(of(text, 'protest', 'BD'), action('protest'));
});

test('asking for others\' release: an action by others, the workers\' story when workers ask it', () => {
  assert.deepEqual(of('Nurses marched in Dhaka to demand the release of jailed drivers.', 'protest', 'BD'),
    action('march'));
  assert.deepEqual(of('Dockers marched in Dhaka to demand the release of jailed drivers.', 'protest', 'BD'),
    incident('protest'));
});

test('statements, open letters and petitions are actions', () => {
  assert.deepEqual(of('The ITUC issued a statement on Monday.', 'statement', 'BD'), action('statement'));
  assert.deepEqual(of('Unions sent an open letter to the minister.', 'letter', 'BD'), action('letter'));
  assert.deepEqual(of('Activists launched a petition.', 'petition', 'BD'), action('petition'));
});

test('a protest that is the object of a reaction stays the workers\' incident', () => {
  const rs = read('The ITUC condemned the rally in Dhaka.', 'BD');
  assert.deepEqual(rs.find((r) => r.ev.cls === 'protest')?.c, incident('protest'));
  assert.deepEqual(rs.find((r) => r.ev.cls === 'statement')?.c, action('statement'));
  // The same organisation holding the rally itself is a solidarity action.
  assert.deepEqual(of('The ITUC held a rally in Dhaka.', 'protest', 'BD'), action('rally'));
});

test('"condemned" by the workers themselves is no statement; by an organisation it is', () => {
  assert.equal(of('The strikers condemned the police violence.', 'statement', 'BD'), undefined);
  assert.deepEqual(of('The ITUC condemned the police violence.', 'statement', 'BD'), action('statement'));
});

test('what a statement reacts to is still an incident', () => {
  assert.deepEqual(of('The ITUC condemned the police violence.', 'violence', 'BD'), incident('violence'));
});

test('workers handing in petitions at home are their own protest; abroad it is a petition', () => {
  assert.deepEqual(of('The workers handed in petitions to the labour office in Dhaka.', 'petition', 'BD'),
    incident('protest'));
  assert.deepEqual(of('The workers handed in petitions to the labour office in Lyon.', 'petition', 'BD'),
    action('petition'));
});

test('arrests, injuries and dismissals are incidents of their kind', () => {
  assert.deepEqual(of('Police arrested 200 people near the mill.', 'arrest', 'BD'), incident('arrest'));
  assert.deepEqual(of('Police beat and injured 14 drivers in Dhaka.', 'injury', 'BD'), incident('violence'));
  assert.deepEqual(of('The owner sacked 40 drivers.', 'dismissal', 'BD'), incident('dismissal'));
});

test('an action\'s kind follows its word: rally, march, vigil', () => {
  const kind = (text: string, cls: string): string =>
    actionKindOf(read(text, 'BD').find((r) => r.ev.cls === cls)!.ev);
  assert.equal(kind('Students rallied in Lyon.', 'protest'), 'rally');
  assert.equal(kind('Students marched in Lyon.', 'protest'), 'march');
  assert.equal(kind('Students held a vigil in Lyon.', 'vigil'), 'vigil');
  assert.equal(kind('Students picketed in Lyon.', 'protest'), 'protest');
});
