import { compareDates, dateSortKey, datePrecision, isPartialDate, isRfc3339, truncateDate } from '../../feed/dates.js';
import { periodEndDay, periodStartDay } from '../../feed/date-ranges.js';
import type {
  ActionKind,
  CampaignFeed,
  Count,
  DatePrecision,
  FeedItem,
  IncidentKind,
  PartialDate,
  Place,
} from '../../feed/types.js';
import { COUNT_FIELDS, type CountField } from './counts.js';

/** Whether an event is something that happened to workers or an act of solidarity. */
export type EventType = 'incident' | 'action';
export type EventKind = IncidentKind | ActionKind;

/** A quote backing an event, with what the reader needs to find the document it comes from. */
export interface ResolvedSource {
  quote: string;
  itemId: string;
  title?: string;
  /** Only ever rendered through `feedLink`, which keeps http(s) and drops the rest. */
  url?: string;
  publisher?: string;
  /** The item's date cut to the precision the document states. */
  date?: PartialDate;
}

/** One row of the timeline: an incident or a solidarity action, ready to show. */
export interface TimelineEvent {
  /** Unique within the timeline (`incident:<id>`); ids can repeat between incidents and actions. */
  key: string;
  id: string;
  type: EventType;
  kind: EventKind;
  date: PartialDate;
  end?: PartialDate;
  /** It happened on one day within `date`…`end` that the sources do not state (feed `range: "within"`). */
  within?: boolean;
  precision: DatePrecision;
  title: string;
  description?: string;
  place?: Place;
  counts: Partial<Record<CountField, Count>>;
  organisers: readonly string[];
  sources: ResolvedSource[];
  /** First and last day of the period the dates name, in days since 1970-01-01 (UTC). */
  startDay: number;
  endDay: number;
  /** `2014` and `2014-01` (or `2014` again when only the year is known): the groups it falls in. */
  year: string;
  month: string;
  /**
   * Title, description, place, organisers, quotes and source titles, folded for search; built at the
   * first search (`indexForSearch`, or `filterEvents` on its own), not while the list first renders.
   */
  search?: string;
}

/**
 * A string with something besides white space in it, else undefined. Most start with a letter, so
 * the first code unit answers without a regular expression (this runs for every text of every event).
 */
const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string' || v === '') return undefined;
  const c = v.charCodeAt(0);
  if (c > 32 && c < 127) return v;
  return /\S/.test(v) ? v : undefined;
};

function itemDate(item: FeedItem): PartialDate | undefined {
  const d = item.date_published;
  if (!isRfc3339(d) && !isPartialDate(d)) return undefined;
  return truncateDate(d, item._source?.date_precision ?? 'day');
}

function countOf(v: unknown): Count | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const c = v as Count;
  return typeof c.value === 'number' && Number.isFinite(c.value) && c.value >= 0 ? c : undefined;
}

interface RawEvent {
  id?: unknown;
  date?: unknown;
  end?: unknown;
  range?: unknown;
  kind?: unknown;
  title?: unknown;
  description?: unknown;
  place?: unknown;
  deaths?: unknown;
  injured?: unknown;
  arrested?: unknown;
  participants?: unknown;
  organisers?: unknown;
  sources?: unknown;
}

export interface BuildOptions {
  includeActions?: boolean;
}

/**
 * Turns the feed's incidents (and, when asked, solidarity actions) into timeline events sorted by
 * date. Reduced-precision dates sort at the start of the period they name (`compareDates`), so
 * "January 2014" comes before "3 January 2014". Events with the same date keep the feed's order,
 * incidents before actions. Records the runtime let through but that still lack a usable date or
 * title are skipped rather than shown wrong.
 */
