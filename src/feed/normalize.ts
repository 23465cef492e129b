import { JSON_FEED_VERSION, type CampaignFeed } from './types.js';
import { validateFeed, type FeedProblem } from './validate.js';

export interface NormalizedFeed {
  feed: CampaignFeed;
  /** Records dropped and fields left out because they broke the contract, each with its JSON path. */
  problems: FeedProblem[];
  format: string;
}

export const EMPTY_FEED: CampaignFeed = Object.freeze({
  version: JSON_FEED_VERSION,
  title: '',
  items: [],
}) as CampaignFeed;

type RecordList = 'items' | 'wages' | 'incidents' | 'actions' | 'rates' | 'documents';
const LISTS: readonly RecordList[] = ['items', 'wages', 'incidents', 'actions', 'rates', 'documents'];

/**
 * Fields a record can live without. A bad one is left out and the record kept: an item with a
 * `javascript:` link still has a title worth showing; an incident with an unreadable `end` still
 * happened on its `date`. Everything else (ids, required fields, source quotes) drops the record.
 */
const OPTIONAL: Record<RecordList, ReadonlySet<string>> = {
  items: new Set(['title', 'summary', 'content_text', 'url', 'date_published', 'date_modified', 'authors', 'tags', 'language', '_source']),
  wages: new Set(['country', 'sector', 'effective']),
  incidents: new Set(['end', 'range', 'description', 'deaths', 'injured', 'arrested', 'participants', 'place']),
  actions: new Set(['end', 'range', 'description', 'place', 'route', 'participants', 'organisers']),
  rates: new Set(['source']),
  documents: new Set(['messages']),
};
/** Lists inside a record whose bad entries are left out one by one. */
const ENTRY_LISTS = new Set(['tags', 'authors', 'organisers', 'messages']);

interface Located {
  list: RecordList;
  index: number;
  /** `url`, `authors[1].url`, `place.lat`… ; empty for the record itself. */
  rest: string;
}

/** `$.items[3].url` → items 3 `url`; `$._campaign.wages[0].sources[1].item` → wages 0 `sources[1].item`. */
function locate(path: string): Located | null {
  const m = /^\$\.(?:_campaign\.)?(items|wages|incidents|actions|rates|documents)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m || (m[1] !== 'items' && !path.startsWith('$._campaign.'))) return null;
  return { list: m[1] as RecordList, index: Number(m[2]), rest: m[3] };
}

type Repair =
  | { kind: 'drop-record' }
  | { kind: 'drop-field'; field: string }
  | { kind: 'drop-entry'; field: string; entry: number; sub: string };

