// People phrases: where a count of people starts and ends, its number, and its noun.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPeople } from './people.js';

test('"more than 6,000 workers": a qualified number with its noun', () => {
  const text = 'Yesterday more than 6,000 workers left the estates.';
  const [p] = findPeople(text);
  assert.deepEqual(p.count, { value: 6000, qualifier: 'more-than' });
  assert.equal(p.noun, 'workers');
  assert.equal(text.slice(p.start, p.end), 'more than 6,000 workers');
  assert.equal(p.single, false);
});

test('coordinated counts are one group, summed', () => {
  const ps = findPeople('Guards held two leaders and four KWFU members overnight.');
  assert.equal(ps.length, 1);
  assert.deepEqual(ps[0].count, { value: 6, qualifier: 'exact' });
  assert.equal(ps[0].text, 'two leaders and four KWFU members');
});

test('a sum with an uncertain part is "at least" the sum', () => {
  const [p] = findPeople('Police held at least 8 workers and 3 leaders.');
  assert.deepEqual(p.count, { value: 11, qualifier: 'at-least' });
});

test('counts apart in the sentence are not summed', () => {
  const ps = findPeople('Nine drivers struck on Monday; police held three leaders.');
  assert.deepEqual(ps.map((p) => p.count?.value), [9, 3]);
});

test('"a woman": an article and a singular noun is one person, marked single', () => {
  const [p] = findPeople('A woman was hurt at the gate.');
  assert.deepEqual(p.count, { value: 1, qualifier: 'exact' });
  assert.equal(p.single, true);
  assert.equal(p.noun, 'woman');
});

test('a single person is never added to a group before it', () => {
  const ps = findPeople('three workers and a woman');
  assert.deepEqual(ps.map((p) => [p.count?.value, p.single]), [[3, false], [1, true]]);
});

test('"hundreds of workers" is vague: no number is made up', () => {
  const [p] = findPeople('Hundreds of workers filled the square.');
  assert.equal(p.count, undefined);
  assert.equal(p.vague?.toLowerCase(), 'hundreds');
  assert.equal(p.noun, 'workers');
});

test('"15 injured workers": the state word between number and noun is kept', () => {
  const [p] = findPeople('The 15 injured workers were taken to a clinic.');
  assert.equal(p.state, 'injured');
  assert.deepEqual(p.count, { value: 15, qualifier: 'exact' });
  assert.equal(p.text, '15 injured workers');
  assert.equal(findPeople('The 15 young workers were taken to a clinic.')[0].state, undefined);
});

test('"29 dead miners" has the state dead', () => {
  const [p] = findPeople('Rescuers found 29 dead miners.');
  assert.equal(p.state, 'dead');
  assert.equal(p.count?.value, 29);
});

test('a noun followed by an apostrophe is part of a longer phrase: the count is of leaders, not workers', () => {
  for (const text of ['The firm sacked five other workers’ leaders.', "The firm sacked five other workers' leaders."]) {
    const [p] = findPeople(text);
    assert.equal(p.noun, 'leaders', text);
    assert.equal(p.count?.value, 5);
    assert.match(p.text, /leaders$/);
  }
});

test('a union name between the number and the noun stays in the phrase', () => {
  const [p] = findPeople('The 4,200 Harbour Federation (HF) members voted.');
  assert.deepEqual(p.count, { value: 4200, qualifier: 'exact' });
  assert.equal(p.noun, 'members');
});

test('a verb between a number and a later noun: no phrase joins them', () => {
  assert.deepEqual(findPeople('About 300 were sacked and the workers walked out.'), []);
});
