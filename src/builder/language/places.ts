/**
 * Finding places in a sentence with the offline gazetteer: names (case-sensitive, longest first) and
 * demonyms ("Cambodian"). A demonym says which country a sentence is about, never where something
 * happened: "the Cambodian embassy in north London" is in London.
 */
import type { Place } from '../../feed/types.js';
import { COUNTRY_ROWS, PLACE_ROWS } from './gazetteer-data.js';

export interface GazetteerEntry {
  name: string;
  country: string;
  kind: 'country' | 'capital' | 'city' | 'province';
  lat?: number;
  lon?: number;
  /** For a country: where its government and the embassies are. */
  seat?: { name: string; lat: number; lon: number };
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
  demonym: boolean;
}

const BY_NAME = new Map<string, GazetteerEntry>();
const DEMONYMS = new Map<string, GazetteerEntry>();
export const COUNTRIES = new Map<string, GazetteerEntry>();

function num(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

for (const row of COUNTRY_ROWS.trim().split('\n')) {
  const [iso, names, demonyms, seats, lat, lon] = row.split('|');
  const [name, ...aliases] = names.split(';');
  const [seat, ...seatAliases] = (seats ?? '').split(';');
  const la = num(lat);
  const lo = num(lon);
  const entry: GazetteerEntry = {
    name, country: iso, kind: 'country',
    seat: seat && la !== undefined && lo !== undefined ? { name: seat, lat: la, lon: lo } : undefined,
  };
  COUNTRIES.set(iso, entry);
  for (const n of [name, ...aliases]) BY_NAME.set(n, entry);
  for (const d of demonyms.split(';').filter(Boolean)) DEMONYMS.set(d, entry);
  if (entry.seat && seat !== name) {
    const city: GazetteerEntry = { name: seat, country: iso, kind: 'capital', lat: la, lon: lo };
    for (const n of [seat, ...seatAliases]) if (!BY_NAME.has(n)) BY_NAME.set(n, city);
  }
}
for (const row of PLACE_ROWS.trim().split('\n')) {
  const [iso, names, kind, lat, lon] = row.split('|');
  const [name, ...aliases] = names.split(';');
  const entry: GazetteerEntry = { name, country: iso, kind: kind as 'city', lat: num(lat), lon: num(lon) };
  for (const n of [name, ...aliases]) if (!BY_NAME.has(n)) BY_NAME.set(n, entry);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (keys: Iterable<string>): string =>
  [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');
// One pass over the sentence for all names; the lookarounds keep "Chad" out of "Chadwick" and
// "US" out of "US$80".
const NAME_RE = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(BY_NAME.keys())})(?![\\p{L}\\d$-])`, 'gu');
const DEMONYM_RE = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(DEMONYMS.keys())})(?![\\p{L}\\d-])`, 'gu');

/** Every place name and demonym in a text, left to right. */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
    const entry = BY_NAME.get(m[0]);
    if (entry) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry, demonym: false });
  }
  DEMONYM_RE.lastIndex = 0;
  for (let m = DEMONYM_RE.exec(text); m; m = DEMONYM_RE.exec(text)) {
    const entry = DEMONYMS.get(m[0]);
    if (!entry || out.some((p) => m!.index < p.end && p.start < m!.index + m![0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry, demonym: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function countryName(iso: string): string | undefined {
  return COUNTRIES.get(iso)?.name;
}

/** "KH" → "Cambodian", for titles such as "Protest outside the Cambodian embassy". */
export function demonymOf(iso: string): string | undefined {
  for (const [d, e] of DEMONYMS) if (e.country === iso) return d;
  return undefined;
}

/** A Place for the feed. A country becomes its seat city's marker only when `atSeat` (embassies). */
export function toPlace(entry: GazetteerEntry, atSeat = false): Place {
  if (entry.kind === 'country') {
    // The name stays what the text says ("Germany"); the marker goes where embassies are (Berlin).
    if (atSeat && entry.seat) return { name: entry.name, country: entry.country, lat: entry.seat.lat, lon: entry.seat.lon };
    return { name: entry.name, country: entry.country };
  }
  const place: Place = { name: entry.name, country: entry.country };
  if (entry.lat !== undefined && entry.lon !== undefined) {
    place.lat = entry.lat;
    place.lon = entry.lon;
  }
  return place;
}

/** A country-level place: name and code only, no marker (the text does not say where in it). */
export function countryPlace(iso: string): Place {
  return { name: countryName(iso) ?? iso, country: iso };
}
