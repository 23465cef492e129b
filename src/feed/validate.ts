import { isPartialDate, isRfc3339 } from './dates.js';
import {
  ACTION_KINDS,
  DATE_PRECISIONS,
  DATE_RANGES,
  DOCUMENT_STATUSES,
  EXPECTED,
  INCIDENT_COUNTS,
  INCIDENT_KINDS,
  JSON_FEED_VERSION,
  JSON_FEED_VERSIONS,
  MAX_LATITUDE,
  MAX_LONGITUDE,
  MAX_TEXT,
  QUALIFIERS,
  WAGE_PERIODS,
  WAGE_ROLES,
} from './contract.js';
import type { CampaignFeed } from './types.js';
import { isHttpUrl } from './urls.js';

/** One thing wrong with a feed: where (a JSON path such as `$.items[2].url`) and what was expected. */
export interface FeedProblem {
  path: string;
  message: string;
}

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_4217 = /^[A-Z]{3}$/;
const ISO_3166 = /^[A-Z]{2}$/;
// Plain arrays and indexed loops in what runs for every record: the feed is validated once, as the
// page loads, by code the engine has not optimised yet.
const ITEM_TEXTS = ['title', 'summary', 'content_text', 'language'];

/** A required string as `string()` accepts it: present, not blank, not too long. */
const okText = (v: unknown): boolean => typeof v === 'string' && v.length <= MAX_TEXT && v.trim() !== '';
/** An optional string as `string()` accepts it. */
const optText = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length <= MAX_TEXT);

/*
 * The usual record, checked in one pass with plain property reads and no JSON paths: a record these
 * accept is one the full checks below find nothing wrong with (each mirrors the check it stands for);
 * any other record goes through the full checks, which say what is wrong and where. A feed is
 * validated once, as the page loads, by code the engine has not optimised yet: 1,000 incidents took
 * ≈ 7 ms through the full checks.
 */
const INCIDENT_KIND_SET: ReadonlySet<string> = new Set(INCIDENT_KINDS);
const QUALIFIER_SET: ReadonlySet<string> = new Set(QUALIFIERS);
const PRECISION_SET: ReadonlySet<string> = new Set(DATE_PRECISIONS);
const VERSION_SET: ReadonlySet<string> = new Set(JSON_FEED_VERSIONS);

const okCount = (v: Json): boolean =>
  v === undefined ||
  (isObj(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 0 && typeof v.qualifier === 'string' && QUALIFIER_SET.has(v.qualifier));

const okCoordinate = (n: Json, lim: number): boolean => n === undefined || (typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= lim);

function okPlace(v: Json): boolean {
  return (
    isObj(v) &&
    okText(v.name) &&
    (v.country === undefined || (typeof v.country === 'string' && ISO_3166.test(v.country))) &&
    okCoordinate(v.lat, MAX_LATITUDE) &&
    okCoordinate(v.lon, MAX_LONGITUDE) &&
    (v.lat === undefined) === (v.lon === undefined)
  );
}

/** The usual source: a known item and a quote. */
const okSource = (s: Json, itemIds: Set<string>): boolean =>
  isObj(s) && typeof s.item === 'string' && itemIds.has(s.item) && s.item.length <= MAX_TEXT && okText(s.quote);

function okSources(v: Json, itemIds: Set<string>): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!okSource(v[i], itemIds)) return false;
  return true;
}

function quickIncident(e: Obj, itemIds: Set<string>, ids: Set<string>): boolean {
  const id = e.id;
  if (!okText(id) || ids.has(id as string)) return false;
  if (!isPartialDate(e.date) || (e.end !== undefined && !isPartialDate(e.end)) || (e.range !== undefined && e.range !== 'span' && e.range !== 'within')) return false;
  if (typeof e.kind !== 'string' || !INCIDENT_KIND_SET.has(e.kind) || !okText(e.title) || !optText(e.description)) return false;
  if (!okCount(e.deaths) || !okCount(e.injured) || !okCount(e.arrested) || !okCount(e.participants)) return false;
  if ((e.place !== undefined && !okPlace(e.place)) || !okSources(e.sources, itemIds)) return false;
  ids.add(id as string);
  return true;
}

