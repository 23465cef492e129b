import type { DatePrecision, PartialDate } from './types.js';


/** RFC 3339 date-time (`2014-01-03T00:00:00Z`, `2014-01-03T08:15:00.5+07:00`). */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/*
 * Partial dates (`2014`, `2014-01`, `2014-01-03`) and whole days of the proleptic Gregorian calendar,
 * for the elements, the readers and the builder alike: what every feed needs (validation, order, day
 * numbers) is here; periods, ranges and days back to dates are in date-ranges.ts, which only the
 * elements that place records in time load. Day numbers count days since 1970-01-01 and are computed
 * by arithmetic (Howard Hinnant's days_from_civil), never through `Date.UTC`, which reads years 0–99
 * as 1900–1999; this runs for every date of a feed.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return isLeapYear(y) ? 29 : 28;
}

/** Whether whole numbers `y`-`m`-`d` name a real day (`m` 1–12). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Day number (days since 1970-01-01) of `y`-`m`-`d`, `m` 1–12. A day or month past the end rolls
 * over as `Date` does: month 13 is January of the next year, day 0 the last day of the month before.
 */
export function dayNumber(y: number, m: number, d: number): number {
  const mm = m - 1;
  y += Math.floor(mm / 12);
  m = (((mm % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The two ASCII digits at `i` as a number, or -1. */
export function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Whether `value` is a partial date (`2014`, `2014-01`, `2014-01-03`) naming a real month and day.
 * ISO 8601 calendar dates with reduced precision, read by character codes rather than a regular
 * expression: this runs for every date of every feed, and the match arrays were most of its cost.
 * `dates.test.ts` holds it to the pattern `^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$` plus a real month and day.
 */
export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const n = value.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const century = twoDigits(value, 0);
  const year = twoDigits(value, 2);
  if (century < 0 || year < 0) return false;
  if (n === 4) return true;
  if (value.charCodeAt(4) !== 45) return false;
  const mo = twoDigits(value, 5);
  if (mo < 1 || mo > 12) return false;
  if (n === 7) return true;
  if (value.charCodeAt(7) !== 45) return false;
  const d = twoDigits(value, 8);
  return d >= 0 && isValidDay(century * 100 + year, mo, d);
}

export function isRfc3339(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = RFC3339.exec(value);
  if (!m) return false;
  if (!isValidDay(+m[1], +m[2], +m[3]) || +m[4] > 23 || +m[5] > 59 || +m[6] > 60) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  return true;
}

export function datePrecision(date: PartialDate): DatePrecision {
  // YYYY, YYYY-MM, YYYY-MM-DD (or a longer date-time): the length says it, without splitting.
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/**
 * Sort key of a partial date: reduced-precision dates sort at the start of the period they name,
 * so "2014-01" comes before "2014-01-03" and after "2013-12-24".
 */
export function dateSortKey(date: PartialDate): string {
  return date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date.slice(0, 10);
}

/** Compares two partial dates chronologically (see `dateSortKey`). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const ka = dateSortKey(a);
  const kb = dateSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Cuts an RFC 3339 date-time (or a partial date) down to the stated precision: `2014-01`. */
export function truncateDate(value: string, precision: DatePrecision): PartialDate {
  const day = value.slice(0, 10);
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day;
}
