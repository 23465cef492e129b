import { datePrecision, isPartialDate } from '../feed/dates.js';
import type { PartialDate } from '../feed/types.js';
import type { Locale } from './i18n.js';

/** Khmer month names: Debian's Chromium ships no Khmer date data, so `Intl` cannot give them. */
const KM_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const KM_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Replaces ASCII digits with Khmer digits (០–៩). */
export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => KM_DIGITS[Number(d)]);
}

function intlHasLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 &&
      new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2014, 0, 15))) !== 'January';
  } catch {
    return false;
  }
}

/*
 * Building an Intl formatter costs far more than using one (measured: with 100 gauges on a page, about
 * a third of the render time went to constructing formatters). Every element formats with a handful of
 * option sets, so formatters are built once per locale and options and kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

/** A cached `Intl.NumberFormat`; throws like the constructor on bad options (e.g. an unknown currency). */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

const kmIntl = (() => {
  let known: boolean | undefined;
  return () => (known ??= intlHasLocale('km'));
})();

/**
 * Formats a partial date as what it is: `2014` → "2014", `2014-01` → "January 2014",
 * `2014-01-03` → "3 January 2014". Never adds a day or month the source did not state.
 */
export function formatDate(input: PartialDate, locale: Locale, opts: { month?: 'long' | 'short' } = {}): string {
  // An RFC 3339 date-time is shown as its calendar day; anything unreadable as written, never a throw.
  const date = /^\d{4}-\d{2}-\d{2}T/.test(input) ? input.slice(0, 10) : input;
  if (!isPartialDate(date)) return input;
  const precision = datePrecision(date);
  const [y, m, d] = date.split('-').map(Number);
  if (locale === 'km' && !kmIntl()) {
    if (precision === 'year') return toKhmerDigits(String(y));
    const month = KM_MONTHS[m - 1];
    return toKhmerDigits(precision === 'month' ? `${month} ${y}` : `${d} ${month} ${y}`);
  }
  const tag = locale === 'km' ? 'km' : 'en-GB';
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999 ("0014" would print as 1914).
  const when = new Date(0);
  when.setUTCFullYear(y, (m || 1) - 1, d || 1);
  const month = opts.month ?? 'long';
  const o: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month } : { year: 'numeric', month, day: 'numeric' };
  const text = dateTimeFormat(tag, { ...o, timeZone: 'UTC' }).format(when);
  return locale === 'km' ? toKhmerDigits(text) : text;
}

/** Formats a number with grouping; Khmer uses Khmer digits. */
export function formatNumber(value: number, locale: Locale, opts: Intl.NumberFormatOptions = {}): string {
  const text = numberFormat(locale === 'km' ? 'en-US' : 'en-GB', opts).format(value);
  return locale === 'km' ? toKhmerDigits(text) : text;
}
