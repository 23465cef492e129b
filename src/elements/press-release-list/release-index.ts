import { dateSortKey, isPartialDate, truncateDate } from '../../feed/dates.js';
import type { DatePrecision, FeedItem, PartialDate } from '../../feed/types.js';

/**
 * The press-release list's index of a feed, built once per feed (and scope) so that every keystroke,
 * tab or page change only walks flat arrays: no date parsing, no string folding, no sorting per
 * interaction. Pure functions only: the element owns the state, this module owns the data.
 */

/** One item of the feed, with what the list filters and sorts on precomputed. */
export interface ReleaseEntry {
  readonly item: FeedItem;
  /** Position in the feed, the last tie-breaker so equal dates keep the feed's order. */
  readonly position: number;
  /** The date the source states, at its precision (`2014`, `2014-01`, `2014-01-03`); absent when undated. */
  readonly date?: PartialDate;
  /** `2014`, or `''` when undated. */
  readonly year: string;
  /** `_source.publisher`, else the first author's name, else `''`. */
  readonly publisher: string;
  readonly publisherKey: string;
  /** Tags as written (deduplicated, trimmed). */
  readonly tags: readonly string[];
  readonly tagKeys: readonly string[];
  /** Milliseconds of `date_published` for ordering items of one day; 0 when unknown. */
  readonly time: number;
  readonly sortKey: string;
}

/** One value of a filter (a publisher, a tag): how it is written and its folded key. */
export interface Facet {
  readonly value: string;
  readonly key: string;
  readonly count: number;
}

export interface ReleaseIndex {
  /** Newest first; undated items last, in feed order. */
  readonly entries: readonly ReleaseEntry[];
  /** Years present, newest first. */
  readonly years: readonly string[];
  /** Publishers present, in alphabetical order. */
  readonly publishers: readonly Facet[];
  /** Tags present, in alphabetical order. */
  readonly tags: readonly Facet[];
}

/** What the page author restricts the whole element to (`publisher` and `tag` attributes). */
export interface ReleaseScope {
  publisher?: string;
  tag?: string;
}

/** What the reader chose: a year tab, a publisher, a tag, a search. Empty values mean "all". */
export interface ReleaseFilter {
  year?: string;
  publisher?: string;
  tag?: string;
  query?: string;
}

// Combining marks of Latin, Greek, Cyrillic…: stripped so "Sánchez" matches "sanchez". Khmer vowel signs
// and the coeng are combining marks too (U+17B4–U+17D3), but they are letters of the word: kept.
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
// Letters that do not decompose under NFD but that readers type without their stroke.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL = /[ßæœøłđðþı‘’ʼ“”]/g;
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", ʼ: "'", '“': '"', '”': '"' };
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Folds text for matching: lower case, Latin diacritics removed, typographic quotes made straight,
 * white space collapsed. Khmer is left as written.
 */
export function fold(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ');
}

/** `fold` without collapsing white space: enough for the text searched, since search words hold none. */
function foldLetters(text: string): string {
  const s = text.toLowerCase();
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(DIACRITICS, '').replace(SPECIAL, (c) => LETTERS[c] ?? QUOTES[c] ?? c) : s;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The date an item states, cut to the precision its source gives (`_source.date_precision`). */
export function statedDate(item: FeedItem): PartialDate | undefined {
  const raw = str(item.date_published) || str(item.date_modified);
  if (raw.length < 4) return undefined;
  const p = item._source?.date_precision;
  const precision: DatePrecision = p === 'year' || p === 'month' ? p : 'day';
  const date = truncateDate(raw, precision);
  return isPartialDate(date) ? date : undefined;
}

/** Who published an item: `_source.publisher`, else its first author. */
export function publisherOf(item: FeedItem): string {
  const own = str(item._source?.publisher);
  if (own) return own;
  const first = Array.isArray(item.authors) ? item.authors[0] : undefined;
  return str(first?.name);
}

/** Folds the few distinct publisher and tag names of a feed once each, not once per item. */
type Folder = (text: string) => string;
function cachedFold(): Folder {
  const cache = new Map<string, string>();
  return (text) => {
    let f = cache.get(text);
    if (f === undefined) cache.set(text, (f = fold(text)));
    return f;
  };
}

function tagsOf(item: FeedItem, f: Folder): [string[], string[]] {
  const tags: string[] = [];
  const keys: string[] = [];
  if (!Array.isArray(item.tags)) return [tags, keys];
  for (const t of item.tags) {
    const tag = str(t);
    if (!tag) continue;
    const key = f(tag);
    if (keys.includes(key)) continue;
    tags.push(tag);
    keys.push(key);
  }
  return [tags, keys];
}

function entryOf(item: FeedItem, position: number, f: Folder): ReleaseEntry {
  const date = statedDate(item);
  const publisher = publisherOf(item);
  const [tags, tagKeys] = tagsOf(item, f);
  const time = date ? Date.parse(str(item.date_published) || str(item.date_modified)) : NaN;
  return {
    item,
    position,
    date,
    year: date ? date.slice(0, 4) : '',
    publisher,
    publisherKey: f(publisher),
    tags,
    tagKeys,
    time: Number.isFinite(time) ? time : 0,
    sortKey: date ? dateSortKey(date) : '',
  };
}

function newestFirst(a: ReleaseEntry, b: ReleaseEntry): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  if (a.time !== b.time) return b.time - a.time;
  return a.position - b.position;
}

