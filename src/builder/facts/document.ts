/**
 * What the whole item says about itself: which country it is about, where and when it was filed
 * (its dateline), which place a shared name means, and which "places" are people's surnames.
 */
import { findPlaces, type GazetteerEntry, type PlaceMention } from '../language/places.js';
import { lookupName } from '../language/gazetteer.js';
import type { DateMention } from '../language/when.js';
import type { SentenceInfo } from './sentence-info.js';

/**
 * A name several places share ("Florida": a US state, a Puerto Rican town, a Uruguayan department)
 * is the one in the country the rest of the document names most; a surname that is also a town
 * ("Pedro Zamora") is no place anywhere in the document.
 */
export function disambiguate(infos: SentenceInfo[]): void {
  const surnames = new Set<string>();
  for (const info of infos) {
    for (const m of info.s.text.matchAll(/\b\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)\b/gu)) {
      const full = m[0];
      const last = m[1];
      const asPlace = lookupName(last);
      if (lookupName(full).length === 0 && asPlace.length && asPlace.every((e) => e.kind !== 'country') &&
        lookupName(full.split(/\s+/)[0]).length === 0 &&
        !/^(?:North|South|East|West|Central|Greater|New|The|In|At|From|Of|On|Near|Outside|Meanwhile|Workers?|Metro|Downtown|Upper|Lower|Port|Saint|San|Santa|Lake|Mount|Greater)$/.test(full.split(/\s+/)[0])) {
        surnames.add(last);
      }
    }
  }
  for (const info of infos) if (surnames.size) info.places = info.places.filter((p) => p.demonym || !surnames.has(p.text));
  const named = countriesOf(infos);
  for (const info of infos) {
    info.places = info.places.map((p) => {
      if (p.demonym || p.entry.kind === 'country') return p;
      const options = lookupName(p.text).filter((e) => e.kind !== 'country');
      if (options.length < 2) return p;
      // A country the same sentence names ("near Santa Rosa in Peru's Apurímac region") decides first.
      const here = new Set(info.places.filter((o) => o !== p && (o.entry.kind === 'country' || o.demonym)).map((o) => o.entry.country));
      const score = (e: GazetteerEntry): number =>
        (here.has(e.country) ? 100 : 0) + (named.get(e.country) ?? 0) - (e.country === p.entry.country ? 1 : 0);
      const best = options.reduce((a, b) => (score(b) > score(a) ? b : a), p.entry);
      return best === p.entry || score(best) <= 0 ? p : { ...p, entry: best };
    });
  }
}

/** How often each country is named: a demonym ("Japanese-owned") says less about where than a place. */
export function countriesOf(infos: SentenceInfo[]): Map<string, number> {
  const countries = new Map<string, number>();
  for (const info of infos) {
    for (const p of info.places) countries.set(p.entry.country, (countries.get(p.entry.country) ?? 0) + (p.demonym ? 0.5 : 1));
  }
  return countries;
}

export function mostNamed(counts: Map<string, number>): string | undefined {
  let top: string | undefined;
  for (const [c, n] of counts) if (!top || n > counts.get(top)! || (n === counts.get(top)! && c < top)) top = c;
  return top;
}

/** "Brussels, 3 December 2008:", "Phnom Penh - A union leader said …": where (and when) the piece was filed. */
export function datelineOf(infos: SentenceInfo[]): { place: PlaceMention; date?: DateMention } | undefined {
  for (const info of infos.slice(0, 4)) {
    const p = info.places[0]?.start === 0 ? info.places[0] : datelinePlace(info.s.text);
    if (p && p.start === 0 && !p.demonym && p.entry.kind !== 'country' &&
      /^\s*(?:\([^)]{1,24}\)\s*)?(?:[,:–—-]|\s[–—-])/.test(info.s.text.slice(p.end, p.end + 32))) {
      const date = info.dates.find((d) => d.start - p.end < 4 && d.stated === 'day');
      return { place: p, date };
    }
  }
  return undefined;
}

/**
 * "GENERAL TRIAS, Cavite —", "Geneva, 12 March 2019 –": a dateline names its city first, often in
 * capitals, and a name the sentence reader keeps out as ambiguous is a place here.
 */
function datelinePlace(text: string): PlaceMention | undefined {
  const m = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})(?=\s*(?:\([^)]*\)\s*)?(?:,|:|\s[–—-]))/u.exec(text);
  if (!m) return undefined;
  const name = m[1] === m[1].toUpperCase() ? m[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : m[1];
  const entry = lookupName(name).find((e) => e.kind !== 'country') ?? lookupName(name)[0];
  return entry ? { start: 0, end: m[1].length, text: m[1], entry, demonym: false } : undefined;
}

/** A country named in the document's address or title ("…/world/cambodia/…"). */
export function hintCountry(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const words = hint.replace(/[/_.?=&-]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return findPlaces(words).find((p) => p.entry.kind === 'country' && !p.demonym)?.entry.country;
}

