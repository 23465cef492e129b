import { isPartialDate } from '../../feed/dates.js';
import { periodEndDay, periodStartDay } from '../../feed/date-ranges.js';
import type { EventKind, TimelineEvent } from './model.js';
import { foldText, searchTextOf } from './search.js';

export { foldText };

/** What the reader (or the page, through attributes) chose to see. Empty means "everything". */
export interface FilterState {
  /** Kinds to show; an empty set shows every kind. */
  kinds: ReadonlySet<string>;
  /** ISO 3166-1 alpha-2 code, or '' for every country. */
  country: string;
  /** Partial dates (`2014`, `2014-01`, `2014-01-03`); anything else is ignored. */
  from?: string;
  to?: string;
  /** Free text; every word must appear (in any order). */
  query: string;
}

export const NO_FILTER: FilterState = { kinds: new Set(), country: '', query: '' };


/** The words of a query, folded. */
export function queryWords(query: string): string[] {
  const q = foldText(query);
  return q ? q.split(' ') : [];
}

interface Prepared {
  kinds: ReadonlySet<string>;
  country: string;
  fromDay: number;
  toDay: number;
  words: string[];
}

function prepare(f: FilterState): Prepared {
  return {
    kinds: f.kinds,
    country: f.country.toUpperCase(),
    fromDay: f.from && isPartialDate(f.from) ? periodStartDay(f.from) : -Infinity,
    toDay: f.to && isPartialDate(f.to) ? periodEndDay(f.to) : Infinity,
    words: queryWords(f.query),
  };
}

/** True when nothing but the kinds narrows the list (no country, dates or words). */
function kindsOnly(p: Prepared): boolean {
  return !p.country && p.fromDay === -Infinity && p.toDay === Infinity && !p.words.length;
}

/**
 * An event is inside a date range when the period it names overlaps the range: "January 2014"
 * stays visible from 15 January, because the source does not say it happened before.
 */
function matches(e: TimelineEvent, p: Prepared, ignoreKinds = false): boolean {
  if (!ignoreKinds && p.kinds.size > 0 && !p.kinds.has(e.kind)) return false;
  if (p.country && (e.place?.country ?? '').toUpperCase() !== p.country) return false;
  if (e.endDay < p.fromDay || e.startDay > p.toDay) return false;
  if (!p.words.length) return true;
  const text = (e.search ??= searchTextOf(e));
  for (const w of p.words) if (!text.includes(w)) return false;
  return true;
}

/** The events the filters let through, in the order given. */
export function filterEvents(events: readonly TimelineEvent[], f: FilterState): TimelineEvent[] {
  const p = prepare(f);
  if (p.kinds.size === 0 && kindsOnly(p)) return events.slice();
  return events.filter((e) => matches(e, p));
}

/**
 * How many events each kind chip would show with the other filters as they are (the kind filter
 * itself ignored), so a chip's number never lies about what pressing it gives. Every kind present
 * in `events` is listed, with 0 when the other filters hide all of its events.
 */
export function kindCounts(events: readonly TimelineEvent[], f: FilterState): Map<EventKind, number> {
  const p = prepare(f);
  // With no filter but the kinds (the usual case, and the first render) every event counts.
  const all = kindsOnly(p);
  const out = new Map<EventKind, number>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const n = out.get(e.kind) ?? 0;
    out.set(e.kind, all || matches(e, p, true) ? n + 1 : n);
  }
  return out;
}

/** Countries named by the events' places, most frequent first. */
export function countries(events: readonly TimelineEvent[]): string[] {
  const n = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const c = events[i].place?.country;
    if (!c) continue;
    const code = c.toUpperCase();
    n.set(code, (n.get(code) ?? 0) + 1);
  }
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
}

/** True when any filter narrows the list. */
export function isFiltered(f: FilterState): boolean {
  return f.kinds.size > 0 || !!f.country || !!queryWords(f.query).length ||
    (!!f.from && isPartialDate(f.from)) || (!!f.to && isPartialDate(f.to));
}

/** What the filter bar offers: kinds with counts, and countries. */
export interface Facets {
  kindCounts: Map<EventKind, number>;
  /** Events the other filters let through, all kinds together (the "All kinds" chip). */
  allCount: number;
  countries: string[];
}

export const NO_FACETS: Facets = { kindCounts: new Map(), allCount: 0, countries: [] };

/**
 * Facets for the filter bar. Countries depend only on the events, so they are reused from
 * `previous` unless the events changed.
 */
export function facetsOf(events: readonly TimelineEvent[], f: FilterState, previous?: Facets): Facets {
  const list = previous ? previous.countries : countries(events);
  const counts = kindCounts(events, f);
  let all = 0;
  for (const n of counts.values()) all += n;
  return { kindCounts: counts, allCount: all, countries: list };
}
