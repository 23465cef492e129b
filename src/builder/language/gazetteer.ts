/**
 * Place lookup over the generated gazetteer (gazetteer.generated.ts, `npm run gen:gazetteer`): countries
 * with their names, demonyms and embassy seats, cities, first-level regions. No Node imports: the studio
 * runs this in a Web Worker. The tables are parsed on first use.
 *
 * Matching is case-sensitive and token-based: the text's word runs are looked up in a Map, longest
 * name first (at most as many words as the longest name starting with that word), so its cost does not
 * grow with the table. "Chad" is not in "Chadwick", "US" not in "US$80" or "US-based".
 */
import { COUNTRY_ROWS, PLACE_ROWS } from './gazetteer.generated.js';

export interface GazetteerEntry {
  name: string;
  country: string;
  kind: 'country' | 'capital' | 'city' | 'province';
  lat?: number;
  lon?: number;
  /** For a country: where its government and the embassies are. */
  seat?: { name: string; lat: number; lon: number };
  /** For a city: its population (one significant figure), to rank namesakes. */
  population?: number;
  /** This name is also an English word or a first name ("Victoria", "Phoenix"), or two countries'. */
  ambiguous?: boolean;
  /** For a country: ISO 3166-1 numeric code ("116"). */
  numeric?: string;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  entry: GazetteerEntry;
  demonym: boolean;
}

interface Tables {
  /** Name → candidates, most likely first (a country before any place). */
  names: Map<string, GazetteerEntry[]>;
  demonyms: Map<string, GazetteerEntry>;
  countries: Map<string, GazetteerEntry>;
  numeric: Map<string, GazetteerEntry>;
  demonymOf: Map<string, string>;
  /** First word of any name or demonym → the most words such a name has. */
  firstWord: Map<string, number>;
}

const KIND = { C: 'capital', c: 'city', p: 'province' } as const;
const BIG_CITY = 100_000; // as in scripts/gen-gazetteer.mjs: ranks above a province of the same name
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

let tables: Tables | undefined;

function num(s: string | undefined): number | undefined {
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A name as written in the table ("~" marks it ambiguous) → the entry it stands for under that name. */
function named(raw: string, entry: GazetteerEntry): [string, GazetteerEntry] {
  return raw.startsWith('~') ? [raw.slice(1), Object.freeze({ ...entry, ambiguous: true })] : [raw, entry];
}

function rankClass(e: GazetteerEntry): number {
  const big = (e.population ?? 0) >= BIG_CITY;
  if (e.kind === 'country') return 0;
  if (e.kind === 'capital') return big ? 1 : 2;
  if (e.kind === 'province') return 3;
  return big ? 2 : 4;
}

// Same order as the generator's: country, big capital, big city or small capital, province, small city;
// then population, then place.
function compare(a: GazetteerEntry, b: GazetteerEntry): number {
  return rankClass(a) - rankClass(b) || (b.population ?? 0) - (a.population ?? 0)
    || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0)
    || (a.lat ?? 0) - (b.lat ?? 0) || (a.lon ?? 0) - (b.lon ?? 0);
}

/**
 * A name's first word and how many words it has, as the text scanner splits them. The generator keeps
 * only names whose words are joined by a space, "'", "-", "." or ". ", so those are the only separators.
 */
function firstWord(name: string): [string, number] {
  let count = 1;
  let end = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c !== 32 && c !== 39 && c !== 45 && c !== 46) continue;
    if (end < 0) end = i;
    if (i + 1 < name.length && name.charCodeAt(i + 1) !== 32) count++;
  }
  return [end < 0 ? name : name.slice(0, end), count];
}

