// Events in one sentence: which trigger each count, date and place belongs to, and what the
// sentence says about it (negated, planned, reacted to, background).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDay } from '../language/calendar.js';
import { findPlaces } from '../language/places.js';
import { findDateMentions } from '../language/when.js';
import { findEvents, type SentenceEvent } from './events.js';
import { FUTURE, publishedRange } from './sentence-info.js';

/** The sentence's events, with its dates and places found as sentence-info.ts finds them. */
function events(text: string, published = '2023-06-15'): SentenceEvent[] {
  const dates = findDateMentions(text, { published: publishedRange(published), future: FUTURE.test(text) });
  return findEvents(text, dates, findPlaces(text));
}
const one = (text: string, cls: string): SentenceEvent => {
  const found = events(text).filter((e) => e.cls === cls);
  assert.equal(found.length, 1, `one ${cls} event in "${text}": ${found.length}`);
  return found[0];
};
const day = (e: SentenceEvent): string | undefined => (e.date ? formatDay(e.date.lo) : undefined);

test('a subject count goes to its passive verb: "23 workers were arrested"', () => {
  const e = one('In Dhaka, 23 workers were arrested on Monday.', 'arrest');
  assert.deepEqual(e.counts, { arrested: { value: 23, qualifier: 'exact' } });
  assert.equal(e.nouns.arrested, 'workers');
});

test('an object count goes to its active verb: "arrested 200 people"', () => {
  const e = one('Police arrested 200 people near the mill.', 'arrest');
  assert.deepEqual(e.counts, { arrested: { value: 200, qualifier: 'exact' } });
  assert.equal(e.actor, 'authorities');
});

test('"killing at least four people" is a count of deaths for the killing, not the shooting', () => {
  const es = events('Soldiers opened fire on the crowd, killing at least four people.');
  assert.deepEqual(es.find((e) => e.cls === 'killing')?.counts, { deaths: { value: 4, qualifier: 'at-least' } });
  assert.deepEqual(es.find((e) => e.cls === 'violence')?.counts, {});
});

test('two counts in one sentence go each to its own trigger', () => {
  const es = events('Troops killed at least three miners and detained 40 others.');
  assert.deepEqual(es.find((e) => e.cls === 'killing')?.counts, { deaths: { value: 3, qualifier: 'at-least' } });
  assert.deepEqual(es.find((e) => e.cls === 'arrest')?.counts, { arrested: { value: 40, qualifier: 'exact' } });
});

test('a count of arrested people never becomes a count of deaths', () => {
  for (const text of [
    'Police detained 31 workers; later that night one of them died.',
    '31 workers were detained after a clash in which a guard died.',
    'The raid left two people dead and 31 workers detained.',
  ]) {
    const es = events(text);
    assert.equal(es.find((e) => e.cls === 'arrest')?.counts.arrested?.value, 31, text);
    assert.ok(!es.some((e) => e.counts.deaths?.value === 31), `no 31 deaths in "${text}"`);
  }
});

test('negation: "no workers were arrested", "never went on strike"', () => {
  assert.equal(one('No workers were arrested during the sit-in.', 'arrest').negated, true);
  assert.equal(one('The porters never went on strike.', 'strike').negated, true);
  assert.equal(one('Nobody was hurt.', 'injury').negated, true);
  assert.equal(one('Four workers were arrested during the sit-in.', 'arrest').negated, false);
});

test('irrealis: planned, hoped for or a right is not an event that happened', () => {
  assert.equal(one('The union will strike next week.', 'strike').irrealis, true);
  assert.equal(one('Cleaners demanded the right to strike.', 'strike').irrealis, true);
  assert.equal(one('Drivers are threatening to strike.', 'strike').irrealis, true);
  assert.equal(one('The drivers went on strike.', 'strike').irrealis, false);
});

test('"to hand in a letter" is a purpose: the letter is irrealis, the gathering is not', () => {
  const es = events('They gathered at the gate to hand in a letter to the owner.');
  assert.equal(es.find((e) => e.cls === 'letter')?.irrealis, true);
  assert.equal(es.find((e) => e.cls === 'protest')?.irrealis, false);
});

test('"condemned the arrest of 12 union leaders": the arrest is the object of a reaction, with its count', () => {
  const es = events('The federation condemned the arrest of 12 union leaders.');
  const arrest = es.find((e) => e.cls === 'arrest')!;
  assert.equal(arrest.reaction, true);
  assert.deepEqual(arrest.counts.arrested, { value: 12, qualifier: 'exact' });
  assert.equal(es.find((e) => e.cls === 'statement')?.reaction, false);
});

