// People counts as the text states them (counts.ts reads the numbers, people.ts finds the phrases):
// qualifiers kept, vague words never turned into numbers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNumber } from './counts.js';
import { findPeople } from './people.js';

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

const first = (text: string) => findPeople(text)[0];

test('"at least four" → 4 at-least; "Over 40" → more-than; "around a dozen" → about', () => {
  assert.deepEqual(first('killing at least four people and')?.count, { value: 4, qualifier: 'at-least' });
  assert.deepEqual(first('Over 40 protesters gathered')?.count, { value: 40, qualifier: 'more-than' });
  assert.deepEqual(first('where around a dozen protesters demanded')?.count, { value: 12, qualifier: 'about' });
  assert.deepEqual(first('Four people were killed')?.count, { value: 4, qualifier: 'exact' });
  assert.deepEqual(first('more than 200,000 migrant workers crossing')?.count, { value: 200000, qualifier: 'more-than' });
});

test('"a street vendor" is one person; "23 workers" exactly 23', () => {
  assert.deepEqual(first('a street vendor was killed')?.count, { value: 1, qualifier: 'exact' });
  assert.deepEqual(first('23 workers arrested')?.count, { value: 23, qualifier: 'exact' });
});

test('"hundreds" and "many" have no number', () => {
  const h = first('hundreds of workers marched');
  assert.equal(h?.count, undefined);
  assert.equal(h?.vague, 'hundreds');
  assert.equal(first('many others injured')?.count, undefined);
});

test('upper bounds say too little to publish', () => {
  assert.equal(first('fewer than 10 people were hurt')?.count, undefined);
});

test('percentages, distances and money are not people', () => {
  assert.deepEqual(findPeople('a 70 km peaceful march'), []);
  assert.deepEqual(findPeople('90 per cent of whom'), []);
  assert.deepEqual(findPeople('$160 a month'), []);
});

test('"a dozen" is a rough size, never an exact twelve; "thirteen" is exact', () => {
  const [dozen, thirteen] = findPeople('A dozen workers were arrested and thirteen others were injured.');
  assert.deepEqual(dozen.count, { value: 12, qualifier: 'about' });
  assert.deepEqual(thirteen.count, { value: 13, qualifier: 'exact' });
});
