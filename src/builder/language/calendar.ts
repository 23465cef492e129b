/**
 * Day arithmetic on whole UTC days. Every date the builder reasons about is an inclusive range of day
 * numbers [lo, hi], because a document dated "2014-01" was published on one of 31 days, and "last
 * week" is one of several. A partial date is written only when the range honestly fits one.
 */
import type { DatePrecision, PartialDate } from '../../feed/types.js';

export interface DayRange {
  lo: number;
  hi: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(0, 0, 0, 0);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function ymd(day: number): [number, number, number] {
  const t = new Date(day * MS_PER_DAY);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Monday = 0 … Sunday = 6. */
export function weekday(day: number): number {
  return (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
}

export function monthRange(y: number, m: number): DayRange {
  return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, daysInMonth(y, m)) };
}

export function yearRange(y: number): DayRange {
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(day: number): PartialDate {
  const [y, m, d] = ymd(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): PartialDate {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** The days a partial date covers: "2014-01" → 1–31 January 2014. */
export function partialRange(date: PartialDate): DayRange & { precision: DatePrecision } {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    const day = dayNumber(y, m, d);
    return { lo: day, hi: day, precision: 'day' };
  }
  if (m !== undefined) return { ...monthRange(y, m), precision: 'month' };
  return { ...yearRange(y), precision: 'year' };
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * The finest partial date that contains the whole range, if it is at most one step coarser than
 * what the text stated (`stated`): "yesterday" seen from "2014-01" may become "2014-01", but a
 * "last week" spanning two years becomes nothing rather than a misleading "2013".
 */
export function containingDate(range: DayRange, stated: DatePrecision): PartialDate | undefined {
  const [y1, m1] = ymd(range.lo);
  const [y2, m2] = ymd(range.hi);
  let found: DatePrecision | undefined;
  let value: PartialDate | undefined;
  if (range.lo === range.hi) {
    found = 'day';
    value = formatDay(range.lo);
  } else if (y1 === y2 && m1 === m2) {
    found = 'month';
    value = formatMonth(y1, m1);
  } else if (y1 === y2) {
    found = 'year';
    value = pad(y1, 4);
  }
  if (!found || !value) return undefined;
  // A range can never be finer than what was stated ("in June" is never a single day).
  if (RANK[found] < RANK[stated]) return stated === 'month' ? value.slice(0, 7) : value.slice(0, 4);
  return RANK[found] - RANK[stated] <= 1 ? value : undefined;
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Today as a day number, for callers that have no published date to reason from. */
export function todayDay(now: Date): number {
  return Math.floor(now.getTime() / MS_PER_DAY);
}
