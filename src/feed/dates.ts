import type { DatePrecision, PartialDate } from './types.js';


/** RFC 3339 date-time (`2014-01-03T00:00:00Z`, `2014-01-03T08:15:00.5+07:00`). */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/*
 * Partial dates (`2014`, `2014-01`, `2014-01-03`) and whole days of the proleptic Gregorian calendar,
 * for the elements, the readers and the builder alike. Day numbers count days since 1970-01-01 and
 * are computed by arithmetic (Howard Hinnant's days_from_civil and civil_from_days), never through
 * `Date.UTC`, which reads years 0–99 as 1900–1999; this runs for every date of a feed.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return isLeapYear(y) ? 29 : 28;
}

/** Whether `y`-`m`-`d` names a real day (`m` 1–12). */
export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const validDay = isValidDay;

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

/** `[year, month (1–12), day]` of a day number. */
export function dayParts(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Monday = 0 … Sunday = 6. */
export const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a day number (years outside 0–9999 in ISO 8601's expanded form, `+010000`). */
export function formatDay(day: number): PartialDate {
  const [y, m, d] = dayParts(day);
  const ys = y < 0 ? `-${pad(-y, 6)}` : y > 9999 ? `+${pad(y, 6)}` : pad(y, 4);
  return `${ys}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-MM`. */
export const formatMonth = (y: number, m: number): PartialDate => `${pad(y, 4)}-${pad(m)}`;

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
  return d >= 0 && validDay(century * 100 + year, mo, d);
}

export function isRfc3339(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = RFC3339.exec(value);
  if (!m) return false;
  if (!validDay(+m[1], +m[2], +m[3]) || +m[4] > 23 || +m[5] > 59 || +m[6] > 60) return false;
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

/** The year of a valid partial date, read from its digits. */
const yearOf = (date: PartialDate): number => twoDigits(date, 0) * 100 + twoDigits(date, 2);

/** First day of the period a valid partial date names: `2014` → 1 Jan 2014, `2014-05` → 1 May 2014. */
export function periodStartDay(date: PartialDate): number {
  return dayNumber(yearOf(date), date.length >= 7 ? twoDigits(date, 5) : 1, date.length >= 10 ? twoDigits(date, 8) : 1);
}

/** Last day of the period a valid partial date names: `2014` → 31 Dec 2014, `2014-02` → 28 Feb 2014. */
export function periodEndDay(date: PartialDate): number {
  const y = yearOf(date);
  if (date.length < 7) return dayNumber(y, 12, 31);
  const m = twoDigits(date, 5);
  return dayNumber(y, m, date.length >= 10 ? twoDigits(date, 8) : daysInMonth(y, m));
}

/** First day of the period, as `YYYY-MM-DD`: `2014-01` → `2014-01-01`. */
export const periodStart = (date: PartialDate): PartialDate => formatDay(periodStartDay(date));
/** Last day of the period, as `YYYY-MM-DD`: `2014-02` → `2014-02-28`. */
export const periodEnd = (date: PartialDate): PartialDate => formatDay(periodEndDay(date));

/** An inclusive range of day numbers. */
export interface DayRange {
  lo: number;
  hi: number;
}

/** The days a valid partial date covers, with its precision: `2014-01` → 1–31 January 2014. */
export function partialRange(date: PartialDate): DayRange & { precision: DatePrecision } {
  return { lo: periodStartDay(date), hi: periodEndDay(date), precision: datePrecision(date) };
}

/**
 * The days a record covers, from the start of `date` to the end of `end` (or of `date` when `end` is
 * missing, malformed or earlier).
 */
export function recordRange(date: PartialDate, end?: unknown): DayRange {
  const lo = periodStartDay(date);
  const last = isPartialDate(end) ? periodEndDay(end) : periodEndDay(date);
  return { lo, hi: last < lo ? periodEndDay(date) : last };
}

/**
 * Whether a range touches the window `from`…`to`, as the elements read their `from` and `to`
 * attributes: `to="2014-01"` keeps 3 January 2014, `from="2014-01"` keeps a record dated `2014`.
 * A missing or malformed bound is open.
 */
export function rangeTouches(range: DayRange, from?: unknown, to?: unknown): boolean {
  if (isPartialDate(from) && range.hi < periodStartDay(from)) return false;
  if (isPartialDate(to) && range.lo > periodEndDay(to)) return false;
  return true;
}

export const rangesOverlap = (a: DayRange, b: DayRange): boolean => a.lo <= b.hi && b.lo <= a.hi;
