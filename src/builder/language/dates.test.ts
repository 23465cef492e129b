// Dates are resolved against the published date and never more precise than the text allows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { containingDate, formatDay, partialRange } from './calendar.js';
import { findDates, resolveDate, type ResolvedDate } from './dates.js';
import { extractItem } from '../facts/extract.js';
import { emittedDate } from '../assemble/merge.js';

function resolveIn(sentence: string, published: string, opts: { future?: boolean; previous?: string } = {}): ResolvedDate | string {
  const r = partialRange(published);
  const prev = opts.previous ? partialRange(opts.previous) : undefined;
  const [expr] = findDates(sentence);
  assert.ok(expr, `a date in "${sentence}"`);
  const out = resolveDate(expr, {
    published: { lo: r.lo, hi: r.hi, stated: r.precision },
    future: opts.future ?? false,
    previous: prev && { lo: prev.lo, hi: prev.hi, stated: prev.precision, deictic: false, text: opts.previous!, notes: [] },
  });
  return 'unresolved' in out ? out.unresolved : out;
}
const emit = (sentence: string, published: string, opts = {}): string | undefined => {
  const r = resolveIn(sentence, published, opts);
  if (typeof r === 'string') return undefined;
  const e = emittedDate(r);
  return e ? (e.end ? `${e.date}/${e.end}` : e.date) : undefined;
};

test('"on December 24" is the most recent past December 24', () => {
  assert.equal(emit('workers began striking on December 24', '2014-01-10'), '2013-12-24');
  assert.equal(emit('workers began striking on December 24', '2014-12-30'), '2014-12-24');
  assert.equal(emit('workers began striking on 24 December', '2014-01'), '2013-12-24');
});

test('a future sentence takes the next occurrence instead', () => {
  assert.equal(emit('the court will rule on January 20', '2014-12-30', { future: true }), '2015-01-20');
});

test('"yesterday", "today", "tomorrow" from a day-precision date are days', () => {
  assert.equal(emit('protesters gathered yesterday', '2014-02-10'), '2014-02-09');
  assert.equal(emit('a rally took place today', '2014-02-10'), '2014-02-10');
  assert.equal(emit('the court is set to hear it tomorrow', '2014-02-10', { future: true }), '2014-02-11');
});

test('"yesterday" from a month-precision date is at best that month, never an invented day', () => {
  const r = resolveIn('protesters gathered yesterday', '2014-01-03'.slice(0, 7));
  assert.equal(typeof r, 'object');
  assert.notEqual((r as ResolvedDate).lo, (r as ResolvedDate).hi);
  // 1 January minus one day is in 2013: the range spans two years, so nothing is published.
  assert.equal(emit('protesters gathered yesterday', '2014-01'), undefined);
  // Any month: published on the 1st, "yesterday" is the month before. Only what the document
  // itself reports can narrow this (next test but one).
  assert.equal(emit('protesters gathered yesterday', '2014-02'), undefined);
});

test('"today (10 February)" names its own day', () => {
  assert.equal(emit('a rally took place in Phnom Penh today (10 February)', '2014-02-10'), '2014-02-10');
  assert.equal(emit('a rally took place today (10 February)', '2014-02'), '2014-02-10');
});

test('"in early January" and "In December" are month precision', () => {
  assert.equal(emit('the deaths of four people in early January', '2014-02-10'), '2014-01');
  assert.equal(emit('In December, garment workers walked out', '2014-02-10'), '2013-12');
  assert.equal(emit('In June 2014 the IOM tracked an exodus', '2014-08-18'), '2014-06');
});

test('"last week" and "last month"', () => {
  assert.equal(emit('workers were arrested last month', '2014-02-10'), '2014-01');
  // Monday 10 Feb 2014: last week is 3–9 February.
  const r = resolveIn('four people were killed last week', '2014-02-10') as ResolvedDate;
  assert.equal(formatDay(r.lo), '2014-02-03');
  assert.equal(formatDay(r.hi), '2014-02-09');
  assert.equal(emit('four people were killed last week', '2014-02-10'), '2014-02');
});

test('"the following day" follows the previous date of the narrative', () => {
  assert.equal(emit('The following day armed forces fired', '2014-01', { previous: '2014-01-02' }), '2014-01-03');
  assert.equal(typeof resolveIn('The following day armed forces fired', '2014-01'), 'string', 'no earlier date: unresolved');
});

test('weekdays: "on Monday" is the latest Monday up to the published day', () => {
  assert.equal(emit('a vigil on Monday', '2014-01-14'), '2014-01-13');
});

test('without a published date, a day and month with no year stay unresolved', () => {
  const [expr] = findDates('began striking on December 24');
  const out = resolveDate(expr, { future: false });
  assert.ok('unresolved' in out);
  const abs = resolveDate(findDates('on 12 August 2014')[0], { future: false });
  assert.ok(!('unresolved' in abs) && formatDay(abs.lo) === '2014-08-12');
});

test('impossible days are not dates', () => {
  assert.equal(typeof resolveIn('on 30 February 2014 they marched', '2014-03-01'), 'string');
});

test('"May" and "march" as words are not dates', () => {
  assert.deepEqual(findDates('Workers may march to the ministry'), []);
  assert.deepEqual(findDates('March organisers said'), []);
});

test('a document that reports 3 January cannot have been published on 1 January', () => {
  const ex = extractItem({
    item: 'i', file: 'f.txt', published: '2014-01',
    text: 'Protesters gathered outside the Cambodian embassy in London yesterday.\nOn January 2 police blocked the route of a workers\' march.\nThe following day armed forces fired live ammunition at workers, killing at least four people.',
  });
  assert.ok(ex.notes.some((n) => n.includes('narrowed to 2014-01-03')));
  const protest = ex.mentions.find((m) => m.type === 'action');
  assert.equal(emittedDate(protest?.date)?.date, '2014-01');
});

test('property: a range is never published more precisely than it is', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 400 }), (lo, span) => {
    const range = { lo, hi: lo + span };
    const d = containingDate(range, 'day');
    if (d === undefined) return true;
    const r = partialRange(d);
    return r.lo <= range.lo && r.hi >= range.hi && (span === 0) === (d.length === 10);
  }));
});

test('property: "yesterday" from a month-precision published date never yields a day', () => {
  fc.assert(fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
    const pub = `${y}-${String(m).padStart(2, '0')}`;
    const e = emit('they gathered yesterday', pub);
    return e === undefined || e.length === 7;
  }));
});

test('property: "on <month> <day>" in the past never lies after the published date or a year before it', () => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  fc.assert(fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.date({ min: new Date('1995-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), (mi, day, when) => {
    const pub = when.toISOString().slice(0, 10);
    const r = resolveIn(`workers walked out on ${months[mi]} ${day}`, pub);
    if (typeof r === 'string') return false;
    const p = partialRange(pub);
    return r.lo === r.hi && r.hi <= p.hi && r.lo > p.hi - 366;
  }));
});
