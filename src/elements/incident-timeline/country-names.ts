import type { Locale } from '../../runtime/i18n.js';

const regionNames = new Map<Locale, Intl.DisplayNames | null>();
const cache = new Map<string, string>();

/**
 * A country's name in the reader's language, from its ISO code (English where the browser has no
 * Khmer names: Debian's Chromium ships none). Cached: `Intl.DisplayNames` is slow enough to show up
 * when 100,000 events each ask.
 */
export function countryName(code: string, locale: Locale): string {
  const key = `${locale}:${code}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale === 'km' ? 'km' : 'en'], { type: 'region' }));
    } catch {
      regionNames.set(locale, null);
    }
  }
  let name = code;
  try {
    name = regionNames.get(locale)?.of(code.toUpperCase()) ?? code;
  } catch {
    // Not a region code: show it as written.
  }
  if (cache.size < 1000) cache.set(key, name);
  return name;
}
