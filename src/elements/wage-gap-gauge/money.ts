import { formatNumber } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { currencyFormat, numberText } from './format-cache.js';

/** An ISO 4217 code as the feed contract and the attributes accept it. */
export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** Normalises an attribute value (`usd`, ` GBP `) to a code, or undefined when it is not one. */
export function toCurrencyCode(value: string | null | undefined): string | undefined {
  const code = (value ?? '').trim().toUpperCase();
  return isCurrencyCode(code) ? code : undefined;
}

/**
 * Currency names the project writes itself: Debian's Chromium has no Khmer currency data, and the
 * English names read better in a sentence ("US dollars") than `Intl.DisplayNames` gives ("US Dollar").
 * `unit` follows an amount in Khmer ("៨០ ដុល្លារអាមេរិក"); `plural` names the currency in a note.
 */
const NAMES: Record<string, { en: string; km: string }> = {
  USD: { en: 'US dollars', km: 'ដុល្លារអាមេរិក' },
  GBP: { en: 'pounds sterling', km: 'ផោនអង់គ្លេស' },
  EUR: { en: 'euros', km: 'អឺរ៉ូ' },
  KHR: { en: 'Cambodian riels', km: 'រៀល' },
  BDT: { en: 'Bangladeshi taka', km: 'តាកាបង់ក្លាដែស' },
  THB: { en: 'Thai baht', km: 'បាតថៃ' },
  VND: { en: 'Vietnamese dong', km: 'ដុងវៀតណាម' },
  MMK: { en: 'Myanmar kyat', km: 'ចាតមីយ៉ាន់ម៉ា' },
  INR: { en: 'Indian rupees', km: 'រូពីឥណ្ឌា' },
  CNY: { en: 'Chinese yuan', km: 'យាន់ចិន' },
  IDR: { en: 'Indonesian rupiah', km: 'រូពីយ៉ាឥណ្ឌូណេស៊ី' },
  AUD: { en: 'Australian dollars', km: 'ដុល្លារអូស្ត្រាលី' },
  CAD: { en: 'Canadian dollars', km: 'ដុល្លារកាណាដា' },
  SEK: { en: 'Swedish kronor', km: 'ក្រូណាស៊ុយអែត' },
};

/** The name of a currency for a sentence: "US dollars", "ដុល្លារអាមេរិក"; the code when unknown. */
export function currencyName(code: string, locale: Locale): string {
  const known = NAMES[code];
  if (known) return known[locale];
  if (locale === 'en') {
    try {
      const name = new Intl.DisplayNames('en', { type: 'currency' }).of(code);
      if (name && name !== code) return name;
    } catch {
      /* an engine without DisplayNames: the code is still true */
    }
  }
  return code;
}

/**
 * How many decimals an amount deserves: a daily wage needs cents ("US$3.08"), a monthly one in whole
 * units does not ("US$80"), and large amounts (riels, taka) never show fractions.
 */
function fractionDigits(amount: number): number {
  if (Math.abs(amount) >= 1000) return 0;
  return Number.isInteger(Math.round(amount * 100) / 100) ? 0 : 2;
}

/*
 * English amounts without Intl: the first currency formatter a page builds loads the engine's
 * currency data, tens of milliseconds on a first visit, more than the rest of the gauge's first
 * render. The symbols en-GB prints for the currencies campaigns name most; any other code is written
 * before the amount with a no-break space, as en-GB does for currencies it has no symbol for. An
 * amount on a half is left to Intl, as are negative ones (a test compares the rest with Intl).
 */
const EN_SYMBOL: Record<string, string> = Object.fromEntries(
  'USD:US$ GBP:£ EUR:€ VND:₫ INR:₹ CNY:CN¥ JPY:JP¥ AUD:A$ CAD:CA$ PHP:₱ BRL:R$ MXN:MX$'.split(' ').map((p) => p.split(':')),
);
/** Codes en-GB writes as themselves (three capitals, so a match in this list is a whole code). */
const CODE_ONLY = 'KHR BDT THB MMK IDR SEK MYR LKR PKR NPR LAK KES ZAR CHF';

export function englishMoney(amount: number, currency: string, digits: number): string | undefined {
  const prefix = EN_SYMBOL[currency] ?? (CODE_ONLY.includes(currency) ? `${currency}\u00a0` : undefined);
  if (prefix === undefined || !(amount >= 0)) return undefined;
  const scaled = amount * 10 ** digits;
  const whole = Math.round(scaled);
  // Rounding is the same as Intl's unless the amount sits on a half (where binary fractions differ).
  if (!Number.isSafeInteger(whole) || Math.abs(Math.abs(scaled - whole) - 0.5) < 1e-6) return undefined;
  const int = formatNumber(Math.floor(whole / 10 ** digits), 'en');
  return digits ? `${prefix}${int}.${String(whole % 10 ** digits).padStart(digits, '0')}` : `${prefix}${int}`;
}

/**
 * Formats money for the reader: `US$80`, `£48.80` in English; `៨០ ដុល្លារអាមេរិក` in Khmer (Khmer digits,
 * the currency named in Khmer). `currency` undefined prints the bare number.
 */
export function formatMoney(amount: number, currency: string | undefined, locale: Locale): string {
  const digits = fractionDigits(amount);
  const numberOpts = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (!currency || !isCurrencyCode(currency)) return numberText(amount, locale, numberOpts);
  if (locale === 'km') return `${numberText(amount, 'km', numberOpts)} ${currencyName(currency, 'km')}`;
  const hand = englishMoney(amount, currency, digits);
  if (hand !== undefined) return hand;
  const format = currencyFormat(currency, digits);
  return format ? format.format(amount) : `${currency} ${numberText(amount, 'en', numberOpts)}`;
}

/** A percentage that never rounds a shortfall up to "100%" or a sliver down to "0%". */
export function formatPercent(ratio: number, locale: Locale): string {
  const pct = ratio * 100;
  let digits = 0;
  if ((Math.round(pct) === 100 && pct < 100) || (Math.round(pct) === 0 && pct > 0)) digits = 1;
  if (pct > 0 && pct < 0.05) digits = 2;
  const text = numberText(pct, locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return `${text}%`;
}
