import { formatDate, formatNumber, numberFormat } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';

/*
 * The gauge formats the same few dates and numbers on every render (and a sparkline's hidden table
 * hundreds of dates): it remembers the strings. Formatters themselves are cached by the runtime.
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

/** `formatDate`, remembered. */
export function dateText(date: string, locale: Locale, opts: { month?: 'long' | 'short' } = {}): string {
  return remember(`d\u0000${locale}\u0000${opts.month ?? ''}\u0000${date}`, () => formatDate(date, locale, opts));
}

/** `formatNumber`, remembered. */
export function numberText(value: number, locale: Locale, opts: Intl.NumberFormatOptions = {}): string {
  return remember(`n\u0000${locale}\u0000${JSON.stringify(opts)}\u0000${value}`, () => formatNumber(value, locale, opts));
}

/** An English currency formatter for `currency`; null when the engine refuses the code. */
export function currencyFormat(currency: string, digits: number): Intl.NumberFormat | null {
  try {
    return numberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    return null;
  }
}
