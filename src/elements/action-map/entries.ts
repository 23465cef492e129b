/**
 * What the map and the table show, read once from a feed: one entry per solidarity action (and per
 * incident with `include-incidents`), with its position, span in time and the text of its
 * accessible name. Pure functions; the element keeps the result until the feed or filters change.
 */
import { compareDates, isPartialDate } from '../../feed/dates.js';
import type { CampaignFeed, Count, Incident, Place, SolidarityAction } from '../../feed/types.js';
import type { Locale } from '../../runtime/i18n.js';
import { formatDate } from '../../runtime/format.js';
import { countryName } from '../../runtime/countries.js';
import { placeText as placeTextOf } from '../../runtime/places.js';
import { inRange, recordSpan } from './time.js';

export type EntryType = 'action' | 'incident';

export interface MapEntry {
  /** `action:<id>` or `incident:<id>`: unique even when an action and an incident share an id. */
  key: string;
  type: EntryType;
  record: SolidarityAction | Incident;
  /** Where the marker stands: the place, else the start of the route. Undefined: table only. */
  at?: { lon: number; lat: number };
  /** The located points of a march route, in order (two or more), as [lon, lat]. */
  route?: [number, number][];
  /** Period covered, as day keys. */
  span: [string, string];
  participants?: number;
  country?: string;
}

function located(p: Place | undefined): p is Place & { lat: number; lon: number } {
  return (
    !!p && typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) &&
    Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180
  );
}

function entryOf(type: EntryType, r: SolidarityAction | Incident): MapEntry | undefined {
  if (!r || typeof r.id !== 'string' || !isPartialDate(r.date)) return undefined;
  const route = type === 'action' && Array.isArray((r as SolidarityAction).route)
    ? (r as SolidarityAction).route!.filter(located).map((p) => [p.lon, p.lat] as [number, number])
    : [];
  const place = located(r.place) ? r.place : undefined;
  const at = place ? { lon: place.lon, lat: place.lat } : route.length ? { lon: route[0][0], lat: route[0][1] } : undefined;
  const p = r.participants?.value;
  return {
    key: `${type}:${r.id}`,
    type,
    record: r,
    at,
    route: route.length >= 2 ? route : undefined,
    span: recordSpan(r.date, r.end),
    participants: typeof p === 'number' && Number.isFinite(p) && p > 0 ? p : undefined,
    country: r.place?.country ?? (type === 'action' ? (r as SolidarityAction).route?.find((x) => x?.country)?.country : undefined),
  };
}

/** All entries of a feed, in date order (actions before incidents on the same date). */
export function readEntries(feed: CampaignFeed, withIncidents: boolean): MapEntry[] {
  const c = feed._campaign;
  const out: MapEntry[] = [];
  for (const a of Array.isArray(c?.actions) ? c!.actions : []) {
    const e = entryOf('action', a);
    if (e) out.push(e);
  }
  if (withIncidents) {
    for (const i of Array.isArray(c?.incidents) ? c!.incidents : []) {
      const e = entryOf('incident', i);
      // Incidents join the map only where they happened at a known spot.
      if (e?.at) out.push(e);
    }
  }
  return out.sort((a, b) => compareDates(a.span[0], b.span[0]));
}

export function filterEntries(entries: readonly MapEntry[], from?: string, to?: string): MapEntry[] {
  return from || to ? entries.filter((e) => inRange(e.span, from, to)) : [...entries];
}

/** "January 2014", or "12 August 2014 – 14 August 2014" for a span. */
export function dateText(r: { date: string; end?: string }, locale: Locale): string {
  const a = formatDate(r.date, locale);
  return r.end && isPartialDate(r.end) && r.end !== r.date ? `${a} – ${formatDate(r.end, locale)}` : a;
}

/** "London, United Kingdom" — the place name and its country, without repeating either. */
export function placeText(place: Place | undefined, locale: Locale): string {
  return placeTextOf(place, locale);
}

/**
 * The accessible name of a marker, as the issue spells it:
 * "Protest outside the Cambodian embassy, London, United Kingdom, January 2014".
 */
export function entryName(e: MapEntry, locale: Locale): string {
  const r = e.record;
  const place = placeText(r.place, locale);
  return [r.title, place, dateText(r, locale)].filter(Boolean).join(', ');
}

/** Table rows grouped by country (localised name order), each group in date order. */
export function groupByCountry(entries: readonly MapEntry[], locale: Locale): { country?: string; name: string; entries: MapEntry[] }[] {
  const groups = new Map<string, MapEntry[]>();
  for (const e of entries) {
    const code = e.country?.toUpperCase() ?? '';
    const list = groups.get(code);
    if (list) list.push(e);
    else groups.set(code, [e]);
  }
  const collator = new Intl.Collator(locale === 'km' ? 'km' : 'en');
  return [...groups.entries()]
    .map(([code, list]) => ({
      country: code || undefined,
      name: code ? countryName(code, locale) : '',
      entries: list.sort((a, b) => compareDates(a.span[0], b.span[0]) || a.record.title.localeCompare(b.record.title)),
    }))
    .sort((a, b) => (a.country ? (b.country ? collator.compare(a.name, b.name) : -1) : 1));
}

/**
 * Marker radius from participants: area proportional to the number (square-root scale). The scale
 * reaches its top at the feed's largest number, but never below 1,000 people, so a feed of small
 * gatherings does not draw forty people as a crowd.
 */
export function radiusScale(max: number, min = 5, top = 20): (n: number | undefined) => number {
  const m = Math.sqrt(Math.max(1000, max));
  return (n) => (n === undefined ? min : min + (top - min) * Math.min(1, Math.sqrt(n) / m));
}

export function countValue(c: Count | undefined): number | undefined {
  return c && typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : undefined;
}
