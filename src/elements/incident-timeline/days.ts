import { twoDigits } from '../../feed/dates.js';
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

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar (`m` 1–12), as `utcDays` gives
 * for a valid date, by arithmetic: this runs for every event of a feed as the timeline first renders,
 * where a `Date` per call cost milliseconds on a 1,000-event feed. (Howard Hinnant's days_from_civil.)
 */
export function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
function monthDays(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The year of a valid partial date, read from its digits. */
const yearOf = (date: PartialDate): number => twoDigits(date, 0) * 100 + twoDigits(date, 2);

/** First day of the period a partial date names: `2014` → 1 Jan 2014, `2014-05` → 1 May 2014. */
export function periodStartDay(date: PartialDate): number {
  return civilDays(yearOf(date), date.length >= 7 ? twoDigits(date, 5) : 1, date.length >= 10 ? twoDigits(date, 8) : 1);
}

/** Last day of the period a partial date names: `2014` → 31 Dec 2014, `2014-02` → 28 Feb 2014. */
export function periodEndDay(date: PartialDate): number {
  const y = yearOf(date);
  if (date.length < 7) return civilDays(y, 12, 31);
  const m = twoDigits(date, 5);
  return civilDays(y, m, date.length >= 10 ? twoDigits(date, 8) : monthDays(y, m));
}

/** `YYYY-MM-DD` of a day number (for `<input type="date">` values and `datetime` attributes). */
export function isoDay(day: number): string {
  const t = new Date(day * DAY_MS);
  const y = t.getUTCFullYear();
  const ys = y < 0 ? `-${String(-y).padStart(6, '0')}` : y > 9999 ? `+${String(y).padStart(6, '0')}` : String(y).padStart(4, '0');
  return `${ys}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}
