import { datePrecision, isPartialDate } from '../../feed/dates.js';
import type { PartialDate } from '../../feed/types.js';
import { formatDate, formatNumber } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';

/*
 * The runtime's formatDate/formatNumber build a new Intl formatter on every call, and building one
 * costs far more than using it: with ten gauges on a page that was most of their render time. The gauge
 * formats the same few dates and numbers again and again, so it remembers the strings.
 */

const LIMIT = 2000;
const remembered = new Map<string, string>();

function remember(key: string, make: () => string): string {
  let value = remembered.get(key);
  if (value === undefined) {
    if (remembered.size >= LIMIT) remembered.clear();
    value = make();
    remembered.set(key, value);
  }
  return value;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * English dates exactly as `formatDate` writes them ("2014", "January 2014", "3 January 2014"), with one
 * Intl formatter per precision: a sparkline's hidden table formats hundreds of different dates.
 * Khmer goes through `formatDate` (its own month table, no Intl).
 */
function englishDate(date: PartialDate, month: 'long' | 'short'): string {
  const precision = datePrecision(date);
  const key = `${precision}:${month}`;
  let f = dateFormats.get(key);
  if (!f) {
    const o: Intl.DateTimeFormatOptions =
      precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' };
    f = new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  const [y, m, d] = date.split('-').map(Number);
  return f.format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
}

/** `formatDate`, remembered. */
export function dateText(date: PartialDate, locale: Locale, opts: { month?: 'long' | 'short' } = {}): string {
  return remember(`d\u0000${locale}\u0000${opts.month ?? ''}\u0000${date}`, () =>
    locale === 'en' && isPartialDate(date) ? englishDate(date, opts.month ?? 'long') : formatDate(date, locale, opts),
  );
}

/** `formatNumber`, remembered. */
export function numberText(value: number, locale: Locale, opts: Intl.NumberFormatOptions = {}): string {
  return remember(`n\u0000${locale}\u0000${JSON.stringify(opts)}\u0000${value}`, () => formatNumber(value, locale, opts));
}

const currencyFormats = new Map<string, Intl.NumberFormat | null>();

/** An English currency formatter, built once per currency and precision; null when the engine refuses the code. */
export function currencyFormat(currency: string, digits: number): Intl.NumberFormat | null {
  const key = `${currency}:${digits}`;
  let f = currencyFormats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    } catch {
      f = null;
    }
    if (currencyFormats.size >= LIMIT) currencyFormats.clear();
    currencyFormats.set(key, f);
  }
  return f;
}
