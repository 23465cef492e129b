/**
 * Time filtering and the week-by-week play-through, on reduced-precision dates (`2014`, `2014-01`,
 * `2014-01-03`). A date names a period; a record dated `2014-01` is "in" any filter that touches
 * January 2014. Pure functions on ISO strings (string order is date order for these keys).
 */
import { isPartialDate } from '../../feed/dates.js';

const DAY = 86_400_000;

/** First day of the period a partial date names: `2014-01` → `2014-01-01`. */
export function periodStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** Last day of the period a partial date names: `2014-02` → `2014-02-28`. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date.slice(0, 10);
}

/** The period a record covers, from the start of `date` to the end of `end` (or of `date`). */
export function recordSpan(date: string, end?: string): [string, string] {
  const last = end && isPartialDate(end) ? periodEnd(end) : periodEnd(date);
  const first = periodStart(date);
  return [first, last < first ? periodEnd(date) : last];
}

/** Does [start, end] touch the filter [from, to]? Missing or malformed bounds are open. */
export function inRange(span: [string, string], from?: string, to?: string): boolean {
  if (from && isPartialDate(from) && span[1] < periodStart(from)) return false;
  if (to && isPartialDate(to) && span[0] > periodEnd(to)) return false;
  return true;
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The Monday on or before `day` (ISO weeks start on Monday). */
export function weekStart(day: string): string {
  const ms = dayMs(day);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return toDay(ms - dow * DAY);
}

/**
 * The Mondays from the week of `first` to the week of `last`. Long spans step several weeks at a time
 * so a play-through never has more than `maxSteps` steps (a feed spanning 20 years still plays in a
 * couple of minutes).
 */
export function weeksBetween(first: string, last: string, maxSteps = 120): string[] {
  const a = dayMs(weekStart(first));
  const b = dayMs(weekStart(last));
  if (!(b >= a)) return [toDay(a)];
  const total = Math.round((b - a) / (7 * DAY)) + 1;
  const step = Math.max(1, Math.ceil(total / maxSteps));
  const out: string[] = [];
  for (let i = 0; i < total; i += step) out.push(toDay(a + i * 7 * DAY));
  if (out[out.length - 1] !== toDay(b)) out.push(toDay(b));
  return out;
}

/** Last day of the week starting on Monday `week`. */
export function weekEnd(week: string): string {
  return toDay(dayMs(week) + 6 * DAY);
}