export function buildEvents(feed: CampaignFeed, opts: BuildOptions = {}): TimelineEvent[] {
  const items = new Map<string, Omit<ResolvedSource, 'quote'>>();
  const feedItems = Array.isArray(feed.items) ? feed.items : [];
  for (let i = 0; i < feedItems.length; i++) {
    const it = feedItems[i];
    if (!it || typeof it.id !== 'string' || items.has(it.id)) continue;
    items.set(it.id, {
      itemId: it.id,
      title: str(it.title),
      url: str(it.url),
      publisher: str(it._source?.publisher),
      date: itemDate(it),
    });
  }
  const camp = feed._campaign;
  const lists: [EventType, unknown][] = [['incident', camp?.incidents]];
  if (opts.includeActions) lists.push(['action', camp?.actions]);
  const seen = new Set<string>();
  const out: TimelineEvent[] = [];
  for (const [type, list] of lists) {
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const raw = list[i] as RawEvent;
      if (!raw || typeof raw !== 'object') continue;
      const e = toEvent(type, raw, items);
      if (!e) continue;
      // Keys must be unique for keyed rendering, even if a hand-edited feed repeats an id.
      let key = e.key;
      for (let n = 2; seen.has(key); n++) key = `${e.key}#${n}`;
      seen.add(key);
      e.key = key;
      out.push(e);
    }
  }
  // Sort keys once (not per comparison): `dateSortKey` puts "2014-01" before "2014-01-03", like
  // `compareDates`. Array.prototype.sort is stable: equal dates keep their feed order.
  const keyed = out.map((e) => ({ e, k: dateSortKey(e.date) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.e);
}

const NO_ORGANISERS: readonly string[] = [];

/** The organisers' names that say something; the feed's own array when every one does (the usual case). */
function organisersOf(v: unknown): readonly string[] {
  if (!Array.isArray(v) || v.length === 0) return NO_ORGANISERS;
  for (let i = 0; i < v.length; i++) if (!str(v[i])) return v.filter((o): o is string => !!str(o));
  return v as string[];
}

function toEvent(
  type: EventType,
  raw: RawEvent,
  items: Map<string, Omit<ResolvedSource, 'quote'>>,
): TimelineEvent | undefined {
  const date = raw.date;
  const title = str(raw.title);
  if (!isPartialDate(date) || !title || typeof raw.kind !== 'string') return undefined;
  let end = isPartialDate(raw.end) ? raw.end : undefined;
  if (end && compareDates(end, date) < 0) end = undefined;
  const id = typeof raw.id === 'string' ? raw.id : String(raw.id ?? '');
  const place =
    raw.place && typeof raw.place === 'object' && str((raw.place as Place).name) ? (raw.place as Place) : undefined;
  const counts: TimelineEvent['counts'] = {};
  for (let i = 0; i < COUNT_FIELDS.length; i++) {
    const f = COUNT_FIELDS[i];
    const c = countOf(raw[f]);
    if (c) counts[f] = c;
  }
  const organisers = organisersOf(raw.organisers);
  const sources: ResolvedSource[] = [];
  if (Array.isArray(raw.sources)) {
    for (let i = 0; i < raw.sources.length; i++) {
      const s = raw.sources[i] as { item?: unknown; quote?: unknown };
      if (!s || typeof s !== 'object') continue;
      const quote = str(s.quote);
      const itemId = typeof s.item === 'string' ? s.item : '';
      if (!quote && !itemId) continue;
      const item = items.get(itemId);
      // Written out, not spread: one object shape for every source, built a thousand times.
      sources.push(
        item
          ? { quote: quote ?? '', itemId, title: item.title, url: item.url, publisher: item.publisher, date: item.date }
          : { quote: quote ?? '', itemId },
      );
    }
  }
  const precision = datePrecision(date);
  const description = str(raw.description);
  const e: TimelineEvent = {
    key: `${type}:${id}`,
    id,
    type,
    kind: raw.kind as EventKind,
    date,
    end,
    within: end !== undefined && raw.range === 'within',
    precision,
    title,
    description,
    place,
    counts,
    organisers,
    sources,
    // Arithmetic on the digits, no cache: a map lookup per date cost more than the sum it saved.
    startDay: periodStartDay(date),
    endDay: periodEndDay(end ?? date),
    year: date.slice(0, 4),
    month: precision === 'year' ? date.slice(0, 4) : date.slice(0, 7),
  };
  return e;
}

/** The event a deep link or `highlight` names: `<id>`, `incident-<id>` or `action-<id>`. */
export function findEvent(events: readonly TimelineEvent[], ref: string): TimelineEvent | undefined {
  if (!ref) return undefined;
  const exact = events.find((e) => e.id === ref);
  if (exact) return exact;
  const m = /^(incident|action)-(.+)$/.exec(ref);
  if (!m) return undefined;
  return events.find((e) => e.type === m[1] && e.id === m[2]);
}

/** The URL fragment that links to an event: `#incident-<id>` or `#action-<id>`. */
export function eventHash(e: Pick<TimelineEvent, 'type' | 'id'>): string {
  return `#${e.type}-${encodeURIComponent(e.id)}`;
}

/** Reads an event reference from a URL fragment (`#incident-i-shooting`); '' when it is not one. */
export function refFromHash(hash: string): string {
  const m = /^#((?:incident|action)-.+)$/.exec(hash);
  if (!m) return '';
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
