// Wage levels: amount, currency, period and role from the words around the amount; rises are not wages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../language/sentences.js';
import { findWages } from './wages.js';

const wages = (text: string, countries: string[] = []) => findWages(splitSentences(text)[0], countries);
const brief = (text: string) => wages(text).hits.map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`);

test('"would rise by £9 to £60 a month" is an offer of 60, never a wage of 9', () => {
  const r = wages("a government announcement that the minimum wage would only rise by £9 to £60 a month, far short of workers' demands for a living wage of £100 a month.");
  assert.deepEqual(r.hits.map((h) => `${h.currency} ${h.amount} ${h.role} ${h.period}`), ['GBP 60 offer month', 'GBP 100 demand month']);
  assert.ok(r.skipped.some((s) => s.text === '£9' && /rise/.test(s.reason)));
});

test('"doubled from US$80 to $160" in a call: minimum in force, then the demand', () => {
  assert.deepEqual(brief('garment workers walked out in a mass call for the minimum wage to be doubled from US$80 to $160.'), ['USD 80 minimum month', 'USD 160 demand month']);
});

test('an increase is not a level, whichever way it is written', () => {
  assert.deepEqual(brief('The ministry agreed an increase of $12 to the minimum wage.'), []);
  assert.deepEqual(brief('Workers won a $5 rise in their monthly wage.'), []);
  assert.deepEqual(brief('The wage went up by Tk 500 a month.'), []);
});

test('roles from the nearest words: living wage, demand, offer, minimum', () => {
  assert.deepEqual(brief('A living wage is estimated at $283 a month.'), ['USD 283 living month']);
  assert.deepEqual(brief('Unions are demanding $160 a month.'), ['USD 160 demand month']);
  assert.deepEqual(brief('The employers offered $95 a month in wages.'), ['USD 95 offer month']);
  assert.deepEqual(brief('The minimum wage is Tk 5,300 a month.'), ['BDT 5300 minimum month']);
  assert.deepEqual(brief('the government offered a minimum wage of only $95 a month, far below the $160 that unions demand.'), ['USD 95 offer month', 'USD 160 demand month']);
});

test('periods as stated; a month when none is', () => {
  assert.deepEqual(brief('The minimum wage is 300 baht a day.'), ['THB 300 minimum day']);
  const r = wages('workers called for the minimum wage to be raised from US$80 to $160.');
  assert.ok(r.hits.every((h) => h.period === 'month' && h.notes.some((n) => n.includes('no period stated'))));
});

test('currencies: riel, taka, euro, rupees by country', () => {
  assert.deepEqual(brief('The minimum wage is 400,000 riels a month.'), ['KHR 400000 minimum month']);
  assert.deepEqual(brief('The minimum wage of €1,500 a month applies.'), ['EUR 1500 minimum month']);
  assert.deepEqual(wages('The minimum wage is Rs 25,000 a month.', ['PK']).hits.map((h) => h.currency), ['PKR']);
});

test('an amount with no role, totals in millions and sentences about no wage are left out', () => {
  assert.deepEqual(brief('The factory was fined $500 last year.'), []);
  assert.deepEqual(brief('Exports reached $5 billion while wages stayed low.'), []);
  const r = wages('Workers earn $120 a month.');
  assert.deepEqual(r.hits, []);
  assert.ok(r.skipped.some((s) => /role/.test(s.reason)));
});

test('amounts inside quotation marks are words in someone\'s mouth', () => {
  assert.deepEqual(brief('He said: "We demand $200 a month and nothing less."'), []);
});
