/**
 * Periods and ranges of partial dates, and day numbers back to dates: the part of the partial-date
 * module (dates.ts) that the elements placing records in time, the fallback and the builder use.
 */
import { DAY_MS, datePrecision, dayNumber, daysInMonth, isPartialDate, twoDigits } from './dates.js';
import type { DatePrecision, PartialDate } from './types.js';

/** `[year, month (1–12), day]` of a day number. */
export function dayParts(day: number): [number, number, number] {
  // A Date built from a time value keeps every year as it is (only Date.UTC reads 0–99 as 19xx).
  const t = new Date(day * DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
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
