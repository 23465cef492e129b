// Clauses: where a sentence breaks into the stretches a trigger's count, date and place come from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauseAt, splitClauses, type Clause } from './clauses.js';

/** Each clause as its text and opener. */
const parts = (text: string): [string, string | undefined][] =>
  splitClauses(text).map((c) => [text.slice(c.start, c.end).trim(), c.opener]);

test('a semicolon and a colon end a clause', () => {
  assert.deepEqual(parts('Guards beat the pickets on Monday; on Tuesday a cook died.').map(([t]) => t), [
    'Guards beat the pickets on Monday',
    'on Tuesday a cook died.',
  ]);
  assert.deepEqual(parts('The union said: the stoppage goes on.').map(([t]) => t), [
    'The union said',
    'the stoppage goes on.',
  ]);
});

test('a colon between digits ("3:1") is no boundary', () => {
  assert.equal(splitClauses('The vote went 3:1 for the walkout.').length, 1);
});

test('a spaced dash and brackets set off a clause of their own', () => {
  assert.deepEqual(parts('The lockout — the second this spring — ended.').map(([t]) => t), [
    'The lockout',
    'the second this spring',
    'ended.',
  ]);
  assert.deepEqual(parts('The owners (two cousins) refused to talk.').map(([t]) => t), [
    'The owners',
    'two cousins',
    'refused to talk.',
  ]);
});

test('while, but, although and when open a clause and name it', () => {
  assert.deepEqual(parts('Porters marched while guards watched.'), [
    ['Porters marched', undefined],
    ['guards watched.', 'while'],
  ]);
  assert.deepEqual(parts('Porters marched, but guards blocked the gate.'), [
    ['Porters marched', undefined],
    ['guards blocked the gate.', 'but'],
  ]);
  assert.deepEqual(parts('Porters marched although it snowed.'), [
    ['Porters marched', undefined],
    ['it snowed.', 'although'],
  ]);
  assert.deepEqual(parts('Bakers stopped work when the oven broke.'), [
    ['Bakers stopped work', undefined],
    ['the oven broke.', 'when'],
  ]);
});

test('", which" and ", who" open a relative clause', () => {
  assert.deepEqual(parts('The cooperative, which employs 300 weavers, shut.'), [
    ['The cooperative', undefined],
    ['employs 300 weavers, shut.', 'which'],
  ]);
  assert.deepEqual(parts('The organiser, who was held overnight, spoke.'), [
    ['The organiser', undefined],
    ['was held overnight, spoke.', 'who'],
  ]);
});

test('"since" or "after" before a date is an adverb of time, not a clause', () => {
  assert.equal(splitClauses('Bakers have been on strike since Jan. 12 at the plant.').length, 1);
  assert.equal(splitClauses('Nine porters were held after 10 May in the port.').length, 1);
  assert.equal(splitClauses('Bakers have stayed out since last week.').length, 1);
});

test('"since" or "after" before a clause opens one, with the conjunction as its opener', () => {
  assert.deepEqual(parts('Bakers have been on strike since the owners cut pay.'), [
    ['Bakers have been on strike', undefined],
    ['the owners cut pay.', 'since'],
  ]);
  assert.deepEqual(parts('Porters went home after the rally ended.'), [
    ['Porters went home', undefined],
    ['the rally ended.', 'after'],
  ]);
});

test('the main clause has no opener; ", and then" is one opener of two words', () => {
  const text = 'Guards beat the pickets, and then they left.';
  assert.deepEqual(parts(text), [['Guards beat the pickets', undefined], ['they left.', 'and then']]);
});

test('clauses come in order and cover the sentence: nothing but the boundary words is left out', () => {
  const text = 'Cooks walked out on Monday; the owner, who had refused talks, gave in while police watched.';
  const cs = splitClauses(text);
  for (let i = 1; i < cs.length; i++) assert.ok(cs[i].start >= cs[i - 1].end, 'in order, not overlapping');
  assert.equal(cs[0].start, 0);
  assert.equal(cs[cs.length - 1].end, text.length);
  const gaps = cs.slice(1).map((c, i) => text.slice(cs[i].end, c.start).trim());
  assert.deepEqual(gaps, [';', ', who', 'while']);
});

test('a sentence with no boundary is one clause with no opener', () => {
  const text = 'Forty cleaners walked out at noon.';
  assert.deepEqual(splitClauses(text), [{ start: 0, end: text.length, opener: undefined }]);
});

test('clauseAt finds the clause holding a position', () => {
  const text = 'Guards beat the pickets on Monday; on Tuesday a cook died.';
  const cs: Clause[] = splitClauses(text);
  assert.equal(clauseAt(cs, text.indexOf('beat')), cs[0]);
  assert.equal(clauseAt(cs, text.indexOf('died')), cs[1]);
});
