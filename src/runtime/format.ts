import { datePrecision, isPartialDate } from '../feed/dates.js';
import type { PartialDate } from '../feed/types.js';
import type { Locale } from './i18n.js';

/** Khmer month names (CLDR's): Debian's Chromium ships no Khmer date data, so `Intl` cannot give them. */
const KM_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const KM_DIGITS = '០១២៣៤៥៦៧៨៩';

/** Replaces ASCII digits with Khmer digits (០–៩). */
export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => KM_DIGITS[Number(d)]);
}

/** Replaces Khmer digits (០–៩) with ASCII digits, so typed Khmer numbers and dates read as numbers. */
export function fromKhmerDigits(text: string): string {
  return text.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}

/*
 * Building an Intl formatter costs far more than using one (measured: with 100 gauges on a page, about
 * a third of the render time went to constructing formatters). Every element formats with a handful of
 * option sets, so formatters are built once per locale and options and kept.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`; throws like the constructor on bad options (e.g. an unknown currency). */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

/*
 * English without Intl. The first Intl object a page builds costs 13–19 ms in Chromium (measured in a
 * fresh page: DisplayNames, DateTimeFormat or NumberFormat, whichever comes first; later ones cost
 * 1–3 ms), more than everything else an element does to show 100 events. English dates and whole
 * numbers are therefore spelled here, exactly as `Intl` spells them for en-GB (a test compares both
 * for every month and many numbers); anything else still goes to `Intl`.
 */
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

function englishDate(y: number, m: number, d: number, precision: string, month: 'long' | 'short'): string {
  if (precision === 'year') return String(y);
  const name = (month === 'short' ? EN_MONTHS_SHORT : EN_MONTHS)[m - 1];
  return precision === 'month' ? `${name} ${y}` : `${d} ${name} ${y}`;
}

/** Whole numbers as en-GB and en-US group them ("200,000"), or undefined when `Intl` must decide. */
function groupedInteger(value: number, opts: Intl.NumberFormatOptions): string | undefined {
  const plain = Object.entries(opts).every(([k, v]) => k === 'maximumFractionDigits' || (k === 'minimumFractionDigits' && v === 0));
  if (!plain || !Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

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
  if (locale !== 'km') return englishDate(y, m, d, precision, opts.month ?? 'long');
  // Khmer months are always spelled here (CLDR's names, Khmer digits), so every browser prints the same.
  if (precision === 'year') return toKhmerDigits(String(y));
  const month = KM_MONTHS[m - 1];
  return toKhmerDigits(precision === 'month' ? `${month} ${y}` : `${d} ${month} ${y}`);
}

/** Formats a number with grouping; Khmer uses Khmer digits. */
export function formatNumber(value: number, locale: Locale, opts: Intl.NumberFormatOptions = {}): string {
  const text = groupedInteger(value, opts) ?? numberFormat(locale === 'km' ? 'en-US' : 'en-GB', opts).format(value);
  return locale === 'km' ? toKhmerDigits(text) : text;
}
