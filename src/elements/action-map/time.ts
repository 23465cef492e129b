/**
 * Time filtering and the week-by-week play-through, on reduced-precision dates (`2014`, `2014-01`,
 * `2014-01-03`). A date names a period; a record dated `2014-01` is "in" any filter that touches
 * January 2014. The day arithmetic is src/feed/dates.ts; spans are kept as ISO days (string order is
 * date order for these keys).
 */
import { dayNumber, isPartialDate } from '../../feed/dates.js';
import { formatDay, periodEnd, periodStart, recordRange, weekday } from '../../feed/date-ranges.js';

export { periodEnd, periodStart };

/** The period a record covers, from the start of `date` to the end of `end` (or of `date`). */
export function recordSpan(date: string, end?: string): [string, string] {
  const r = recordRange(date, end);
  return [formatDay(r.lo), formatDay(r.hi)];
}

/** Does [start, end] touch the filter [from, to]? Missing or malformed bounds are open. */
export function inRange(span: [string, string], from?: string, to?: string): boolean {
  if (from && isPartialDate(from) && span[1] < periodStart(from)) return false;
  if (to && isPartialDate(to) && span[0] > periodEnd(to)) return false;
  return true;
}

/** Day number of a `YYYY-MM-DD` day. */
const day = (iso: string): number => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** The Monday on or before `iso` (ISO weeks start on Monday). */
export function weekStart(iso: string): string {
  const d = day(iso);
  return formatDay(d - weekday(d));
}

/**
 * The Mondays from the week of `first` to the week of `last`. Long spans step several weeks at a time
 * so a play-through never has more than `maxSteps` steps (a feed spanning 20 years still plays in a
 * couple of minutes).
 */
export function weeksBetween(first: string, last: string, maxSteps = 120): string[] {
  const a = day(weekStart(first));
  const b = day(weekStart(last));
  if (!(b >= a)) return [formatDay(a)];
  const total = Math.round((b - a) / 7) + 1;
  const step = Math.max(1, Math.ceil(total / maxSteps));
  const out: string[] = [];
  for (let i = 0; i < total; i += step) out.push(formatDay(a + i * 7));
  if (out[out.length - 1] !== formatDay(b)) out.push(formatDay(b));
  return out;
}

/** Last day of the week starting on Monday `week`. */
export function weekEnd(week: string): string {
  return formatDay(day(week) + 6);
}
