import type { DatePrecision, PartialDate } from './types.js';

/** `2014`, `2014-01`, `2014-01-03` — ISO 8601 calendar dates with reduced precision. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** RFC 3339 date-time (`2014-01-03T00:00:00Z`, `2014-01-03T08:15:00.5+07:00`). */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m !== 2) return d <= MONTH_DAYS[m - 1];
  // Arithmetic, not a Date per call (this runs for every date of a feed). Years 0–99 follow
  // Date.UTC, which reads them as 1900–1999, as this check always has.
  const yy = y < 100 ? y + 1900 : y;
  const leap = yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0);
  return d <= (leap ? 29 : 28);
}

export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  return validDay(y, mo, Number(m[3]));
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
