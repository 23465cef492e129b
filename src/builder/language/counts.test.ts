// People counts as the text states them: qualifiers kept, vague words never turned into numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { npEndingAt, npStartingAt, parseNumber } from './counts.js';

const before = (text: string, word: string) => npEndingAt(text, text.indexOf(word));

test('numbers in digits and words', () => {
  assert.equal(parseNumber('four'), 4);
  assert.equal(parseNumber('twenty-three'), 23);
  assert.equal(parseNumber('200,000'), 200000);
  assert.equal(parseNumber('two hundred'), 200);
  assert.equal(parseNumber('five thousand'), 5000);
  assert.equal(parseNumber('1.5 million'), 1500000);
  assert.equal(parseNumber('a dozen'), 12);
  assert.equal(parseNumber('many'), undefined);
});

test('"at least four" → 4 at-least; "Over 40" → more-than; "around a dozen" → about', () => {
  assert.deepEqual(before('killing at least four people and', ' and')?.count, { value: 4, qualifier: 'at-least' });
  assert.deepEqual(before('Over 40 protesters gathered', ' gathered')?.count, { value: 40, qualifier: 'more-than' });
  assert.deepEqual(before('where around a dozen protesters demanded', ' demanded')?.count, { value: 12, qualifier: 'about' });
  assert.deepEqual(before('Four people were killed', ' were')?.count, { value: 4, qualifier: 'exact' });
  assert.deepEqual(npStartingAt('more than 200,000 migrant workers crossing', 0)?.count, { value: 200000, qualifier: 'more-than' });
});

test('"a street vendor" is one person; "23 workers" exactly 23', () => {
  assert.deepEqual(before('a street vendor was killed', ' was')?.count, { value: 1, qualifier: 'exact' });
  assert.deepEqual(npStartingAt('23 workers arrested', 0)?.count, { value: 23, qualifier: 'exact' });
});

test('"hundreds" and "many" have no number', () => {
  const h = npStartingAt('hundreds more.', 0);
  assert.equal(h?.count, undefined);
  assert.equal(h?.vague, 'hundreds');
  assert.equal(before('many others injured', ' injured')?.count, undefined);
});

test('upper bounds say too little to publish', () => {
  const m = before('fewer than 10 people were hurt', ' were');
  assert.equal(m?.count, undefined);
  assert.match(m?.dropped ?? '', /fewer than 10/);
});

test('percentages, distances and money are not people', () => {
  assert.equal(npStartingAt('70 km peaceful march', 0), undefined);
  assert.equal(npStartingAt('90 per cent of whom', 0), undefined);
  assert.equal(npStartingAt('$160 a month', 0), undefined);
});

test('"a dozen" is a rough size, never an exact twelve; "thirteen" is exact', async () => {
  const { findPeople } = await import('./people.js');
  const [dozen, thirteen] = findPeople('A dozen workers were arrested and thirteen others were injured.');
  assert.deepEqual(dozen.count, { value: 12, qualifier: 'about' });
  assert.deepEqual(thirteen.count, { value: 13, qualifier: 'exact' });
});