test('the date of a sentence does not date what it reacts to', () => {
  const es = events('On 5 June the federation condemned the arrest of 12 union leaders.');
  assert.equal(day(es.find((e) => e.cls === 'statement')!), '2023-06-05');
  assert.equal(es.find((e) => e.cls === 'arrest')?.date, undefined);
});

test('"for leading strikes" is the reason for another event, no strike of its own', () => {
  const es = events('Six organisers were jailed for leading strikes.');
  assert.deepEqual(es.map((e) => e.cls), ['arrest']);
  assert.deepEqual(es[0].counts.arrested, { value: 6, qualifier: 'exact' });
});

test('"workers who were dismissed" is background told in a relative clause', () => {
  assert.equal(one('Workers who were dismissed last year returned to the gate.', 'dismissal').background, true);
  assert.equal(one('The owner dismissed forty workers last year.', 'dismissal').background, false);
});

test('"fired into a Feb. 23 protest": one violence event that takes in the protest and its date', () => {
  const es = events('Riot police fired into a Feb. 23 protest by bus drivers.');
  assert.deepEqual(es.map((e) => e.cls), ['violence']);
  assert.equal(day(es[0]), '2023-02-23');
  assert.match('Riot police fired into a Feb. 23 protest by bus drivers.'.slice(es[0].start, es[0].end), /protest$/);
});

test('"striking workers" describes people: no strike event', () => {
  const es = events('Striking workers blocked the road on Friday.');
  assert.ok(!es.some((e) => e.cls === 'strike'));
  assert.equal(es.find((e) => e.cls === 'protest')?.trigger, 'blocked the road');
});

test('a date in the trigger\'s own phrase wins over the date that opens the sentence', () => {
  const e = one('On Monday the union said police had arrested 30 workers on 3 June.', 'arrest');
  assert.equal(day(e), '2023-06-03');
  assert.equal(e.dateHow, 'phrase');
});

test('each trigger takes the date of its own phrase', () => {
  const es = events('Police detained five leaders on 2 March, a week after the strike on 20 February.');
  assert.equal(day(es.find((e) => e.cls === 'arrest')!), '2023-03-02');
  assert.equal(day(es.find((e) => e.cls === 'strike')!), '2023-02-20');
});

test('a clause of its own gives each event its own day', () => {
  const es = events('Guards fired tear gas at the pickets on Tuesday; on Wednesday one picket died.', '2023-06-15');
  assert.equal(day(es.find((e) => e.cls === 'violence')!), '2023-06-13');
  assert.equal(day(es.find((e) => e.cls === 'killing')!), '2023-06-14');
});

test('a date in a "since …" clause dates nothing else', () => {
  assert.equal(one('Police detained 14 dockers, since the port closed on 4 May.', 'arrest').date, undefined);
  const text = 'Dozens of workers have been arrested since the owners shut the mill in February.';
  assert.equal(one(text, 'arrest').date, undefined);
});

test('the one date of a sentence dates its events', () => {
  const e = one('Police detained 14 dockers at the port on 4 May.', 'arrest');
  assert.equal(day(e), '2023-05-04');
});

test('"a woman was killed": one death', () => {
  assert.deepEqual(one('A woman was killed at the gate.', 'killing').counts.deaths, { value: 1, qualifier: 'exact' });
});

test('"hundreds of workers were dismissed": a vague count, no number', () => {
  const e = one('Hundreds of workers were dismissed.', 'dismissal');
  assert.equal(e.counts.participants, undefined);
  assert.equal(e.vague.participants?.toLowerCase(), 'hundreds');
});

test('places are those of the trigger\'s clause', () => {
  const es = events('Porters marched in Dhaka, while in Chittagong police arrested nine drivers.');
  assert.deepEqual(es.find((e) => e.cls === 'protest')?.places.map((p) => p.text), ['Dhaka']);
  assert.deepEqual(es.find((e) => e.cls === 'arrest')?.places.map((p) => p.text), ['Chittagong']);
});

test('a trigger inside quotation marks is marked quoted', () => {
  const text = 'The owner said “nobody was sacked” and police arrested two drivers.';
  const open = text.indexOf('“');
  const close = text.indexOf('”') + 1;
  const dates = findDateMentions(text, { published: publishedRange('2023-06-15'), future: false });
  const es = findEvents(text, dates, findPlaces(text), (a, b) => a >= open && b <= close);
  assert.equal(es.find((e) => e.cls === 'dismissal')?.quoted, true);
  assert.equal(es.find((e) => e.cls === 'arrest')?.quoted, false);
});
