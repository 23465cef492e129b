import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isPartialDate } from './dates.js';

/**
 * What a partial date is, written the plain way: the ISO 8601 pattern, then a month of 1–12 and a day
 * that `Date.UTC` keeps in that month (years 0–99 read as 1900–1999, as `Date.UTC` reads them).
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
  const t = new Date(Date.UTC(Number(m[1]), mo - 1, d));
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
  });
});