function quickItem(item: Obj, itemIds: Set<string>): boolean {
  const id = item.id;
  if (!okText(id) || itemIds.has(id as string)) return false;
  if (!optText(item.title) || !optText(item.summary) || !optText(item.content_text) || !optText(item.language)) return false;
  if ((item.url !== undefined && !isHttpUrl(item.url)) || (item.date_published !== undefined && !isRfc3339(item.date_published))) return false;
  if (item.date_modified !== undefined && !isRfc3339(item.date_modified)) return false;
  if (item.tags !== undefined || item.authors !== undefined) return false; // rarer: the full checks
  const src = item._source;
  if (src !== undefined) {
    if (!isObj(src) || !okText(src.file) || !optText(src.publisher)) return false;
    if (src.date_precision !== undefined && !(typeof src.date_precision === 'string' && PRECISION_SET.has(src.date_precision))) return false;
  }
  itemIds.add(id as string);
  return true;
}

function show(v: Json): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v;
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

class Checker {
  problems: FeedProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  string(o: Obj, key: string, path: string, required = false): boolean {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required (a string)');
      return !required;
    }
    if (typeof v !== 'string') {
      this.add(`${path}.${key}`, `expected a string, got ${show(v)}`);
      return false;
    }
    if (required && v.trim() === '') {
      this.add(`${path}.${key}`, 'must not be empty');
      return false;
    }
    if (v.length > MAX_TEXT) {
      this.add(`${path}.${key}`, `is longer than ${MAX_TEXT} characters`);
      return false;
    }
    return true;
  }

  oneOf(o: Obj, key: string, path: string, allowed: readonly string[], required = false): void {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, `is required (one of ${allowed.join(', ')})`);
      return;
    }
    if (typeof v !== 'string' || !allowed.includes(v)) {
      this.add(`${path}.${key}`, `expected one of ${allowed.join(', ')}, got ${show(v)}`);
    }
  }

  pattern(o: Obj, key: string, path: string, re: RegExp, what: string, required = false): void {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, `is required (${what})`);
      return;
    }
    if (typeof v !== 'string' || !re.test(v)) this.add(`${path}.${key}`, `expected ${what}, got ${show(v)}`);
  }

  url(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v === undefined) return;
    if (!isHttpUrl(v)) this.add(`${path}.${key}`, `expected ${EXPECTED.url}, got ${show(v)}`);
  }

  partialDate(o: Obj, key: string, path: string, required = false): void {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required (an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD)');
      return;
    }
    if (!isPartialDate(v)) {
      this.add(`${path}.${key}`, `expected ${EXPECTED.partialDate}, got ${show(v)}`);
    }
  }

  dateTime(o: Obj, key: string, path: string, required = false): void {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, 'is required (an RFC 3339 date-time)');
      return;
    }
    if (!isRfc3339(v)) this.add(`${path}.${key}`, `expected ${EXPECTED.dateTime}, got ${show(v)}`);
  }

  stringArray(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) return this.add(`${path}.${key}`, `expected an array of strings, got ${show(v)}`);
    v.forEach((s, i) => {
      if (typeof s !== 'string') this.add(`${path}.${key}[${i}]`, `expected a string, got ${show(s)}`);
    });
  }

  count(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v === undefined) return;
    const p = `${path}.${key}`;
    if (!isObj(v)) return this.add(p, `expected { value, qualifier }, got ${show(v)}`);
    if (typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 0) {
      this.add(`${p}.value`, `expected a whole number ≥ 0, got ${show(v.value)}`);
    }
    this.oneOf(v, 'qualifier', p, QUALIFIERS, true);
  }

  place(v: Json, p: string): void {
    if (!isObj(v)) return this.add(p, `expected a place { name, country, lat, lon }, got ${show(v)}`);
    this.string(v, 'name', p, true);
    this.pattern(v, 'country', p, ISO_3166, EXPECTED.country);
    this.coordinate(v, 'lat', MAX_LATITUDE, p);
    this.coordinate(v, 'lon', MAX_LONGITUDE, p);
    if ((v.lat === undefined) !== (v.lon === undefined)) this.add(p, 'lat and lon must be given together');
  }

  coordinate(v: Obj, k: 'lat' | 'lon', lim: number, p: string): void {
    const n = v[k];
    if (n === undefined) return;
    if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > lim) {
      this.add(`${p}.${k}`, `expected a number between -${lim} and ${lim}, got ${show(n)}`);
    }
  }

  sources(o: Obj, path: string, itemIds: Set<string>): void {
    const v = o.sources;
    const p = `${path}.sources`;
    if (v === undefined) return this.add(p, 'is required (a list of { item, quote })');
    if (!Array.isArray(v)) return this.add(p, `expected an array of { item, quote }, got ${show(v)}`);
    for (let i = 0; i < v.length; i++) {
      const s: Json = v[i];
      // The usual case, a known item and a quote, is checked without building a path for each.
      if (okSource(s, itemIds)) continue;
      const sp = `${p}[${i}]`;
      if (!isObj(s)) {
        this.add(sp, `expected { item, quote }, got ${show(s)}`);
        continue;
      }
      if (this.string(s, 'item', sp, true) && typeof s.item === 'string' && !itemIds.has(s.item)) {
        this.add(`${sp}.item`, `no item has the id ${show(s.item)}`);
      }
      this.string(s, 'quote', sp, true);
    }
  }

  /** Checks that ids in one list are strings and unique. */
  id(o: Obj, path: string, seen: Set<string>): void {
    if (!this.string(o, 'id', path, true)) return;
    const id = o.id as string;
    if (seen.has(id)) this.add(`${path}.id`, `duplicate id ${show(id)}`);
    seen.add(id);
  }

  /** Checks each entry of `parent[key]` with `each`, unless `quick` (see above) accepts it first. */
  list(parent: Obj, key: string, path: string, each: (v: Obj, p: string) => void, quick?: (v: Obj) => boolean): void {
    const v = parent[key];
    if (v === undefined) return;
    if (!Array.isArray(v)) return this.add(`${path}.${key}`, `expected an array, got ${show(v)}`);
    const at = `${path}.${key}`;
    for (let i = 0; i < v.length; i++) {
      const entry: Json = v[i];
      if (quick && isObj(entry) && quick(entry)) continue;
      const p = `${at}[${i}]`;
      if (!isObj(entry)) this.add(p, `expected an object, got ${show(entry)}`);
      else each(entry, p);
    }
  }
}

