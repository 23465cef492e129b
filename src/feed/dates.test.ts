import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareDates, dayNumber, daysInMonth, isPartialDate, isValidDay } from './dates.js';
import {
  dayParts,
  formatDay,
  partialRange,
  periodEnd,
  periodEndDay,
  periodStart,
  periodStartDay,
  rangeTouches,
  recordRange,
  weekday,
} from './date-ranges.js';

/** A `Date` at midnight UTC of `y`-`m`-`d`, years 0–99 kept as written (Date.UTC would read 19xx). */
function utcDate(y: number, m: number, d: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

/**
 * What a partial date is, written the plain way: the ISO 8601 pattern, then a month of 1–12 and a day
 * that `Date` keeps in that month, in the proleptic Gregorian calendar.
 */
function reference(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const t = utcDate(Number(m[1]), mo, d);
  return d >= 1 && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

describe('isPartialDate', () => {
  test('agrees with the pattern and the calendar on every year, month and day form, good and bad', () => {
    const years = ['0000', '0001', '0050', '0099', '0100', '1600', '1900', '2000', '2013', '2014', '2016', '2100', '9999'];
    const twos = Array.from({ length: 34 }, (_, i) => String(i).padStart(2, '0'));
    const cases: unknown[] = [];
    for (const y of years) {
      cases.push(y);
      for (const m of twos.slice(0, 14)) {
        cases.push(`${y}-${m}`);
        for (const d of twos) cases.push(`${y}-${m}-${d}`);
      }
    }
    // Near misses: wrong lengths, separators, signs, spaces, non-ASCII digits, date-times, non-strings.
    cases.push('', '201', '20145', '2014-', '2014-1', '2014-1-01', '2014-01-1', '2014-01-', '2014/01/01', '2014-01/01', '2014-01101', '2014x01-01', '2014-01-01T00:00:00Z');
    cases.push(' 2014', '2014 ', '2014\n', '\n2014', '٢٠١٤', '２０１４', '2014-01-01x', 'abcd', '12a4', '-201', '+2014', '2014-0a', '2014-01-0a');
    cases.push(null, undefined, 2014, {}, ['2014'], new String('2014'));
    // And a few thousand strings of digits and dashes, from a fixed seed.
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 5000; i++) {
      const len = 3 + Math.floor(next() * 9);
      cases.push(Array.from({ length: len }, () => (next() < 0.15 ? '-' : String(Math.floor(next() * 10)))).join(''));
    }
    let valid = 0;
    for (const c of cases) {
      assert.equal(isPartialDate(c), reference(c), `isPartialDate(${JSON.stringify(c)})`);
      if (reference(c)) valid++;
    }
    // The cases hold plenty of both answers (leap days of 1900, 2000 and 2016 among them).
    assert.ok(valid > 3000 && cases.length - valid > 3000, `${valid} valid of ${cases.length}`);
    assert.equal(isPartialDate('2016-02-29'), true);
    assert.equal(isPartialDate('1900-02-29'), false);
    assert.equal(isPartialDate('2000-02-29'), true);
    // Years below 100 are years below 100: 96 was a leap year, 100 was not.
    assert.equal(isPartialDate('0096-02-29'), true);
    assert.equal(isPartialDate('0100-02-29'), false);
  });
});

const year = fc.integer({ min: 1, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.record({ y: year, m: month, d: fc.integer({ min: 1, max: 31 }) }).filter(({ y, m, d }) => d <= daysInMonth(y, m));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const partial = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.record({ y: year, m: month }).map(({ y, m }) => `${pad(y, 4)}-${pad(m)}`),
  day.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
);
const MS = 86_400_000;

describe('day numbers, years 1–9999', () => {
  test('a day number is the day Date counts from 1970, and reads back to the same year, month and day', () => {
    fc.assert(
      fc.property(day, ({ y, m, d }) => {
        const n = dayNumber(y, m, d);
        assert.equal(n, utcDate(y, m, d).getTime() / MS);
        assert.deepEqual(dayParts(n), [y, m, d]);
        assert.equal(formatDay(n), `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
        assert.equal(weekday(n), (utcDate(y, m, d).getUTCDay() + 6) % 7);
        assert.ok(isValidDay(y, m, d));
      }),
      { numRuns: 2000 },
    );
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2014, 13, 1), dayNumber(2015, 1, 1), 'month 13 rolls over');
    assert.equal(dayNumber(2014, 3, 0), dayNumber(2014, 2, 28), 'day 0 is the day before');
    assert.equal(isValidDay(2014, 2, 29), false);
  });

  test('the period of a partial date runs from its first to its last day, and sorts as compareDates does', () => {
    fc.assert(
      fc.property(partial, partial, (a, b) => {
        const ra = partialRange(a);
        assert.ok(ra.lo <= ra.hi);
        assert.equal(periodStart(a), formatDay(periodStartDay(a)));
        assert.equal(periodEnd(a), formatDay(periodEndDay(a)));
        const [y, m] = a.split('-').map(Number);
        const expectedDays = a.length === 4 ? (utcDate(y + 1, 1, 1).getTime() - utcDate(y, 1, 1).getTime()) / MS : a.length === 7 ? daysInMonth(y, m) : 1;
        assert.equal(ra.hi - ra.lo + 1, expectedDays, a);
        // compareDates: the start of the period first, then the coarser date first.
        const c = compareDates(a, b);
        if (periodStartDay(a) < periodStartDay(b)) assert.equal(c, -1, `${a} ${b}`);
        if (c === 0) assert.equal(a, b);
        // A record touches a window exactly when their periods overlap.
        const r = recordRange(a);
        assert.equal(rangeTouches(r, b, b), r.lo <= periodEndDay(b) && periodStartDay(b) <= r.hi, `${a} in ${b}`);
      }),
      { numRuns: 2000 },
    );
  });

  test('a record range ends with its end date, or with its own period when the end is missing, bad or earlier', () => {
    assert.deepEqual(recordRange('2014-01'), { lo: dayNumber(2014, 1, 1), hi: dayNumber(2014, 1, 31) });
    assert.deepEqual(recordRange('2014-08-12', '2014-08-14'), { lo: dayNumber(2014, 8, 12), hi: dayNumber(2014, 8, 14) });
    assert.deepEqual(recordRange('2014-08-12', '2014-13'), recordRange('2014-08-12'));
    assert.deepEqual(recordRange('2014-08-12', '2013'), recordRange('2014-08-12'));
    assert.equal(rangeTouches(recordRange('2014'), '2014-06-15', undefined), true);
    assert.equal(rangeTouches(recordRange('0050-02'), undefined, '0050-01'), false);
    assert.equal(periodEnd('0096-02'), '0096-02-29');
  });
});
