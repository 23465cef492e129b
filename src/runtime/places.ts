/**
 * Place names as the elements show them: a place that is the country itself is named once, in the
 * reader's language ("កម្ពុជា", not "Cambodia, កម្ពុជា"); any other place keeps its own name, with the
 * country after it.
 */
import { countryName } from './countries.js';
import type { Locale } from './i18n.js';

interface PlaceLike {
  name?: unknown;
  country?: unknown;
}

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[\s.'’-]+/gu, '');

/** Whether `name` is just a name of the country `code` (in English or Khmer, or its code). */
function namesCountry(name: string, code: string): boolean {
  const n = fold(name);
  return [code, countryName(code, 'en'), countryName(code, 'km')].some((c) => c !== '' && fold(c) === n);
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The place's own name: the country's name in `locale` when the place is the country itself. */
export function placeName(place: PlaceLike | undefined, locale: Locale): string {
  if (!place) return '';
  const name = text(place.name);
  const code = text(place.country);
  if (name && code && namesCountry(name, code)) return countryName(code, locale);
  return name;
}

/** "London, United Kingdom"; "Cambodia" alone for the country itself; the country when there is no name. */
export function placeText(place: PlaceLike | undefined, locale: Locale): string {
  if (!place) return '';
  const code = text(place.country);
  const country = code ? countryName(code, locale) : '';
  const name = placeName(place, locale);
  if (!name) return country;
  if (!country || name === country) return name;
  return `${name}, ${country}`;
}
