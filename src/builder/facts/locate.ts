/**
 * Where an event happened. A place is where it happened only when the text puts the event there
 * ("in London", "at the Hotel Indonesia traffic circle", "outside the … in Dublin"); a country named
 * as the target of the event ("the Bangladesh High Commission", "Cambodian embassies", "the
 * government of Bangladesh", "Cambodia's Ministry of Commerce") is never its location.
 *
 * Fallbacks, in order: a place elsewhere in the sentence, a demonym of the clause ("Cambodian garment
 * workers"), the country the two previous sentences spoke of, the document's own country.
 */
import type { PlaceMention } from '../language/places.js';
import type { SentenceEvent } from './events.js';

export interface Located {
  /** The city or province, when the text gives one. */
  place?: PlaceMention;
  /** The country code, when anything points to one. */
  country?: string;
  /** The country whose embassy (high commission, consulate) the event was held at. */
  embassyOf?: string;
  /** Several places of a plural trigger ("embassies in Germany, Hong Kong and Turkey"). */
  list?: PlaceMention[];
  /** A route: "from Kampong Chhnang province to Phnom Penh". */
  route?: PlaceMention[];
}

const EMBASSY = /^(?:['’]s\s+)?\s*(?:embass(?:y|ies)|high\s+commissions?|consulates?)\b/i;
const TARGET_AFTER =
  /^(?:['’]s\s+)?\s*(?:government|ministry|prime\s+minister|president|authorities|parliament|state\s+counsel+or|economy|embass(?:y|ies)|high\s+commissions?|consulates?|garment\s+(?:industry|exporters?))\b/i;
const TARGET_BEFORE = /\b(?:government|ministry|authorities|president|prime\s+minister|embassy|embassies)\s+of\s+(?:the\s+)?$/i;
const LOCATIVE = /\b(?:in|at|outside|near|across|on|around|throughout)\s+(?:the\s+|central\s+|north(?:ern)?\s+|south(?:ern)?\s+|east(?:ern)?\s+|west(?:ern)?\s+|downtown\s+)*$/i;
/** "from Japan", "to Phnom Penh": a route's ends, or an origin ("companies from Japan"): weaker. */
const DIRECTIONAL = /\b(?:to|from|into)\s+(?:the\s+)?$/i;
const PLURAL = /\b(?:demonstrations|protests|pickets|rallies|vigils|actions|embassies|consulates|cities|locations)\b/i;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i;

const PEOPLE_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:workers|unions?|unionists|employees|strikers|police|soldiers|army|troops|authorities|government|miners|labou?rers|people|activists|protesters|farmers|teachers)\b/i;

export function isTarget(text: string, p: PlaceMention): boolean {
  return TARGET_AFTER.test(text.slice(p.end, p.end + 30)) || TARGET_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start));
}

export function embassyOf(text: string, ev: SentenceEvent, places: PlaceMention[]): string | undefined {
  for (const p of places) {
    if (p.start < ev.clause.start || p.end > ev.clause.end) continue;
    if (EMBASSY.test(text.slice(p.end, p.end + 24))) return p.entry.country;
  }
  return undefined;
}

/** "a solidarity rally in the Japanese capital": the capital of the demonym's country. */
function capitalAfter(text: string, ev: SentenceEvent, places: PlaceMention[]): PlaceMention | undefined {
  const d = places.find((p) => p.demonym && p.start >= ev.end && p.end <= ev.clause.end &&
    /\bin\s+the\s+$/i.test(text.slice(Math.max(0, p.start - 8), p.start)) && /^\s+capital\b/i.test(text.slice(p.end, p.end + 9)));
  const seat = d?.entry.seat;
  if (!d || !seat) return undefined;
  return { ...d, demonym: false, entry: { name: seat.name, country: d.entry.country, kind: 'capital', lat: seat.lat, lon: seat.lon } };
}

export function locate(text: string, ev: SentenceEvent, places: PlaceMention[], home: string | undefined): Located {
  const usable = places.filter((p) => !p.demonym && !isTarget(text, p));
  const inClause = usable.filter((p) => p.start >= ev.clause.start && p.end <= ev.clause.end);
  const locative = (p: PlaceMention): boolean => LOCATIVE.test(text.slice(Math.max(0, p.start - 40), p.start)) || p.start === 0;
  const directional = (p: PlaceMention): boolean => DIRECTIONAL.test(text.slice(Math.max(0, p.start - 12), p.start));
  // A city is where something happened only when the text puts it there; a country named in the
  // clause ("Zimbabwe's police") still says which country.
  // Nearest first: in a long list of actions each takes the place told right after it.
  const after = inClause.filter((p) => p.start >= ev.start && locative(p)).sort((a, b) => a.start - b.start);
  const capital = capitalAfter(text, ev, places);
  if (capital && (!after[0] || capital.start < after[0].start)) after.unshift(capital);
  // A letter is sent from or to somewhere the text names after it, or handed over where a protest is.
  const letter = ev.cls === 'letter' || ev.cls === 'petition';
  const handed = /\b(?:delivered|handed|presented|submitted)\b/i.test(text.slice(ev.end, ev.clause.end));
  const ordered = letter ? [...after, ...(handed ? inClause.filter((p) => p.start < ev.start && locative(p)).reverse() : [])] : [
    ...after,
    ...inClause.filter((p) => p.start < ev.start && locative(p)).sort((a, b) => b.start - a.start),
    ...usable.filter(locative),
    ...inClause.filter((p) => !directional(p) && p.entry.kind === 'country'),
  ];
  const from = inClause.find((p) => p.start >= ev.start && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 12), p.start)));
  const to = from && inClause.find((p) => p.start > from.end &&
    /^\s*(?:province|city|district|town)?\s*(?:,\s*)?to\s+(?:the\s+)?$/i.test(text.slice(from.end, p.start)));
  const route = from && to ? [from, to] : undefined;
  let place = ordered[0] ?? route?.[0];
  // "near Santa Rosa in Peru's Apurímac region": a country the clause names outweighs a city elsewhere.
  const country = place && inClause.find((p) => p.entry.kind === 'country' && p.start > place!.end && p.start - place!.end < 60 &&
    (locative(p) || /^['’]s\b/.test(text.slice(p.end, p.end + 3))));
  if (place && country && place.entry.kind !== 'country' && place.entry.country !== country.entry.country) place = country;
  const out: Located = { embassyOf: embassyOf(text, ev, places), route };
  if (place) {
    out.place = place.entry.kind === 'country' ? undefined : place;
    out.country = place.entry.country;
    if (PLURAL.test(text.slice(ev.clause.start, ev.clause.end))) {
      const list = [place];
      let end = place.end;
      const later = inClause.filter((p) => p.start > place.start).sort((a, b) => a.start - b.start);
      for (const p of later) {
        if (!LIST_GAP.test(text.slice(end, p.start))) break;
        end = p.end;
        // "London, UK, and Paris, France": a city and its country are one place.
        if (p.entry.kind === 'country' && p.entry.country === list[list.length - 1].entry.country) continue;
        list.push(p);
      }
      if (list.length > 1) out.list = list;
    }
    return out;
  }
  // "a solidarity rally in the Japanese capital", "Cambodian garment workers", "Turkish police"; not
  // "components for Japanese car makers".
  const demonym = places.find((p) => p.demonym && p.start >= ev.clause.start && p.end <= ev.clause.end && !isTarget(text, p) &&
    PEOPLE_AFTER.test(text.slice(p.end, p.end + 40)));
  out.country = demonym?.entry.country ?? home;
  return out;
}
