/**
 * Country names in English and Khmer. Debian's Chromium (and other builds) ship `Intl` without Khmer
 * region names, so the countries a labour campaign around Cambodia most often names come from the
 * generated tables in src/feed/countries/ (scripts/gen-countries.mjs);
 * other countries come from `Intl.DisplayNames` when it really has the language, else English, else
 * the ISO code itself.
 */
import { COUNTRY_NAMES_EN } from '../feed/countries/names-en.generated.js';
import type { Locale } from './i18n.js';

// The Khmer names are a module of their own, loaded when an element speaks Khmer (`loadCountryNames`).
let kmNames: string[] | undefined;
let kmPending: Promise<void> | undefined;

let names: Map<string, [string, string | undefined]> | undefined;
function table(): Map<string, [string, string | undefined]> {
  if (!names) {
    names = new Map();
    COUNTRY_NAMES_EN.split(';').forEach((row, i) => names!.set(row.slice(0, 2), [row.slice(3), kmNames?.[i]]));
  }
  return names;
}

/**
 * Loads the names `locale` needs beyond English (the Khmer table); undefined when they are here.
 * Until then `countryName(code, 'km')` answers as for a country the table lacks.
 */
export function loadCountryNames(locale: Locale): Promise<void> | undefined {
  if (locale !== 'km' || kmNames) return undefined;
  return (kmPending ??= import('../feed/countries/names-km.generated.js').then(
    (m) => {
      kmNames = m.COUNTRY_NAMES_KM.split(';');
      names = undefined;
    },
    (err: unknown) => {
      kmPending = undefined;
      console.warn('solidarity-widgets: could not load the Khmer country names.', err);
    },
  ));
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
function intlName(code: string, lang: string): string | undefined {
  if (!displayNames.has(lang)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNames.set(lang, dn);
  }
  try {
    return displayNames.get(lang)?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `GB` → "United Kingdom" / "ចក្រភពអង់គ្លេស"; an unknown or malformed code is shown as given. */
export function countryName(code: string | undefined, locale: Locale): string {
  if (!code) return '';
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c)) return code;
  const row = table().get(c);
  if (row && (locale !== 'km' || row[1])) return locale === 'km' ? row[1]! : row[0];
  const en = row?.[0] ?? intlName(c, 'en') ?? c;
  if (locale === 'km') {
    const km = intlName(c, 'km');
    // An Intl without Khmer data answers in English (or with the code): only trust a Khmer answer.
    return km && /[\u1780-\u17ff]/.test(km) ? km : en;
  }
  return en;
}