/**
 * Checks a parsed JSON value against the feed contract and returns every problem found, each with its
 * JSON path. An empty list means the feed is valid. Never throws.
 */
export function validateFeed(json: unknown): FeedProblem[] {
  const c = new Checker();
  if (!isObj(json)) {
    c.add('$', `expected a JSON Feed object, got ${show(json)}`);
    return c.problems;
  }
  if (json.version === undefined) c.add('$.version', `is required (${JSON_FEED_VERSION})`);
  else if (typeof json.version !== 'string' || !VERSION_SET.has(json.version)) {
    c.add('$.version', `expected ${JSON_FEED_VERSION}, got ${show(json.version)}`);
  }
  c.string(json, 'title', '$', true);
  c.url(json, 'home_page_url', '$');
  c.url(json, 'feed_url', '$');
  c.string(json, 'description', '$');
  c.string(json, 'language', '$');

  const itemIds = new Set<string>();
  if (!Array.isArray(json.items)) {
    c.add('$.items', json.items === undefined ? 'is required (an array of items)' : `expected an array, got ${show(json.items)}`);
  }
  c.list(json, 'items', '$', (item, p) => {
    c.id(item, p, itemIds);
    for (let i = 0; i < ITEM_TEXTS.length; i++) c.string(item, ITEM_TEXTS[i], p);
    c.url(item, 'url', p);
    c.dateTime(item, 'date_published', p);
    c.dateTime(item, 'date_modified', p);
    c.stringArray(item, 'tags', p);
    c.list(item, 'authors', p, (a, ap) => {
      c.string(a, 'name', ap, true);
      c.url(a, 'url', ap);
    });
    const src = item._source;
    if (src !== undefined) {
      const sp = `${p}._source`;
      if (!isObj(src)) c.add(sp, `expected { file, publisher, date_precision }, got ${show(src)}`);
      else {
        c.string(src, 'file', sp, true);
        c.string(src, 'publisher', sp);
        c.oneOf(src, 'date_precision', sp, DATE_PRECISIONS);
      }
    }
  }, (item) => quickItem(item, itemIds));

  const camp = json._campaign;
  if (camp === undefined) return c.problems;
  const cp = '$._campaign';
  if (!isObj(camp)) {
    c.add(cp, `expected an object, got ${show(camp)}`);
    return c.problems;
  }
  if (camp.schema !== 1) c.add(`${cp}.schema`, `expected 1, got ${show(camp.schema)}`);
  c.dateTime(camp, 'generated', cp, true);
  c.pattern(camp, 'country', cp, ISO_3166, EXPECTED.country);

  const wageIds = new Set<string>();
  c.list(camp, 'wages', cp, (w, p) => {
    c.id(w, p, wageIds);
    if (typeof w.amount !== 'number' || !Number.isFinite(w.amount) || w.amount <= 0) {
      c.add(`${p}.amount`, `expected a positive number, got ${show(w.amount)}`);
    }
    c.pattern(w, 'currency', p, ISO_4217, EXPECTED.currency, true);
    c.oneOf(w, 'period', p, WAGE_PERIODS, true);
    c.oneOf(w, 'role', p, WAGE_ROLES, true);
    c.pattern(w, 'country', p, ISO_3166, EXPECTED.country);
    c.string(w, 'sector', p);
    c.partialDate(w, 'effective', p);
    c.sources(w, p, itemIds);
  });

  const incidentIds = new Set<string>();
  c.list(camp, 'incidents', cp, (e, p) => {
    c.id(e, p, incidentIds);
    c.partialDate(e, 'date', p, true);
    c.partialDate(e, 'end', p);
    c.oneOf(e, 'range', p, DATE_RANGES);
    c.oneOf(e, 'kind', p, INCIDENT_KINDS, true);
    c.string(e, 'title', p, true);
    c.string(e, 'description', p);
    for (let i = 0; i < INCIDENT_COUNTS.length; i++) c.count(e, INCIDENT_COUNTS[i], p);
    if (e.place !== undefined) c.place(e.place, `${p}.place`);
    c.sources(e, p, itemIds);
  }, (e) => quickIncident(e, itemIds, incidentIds));

  const actionIds = new Set<string>();
  c.list(camp, 'actions', cp, (a, p) => {
    c.id(a, p, actionIds);
    c.partialDate(a, 'date', p, true);
    c.partialDate(a, 'end', p);
    c.oneOf(a, 'range', p, DATE_RANGES);
    c.oneOf(a, 'kind', p, ACTION_KINDS, true);
    c.string(a, 'title', p, true);
    c.string(a, 'description', p);
    if (a.place !== undefined) c.place(a.place, `${p}.place`);
    if (a.route !== undefined) {
      if (!Array.isArray(a.route)) c.add(`${p}.route`, `expected an array of places, got ${show(a.route)}`);
      else a.route.forEach((pl, i) => c.place(pl, `${p}.route[${i}]`));
    }
    c.count(a, 'participants', p);
    c.stringArray(a, 'organisers', p);
    c.sources(a, p, itemIds);
  });

  c.list(camp, 'rates', cp, (r, p) => {
    c.pattern(r, 'from', p, ISO_4217, 'an ISO 4217 currency code', true);
    c.pattern(r, 'to', p, ISO_4217, 'an ISO 4217 currency code', true);
    if (typeof r.rate !== 'number' || !Number.isFinite(r.rate) || r.rate <= 0) {
      c.add(`${p}.rate`, `expected a positive number, got ${show(r.rate)}`);
    }
    c.partialDate(r, 'date', p, true);
    c.string(r, 'source', p);
  });

  c.list(camp, 'documents', cp, (d, p) => {
    c.string(d, 'file', p, true);
    c.oneOf(d, 'status', p, DOCUMENT_STATUSES, true);
    c.stringArray(d, 'messages', p);
  });

  return c.problems;
}

/** Type guard: true when `validateFeed` finds nothing wrong. */
export function isValidFeed(json: unknown): json is CampaignFeed {
  return validateFeed(json).length === 0;
}
