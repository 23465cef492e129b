/**
 * Country names in English and Khmer. Debian's Chromium (and other builds) ship `Intl` without Khmer
 * region names, so the countries a labour campaign around Cambodia most often names come from the
 * generated tables in src/feed/countries/ (scripts/gen-countries.mjs);
 * other countries come from `Intl.DisplayNames` when it really has the language, else English, else
 * the ISO code itself.
 */
import { COUNTRY_NAMES_EN } from '../feed/countries/names-en.generated.js';
import { COUNTRY_NAMES_KM } from '../feed/countries/names-km.generated.js';
import type { Locale } from './i18n.js';

let names: Map<string, [string, string]> | undefined;
function table(): Map<string, [string, string]> {
  if (!names) {
    names = new Map();
    const km = COUNTRY_NAMES_KM.split(';');
    COUNTRY_NAMES_EN.split(';').forEach((row, i) => names!.set(row.slice(0, 2), [row.slice(3), km[i]]));
  }
  return names;
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
  if (row) return locale === 'km' ? row[1] : row[0];
  const en = intlName(c, 'en') ?? c;
  if (locale === 'km') {
    const km = intlName(c, 'km');
    // An Intl without Khmer data answers in English (or with the code): only trust a Khmer answer.
    return km && /[\u1780-\u17ff]/.test(km) ? km : en;
  }
  return en;
}