type Tally = Map<string, { value: string; key: string; count: number }>;
function tally(map: Tally, value: string, key: string): void {
  const f = map.get(key);
  if (f) f.count++;
  else map.set(key, { value, key, count: 1 });
}
// By folded key (lower case, no accents), then as written: alphabetical for Latin and Khmer script
// alike without a collator, whose locale data takes tens of milliseconds to load on a first visit.
const alphabetical = (map: Tally): Facet[] =>
  [...map.values()].sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

/**
 * Builds the index of a feed's items: sorted newest first, with the years, publishers and tags present.
 * With a scope, only the items of that publisher and/or tag are kept (the page author's choice).
 */
export function buildIndex(items: readonly FeedItem[], scope: ReleaseScope = {}): ReleaseIndex {
  const f = cachedFold();
  const publisher = f(str(scope.publisher));
  const tag = f(str(scope.tag));
  const entries: ReleaseEntry[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item || typeof item !== 'object') continue;
    const e = entryOf(item, i, f);
    if (publisher && e.publisherKey !== publisher) continue;
    if (tag && !e.tagKeys.includes(tag)) continue;
    entries.push(e);
  }
  entries.sort(newestFirst);
  const years: string[] = [];
  const publishers: Tally = new Map();
  const tags: Tally = new Map();
  for (const e of entries) {
    if (e.year && years[years.length - 1] !== e.year) years.push(e.year);
    if (e.publisherKey) tally(publishers, e.publisher, e.publisherKey);
    for (let i = 0; i < e.tags.length; i++) tally(tags, e.tags[i], e.tagKeys[i]);
  }
  return { entries, years, publishers: alphabetical(publishers), tags: alphabetical(tags) };
}

// The folded text of an entry, computed on first search (or ahead of it, see prepareSearch) and kept.
const searchText = new WeakMap<ReleaseEntry, string>();

function textOf(e: ReleaseEntry): string {
  let t = searchText.get(e);
  if (t === undefined) {
    const { title, summary, content_text } = e.item;
    t = foldLetters(`${str(title)}\n${str(summary)}\n${str(content_text)}`);
    searchText.set(e, t);
  }
  return t;
}

/**
 * Folds the search text of `count` entries from `start`, so the first keystroke on a large feed does
 * not pay for all of them. Returns the next start, or `entries.length` when done.
 */
export function prepareSearch(index: ReleaseIndex, start = 0, count = Infinity): number {
  const end = Math.min(index.entries.length, start + count);
  for (let i = start; i < end; i++) textOf(index.entries[i]);
  return end;
}

/** The words of a search, folded. Every word must appear (in any order) for an item to match. */
export function searchTerms(query: string | undefined): string[] {
  return fold(str(query)).split(' ').filter(Boolean);
}

/** Whether every entry matching `next` also matches `previous`: each old word lies inside a new one. */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((p) => next.some((n) => n.includes(p)));
}

/**
 * The entries matching the reader's filter, newest first. Matches title, summary and full text.
 *
 * `within`: the result of an earlier filter with the same year, publisher and tag and a search that
 * the new one narrows (typing one more letter): only those entries are searched again.
 */
export function filterEntries(
  index: ReleaseIndex,
  filter: ReleaseFilter,
  within?: { terms: readonly string[]; entries: readonly ReleaseEntry[] },
): readonly ReleaseEntry[] {
  const year = str(filter.year);
  const publisher = fold(str(filter.publisher));
  const tag = fold(str(filter.tag));
  const terms = searchTerms(filter.query);
  if (!year && !publisher && !tag && terms.length === 0) return index.entries;
  const source = within && narrows(within.terms, terms) ? within.entries : index.entries;
  const out: ReleaseEntry[] = [];
  for (const e of source) {
    if (year && e.year !== year) continue;
    if (publisher && e.publisherKey !== publisher) continue;
    if (tag && !e.tagKeys.includes(tag)) continue;
    if (terms.length) {
      const text = textOf(e);
      let all = true;
      for (const t of terms) {
        if (!text.includes(t)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out.push(e);
  }
  return out;
}
