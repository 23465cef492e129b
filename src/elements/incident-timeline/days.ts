import type { PartialDate } from '../../feed/types.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date; `m` is 0-based and may overflow like Date's. */
export function utcDays(y: number, m: number, d: number): number {
  // setUTCFullYear keeps years 0–99 as written (Date.UTC would read them as 1900–1999).
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return Math.floor(t.getTime() / DAY_MS);
}

/** First day of the period a partial date names: `2014` → 1 Jan 2014, `2014-05` → 1 May 2014. */
export function periodStartDay(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return utcDays(y, (m || 1) - 1, d || 1);
}

/** Last day of the period a partial date names: `2014` → 31 Dec 2014, `2014-02` → 28 Feb 2014. */
export function periodEndDay(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return utcDays(y, m - 1, d);
  if (m) return utcDays(y, m, 0);
  return utcDays(y + 1, 0, 0);
}

/** `YYYY-MM-DD` of a day number (for `<input type="date">` values and `datetime` attributes). */
export function isoDay(day: number): string {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const ys = y < 0 ? `-${String(-y).padStart(6, '0')}` : y > 9999 ? `+${String(y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${ys}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}