function repairFor(list: RecordList, rest: string): Repair {
  const m = /^([A-Za-z_]+)(?:\[(\d+)\])?\.?(.*)$/.exec(rest);
  if (!m || !OPTIONAL[list].has(m[1])) return { kind: 'drop-record' };
  if (m[2] !== undefined && ENTRY_LISTS.has(m[1])) return { kind: 'drop-entry', field: m[1], entry: Number(m[2]), sub: m[3] };
  return { kind: 'drop-field', field: m[1] };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One pass: drops bad records and leaves out bad optional fields, copying what it changes (the input
 * is never modified: it may be an object the page still holds). Returns the problems it acted on.
 */
function repairOnce(src: Obj, problems: FeedProblem[]): { next: Obj; acted: FeedProblem[]; fatal: FeedProblem[] } {
  const dropRecords: Record<RecordList, Set<number>> = {
    items: new Set(), wages: new Set(), incidents: new Set(), actions: new Set(), rates: new Set(), documents: new Set(),
  };
  const fieldFixes = new Map<string, { list: RecordList; index: number; repairs: Repair[] }>();
  const acted: FeedProblem[] = [];
  const fatal: FeedProblem[] = [];
  for (const p of problems) {
    const at = locate(p.path);
    if (!at) {
      fatal.push(p);
      continue;
    }
    const repair = at.rest === '' ? ({ kind: 'drop-record' } as const) : repairFor(at.list, at.rest);
    if (repair.kind === 'drop-record') {
      dropRecords[at.list].add(at.index);
      acted.push({ path: p.path, message: `${p.message}; the record was left out` });
    } else {
      const key = `${at.list}:${at.index}`;
      const entry = fieldFixes.get(key) ?? { list: at.list, index: at.index, repairs: [] };
      entry.repairs.push(repair);
      fieldFixes.set(key, entry);
      const what = repair.kind === 'drop-field' ? 'the field was' : repair.field === 'authors' && repair.sub === 'url' ? 'the link was' : 'that entry was';
      acted.push({ path: p.path, message: `${p.message}; ${what} left out, the record kept` });
    }
  }
  const next: Obj = { ...src };
  const camp = isObj(src._campaign) ? { ...src._campaign } : undefined;
  const holder = (list: RecordList): Obj | undefined => (list === 'items' ? next : camp);
  // Copy-on-write: a list is copied the first time something in it changes.
  const copied = new Set<RecordList>();
  const records = (list: RecordList): unknown[] | undefined => {
    const h = holder(list);
    if (!h || !Array.isArray(h[list])) return undefined;
    if (!copied.has(list)) {
      h[list] = [...(h[list] as unknown[])];
      copied.add(list);
    }
    return h[list] as unknown[];
  };
  for (const { list, index, repairs } of fieldFixes.values()) {
    if (dropRecords[list].has(index)) continue;
    const arr = records(list);
    if (!arr || !isObj(arr[index])) continue;
    const copy: Obj = { ...arr[index] };
    const drops = new Map<string, Set<number>>();
    for (const r of repairs) {
      if (r.kind === 'drop-field') delete copy[r.field];
      else if (r.kind !== 'drop-entry') continue;
      else if (r.field === 'authors' && r.sub === 'url' && Array.isArray(copy.authors) && isObj(copy.authors[r.entry])) {
        // A bad author URL costs the URL, not the author.
        const { url: _, ...author } = copy.authors[r.entry] as Obj;
        copy.authors = copy.authors.map((x, i) => (i === r.entry ? author : x));
      } else {
        drops.set(r.field, (drops.get(r.field) ?? new Set()).add(r.entry));
      }
    }
    for (const [field, bad] of drops) {
      const list2 = copy[field];
      if (Array.isArray(list2)) copy[field] = list2.filter((_, i) => !bad.has(i));
    }
    arr[index] = copy;
  }
  for (const list of LISTS) {
    if (dropRecords[list].size === 0) continue;
    const arr = records(list);
    if (arr) holder(list)![list] = arr.filter((_, i) => !dropRecords[list].has(i));
  }
  if (camp) next._campaign = camp;
  return { next, acted, fatal };
}

/**
 * Keeps every good record of a project feed (or JSON Feed) and drops the bad ones, so one broken
 * record never hides the rest; a bad optional field (a `javascript:` link, an unreadable end date) is
 * left out and its record kept. Each problem says what was done. Throws only when the document as a
 * whole cannot be used (not an object, no `items` list).
 */
export function partitionFeed(json: unknown, format = 'campaign'): NormalizedFeed {
  const first = validateFeed(json);
  if (first.length === 0) return { feed: json as CampaignFeed, problems: first, format };
  const src = json as Obj;
  if (!isObj(src) || !Array.isArray(src.items)) {
    const fatal = first.filter((p) => locate(p.path) === null);
    throw new Error(fatal.map((p) => `${p.path} ${p.message}`).join('; ') || 'not a feed');
  }
  const reported: FeedProblem[] = [];
  let current: Obj = src;
  let problems = first;
  // Each pass removes at least one record or field, so this ends; dropping an item can orphan a
  // source quote elsewhere, which the next pass catches.
  const seen = new Set<string>();
  for (let pass = 0; pass < 50 && problems.length; pass++) {
    const { next, acted, fatal } = repairOnce(current, problems);
    const fresh = acted.filter((p) => !seen.has(`${p.path} ${p.message}`));
    if (pass > 0 && fresh.length === 0) break; // nothing left that a repair can change
    fresh.forEach((p) => seen.add(`${p.path} ${p.message}`));
    if (pass === 0) {
      // Problems at the top level that a reader can live with (a missing title, an odd version string).
      next.version = typeof src.version === 'string' ? src.version : JSON_FEED_VERSION;
      next.title = typeof src.title === 'string' ? src.title : '';
      for (const k of ['home_page_url', 'feed_url', 'description', 'language'] as const) {
        if (fatal.some((p) => p.path === `$.${k}`)) delete next[k];
      }
      if (src._campaign !== undefined && !isObj(src._campaign)) delete next._campaign;
      else if (isObj(next._campaign)) {
        const c = next._campaign;
        for (const k of ['wages', 'incidents', 'actions', 'rates', 'documents'] as const) {
          if (c[k] !== undefined && !Array.isArray(c[k])) c[k] = [];
        }
      }
      reported.push(...fatal);
    }
    reported.push(...fresh);
    current = next;
    problems = validateFeed(current).filter((p) => locate(p.path) !== null);
  }
  return { feed: current as unknown as CampaignFeed, problems: reported, format };
}