function load(): Tables {
  const t: Tables = {
    names: new Map(), demonyms: new Map(), countries: new Map(), numeric: new Map(), demonymOf: new Map(),
    firstWord: new Map(),
  };
  const addName = (name: string, entry: GazetteerEntry): void => {
    const list = t.names.get(name);
    if (list) list.push(entry);
    else t.names.set(name, [entry]);
  };
  for (const row of COUNTRY_ROWS.trim().split('\n')) {
    const [iso, numeric, names, demonyms, seatName, lat, lon] = row.split('|');
    const la = num(lat);
    const lo = num(lon);
    const [first = iso] = names.split(';');
    const entry: GazetteerEntry = { name: first.replace(/^~/, ''), country: iso, kind: 'country' };
    if (numeric) entry.numeric = numeric;
    if (seatName && la !== undefined && lo !== undefined) {
      entry.seat = Object.freeze({ name: seatName, lat: la, lon: lo });
    }
    Object.freeze(entry);
    t.countries.set(iso, entry);
    if (numeric) t.numeric.set(numeric, entry);
    for (const raw of names.split(';').filter(Boolean)) addName(...named(raw, entry));
    const ds = demonyms.split(';').filter(Boolean);
    if (ds.length) t.demonymOf.set(iso, ds[0].replace(/^~/, ''));
    for (const raw of ds) {
      const [d, e] = named(raw, entry);
      t.demonyms.set(d, e);
    }
  }
  for (const row of PLACE_ROWS.trim().split('\n')) {
    const [iso, names, kind, lat, lon, pop] = row.split('|');
    const all = names.split(';');
    const entry: GazetteerEntry = {
      name: all[0].replace(/^~/, ''), country: iso, kind: KIND[kind as keyof typeof KIND],
    };
    const la = num(lat);
    const lo = num(lon);
    if (la !== undefined && lo !== undefined) {
      entry.lat = la;
      entry.lon = lo;
    }
    const k = num(pop);
    if (k) entry.population = k * 1000;
    Object.freeze(entry);
    for (const raw of all) addName(...named(raw, entry));
  }
  // Ranked as the generator ranked them when it chose which to keep.
  for (const list of t.names.values()) if (list.length > 1) list.sort(compare);
  for (const key of [...t.names.keys(), ...t.demonyms.keys()]) {
    const [first, count] = firstWord(key);
    t.firstWord.set(first, Math.max(t.firstWord.get(first) ?? 0, count));
  }
  return t;
}

function get(): Tables {
  tables ??= load();
  return tables;
}

const apostrophes = (s: string): string => (/[’‘]/.test(s) ? s.replace(/[’‘]/g, "'") : s);

/** The country with this ISO 3166-1 alpha-2 ("KH", any case) or numeric ("116") code. */
export function countryByCode(code: string): GazetteerEntry | undefined {
  const t = get();
  return /^\d{1,3}$/.test(code) ? t.numeric.get(code.padStart(3, '0')) : t.countries.get(code.toUpperCase());
}

/** Every place this exact name can be (case-sensitive), most likely first: a country before any place. */
export function lookupName(name: string): GazetteerEntry[] {
  return [...(get().names.get(apostrophes(name.trim())) ?? [])];
}

/** The country of a demonym or adjective: "Cambodian", "Khmer", "Filipinos". */
export function lookupDemonym(word: string): GazetteerEntry | undefined {
  return get().demonyms.get(apostrophes(word.trim()));
}

/** "KH" → "Cambodian", for titles such as "Protest outside the Cambodian embassy". */
export function demonymOf(iso: string): string | undefined {
  return get().demonymOf.get(iso.toUpperCase());
}

/**
 * Every place name and demonym in a text, left to right, the longest at each place. A demonym says which
 * country a sentence is about (`demonym: true`), never where something happened.
 */
export function findPlaceNames(text: string): PlaceMention[] {
  const t = get();
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const out: PlaceMention[] = [];
  for (let i = 0; i < starts.length; i++) {
    const most = t.firstWord.get(text.slice(starts[i], ends[i]));
    if (most === undefined) continue;
    for (let n = Math.min(most, starts.length - i); n >= 1; n--) {
      const found = match(t, text, starts[i], ends[i + n - 1]);
      if (found) {
        out.push(found);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

function match(t: Tables, text: string, start: number, end: number): PlaceMention | undefined {
  // "U.S.": a name may end in the full stop after its last word.
  const tries = text[end] === '.' ? [end + 1, end] : [end];
  for (const stop of tries) {
    const key = apostrophes(text.slice(start, stop));
    const next = text[stop] ?? '';
    if (stop > end && /[\p{L}\p{M}\p{N}]/u.test(next)) continue;
    const candidates = t.names.get(key);
    if (candidates && next !== '$' && next !== '-') {
      return { start, end: stop, text: text.slice(start, stop), entry: candidates[0], demonym: false };
    }
    const country = t.demonyms.get(key);
    if (country && next !== '-') {
      return { start, end: stop, text: text.slice(start, stop), entry: country, demonym: true };
    }
  }
  return undefined;
}
