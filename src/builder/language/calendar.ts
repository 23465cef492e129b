/**
 * Day arithmetic on whole UTC days, from src/feed/dates.ts. Every date the builder reasons about is an
 * inclusive range of day numbers [lo, hi], because a document dated "2014-01" was published on one of
 * 31 days, and "last week" is one of several. A partial date is written only when the range honestly
 * fits one.
 */
import { dayNumber, daysInMonth, DAY_MS, isValidDay } from '../../feed/dates.js';
import { dayParts, formatDay, formatMonth, partialRange, rangesOverlap, weekday, type DayRange } from '../../feed/date-ranges.js';
import type { DatePrecision, PartialDate } from '../../feed/types.js';

export { dayNumber, daysInMonth, formatDay, formatMonth, isValidDay, partialRange, weekday, type DayRange };
export { dayParts as ymd, rangesOverlap as overlaps };

export function monthRange(y: number, m: number): DayRange {
  return { lo: dayNumber(y, m, 1), hi: dayNumber(y, m, daysInMonth(y, m)) };
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * The finest partial date that contains the whole range, if it is at most one step coarser than
 * what the text stated (`stated`): "yesterday" seen from "2014-01" may become "2014-01", but a
 * "last week" spanning two years becomes nothing rather than a misleading "2013".
 */
export function containingDate(range: DayRange, stated: DatePrecision): PartialDate | undefined {
  const [y1, m1] = dayParts(range.lo);
  const [y2, m2] = dayParts(range.hi);
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
    value = String(y1).padStart(4, '0');
  }
  if (!found || !value) return undefined;
  // A range can never be finer than what was stated ("in June" is never a single day).
  if (RANK[found] < RANK[stated]) return stated === 'month' ? value.slice(0, 7) : value.slice(0, 4);
  return RANK[found] - RANK[stated] <= 1 ? value : undefined;
}

/** Today as a day number, for callers that have no published date to reason from. */
export function todayDay(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}
