import { JSON_FEED_VERSION } from '../types.js';
import type { FeedProblem } from '../validate.js';
import {
  IdMaker, MAX_FIELD, htmlText, isObj, looseDateTime, resolveUrl, str,
  type Obj, type ReaderOptions, type ReaderResult,
} from './shared.js';
import { truncateText } from './text.js';

/** `https://jsonfeed.org/version/1`, `…/1.1`, the `http:` variant and the bare `"1.1"` seen in the wild. */
export function isJsonFeedVersion(v: unknown): boolean {
  return typeof v === 'string' && /^(?:https?:\/\/jsonfeed\.org\/version\/)?1(?:\.\d+)?\/?$/.test(v.trim());
}

function authorsOf(o: Obj, base: string | undefined): { name: string; url?: string }[] | undefined {
  // JSON Feed 1.1 `authors` wins over 1.0's single `author`.
  const list = Array.isArray(o.authors) ? o.authors : isObj(o.author) ? [o.author] : [];
  const out = list.filter(isObj).flatMap((a) => {
    const name = str(a.name);
    if (!name) return [];
    // A link that is not http(s) is kept as written, so partitionFeed leaves it out with a warning.
    const url = resolveUrl(a.url, base) ?? (typeof a.url === 'string' ? a.url : undefined);
    return [url !== undefined ? { name, url } : { name }];
  });
  return out.length ? out : undefined;
}

/**
 * Reads any JSON Feed 1 / 1.1 into the project's feed shape, forgiving what real feeds get wrong:
 * number or missing ids, repeated ids, HTML-only content, `author` instead of `authors`, relative
 * links, dates that are not quite RFC 3339, the version written four different ways. Fields it cannot
 * mend are left for `partitionFeed` to drop and report.
 */
export function readJsonFeed(json: Obj, opts: ReaderOptions = {}): ReaderResult {
  const problems: FeedProblem[] = [];
  const base = resolveUrl(json.feed_url, opts.baseUrl) ?? opts.baseUrl ?? resolveUrl(json.home_page_url);
  const feedAuthors = authorsOf(json, base);
  const language = str(json.language);
  if (!isJsonFeedVersion(json.version)) {
    problems.push({ path: '$.version', message: `expected a JSON Feed version, got ${JSON.stringify(json.version ?? null)}; read as JSON Feed 1.1` });
  }
  const ids = new IdMaker('item', problems);
  const items = Array.isArray(json.items) ? json.items : [];
  const out: Obj = {
    version: JSON_FEED_VERSION,
    title: str(json.title) ?? '',
    items: items.map((raw, i) => {
      if (!isObj(raw)) return raw; // left for partitionFeed to report
      const path = `$.items[${i}]`;
      const url = resolveUrl(raw.url, base) ?? resolveUrl(raw.external_url, base);
      const item: Obj = { id: ids.make(raw.id ?? url, i, path) };
      const title = str(raw.title);
      if (title) item.title = title;
      const summary = str(raw.summary);
      if (summary) item.summary = truncateText(summary, MAX_FIELD);
      const text = str(raw.content_text) ?? htmlText(opts, raw.content_html);
      if (text) item.content_text = truncateText(text, MAX_FIELD);
      if (url) item.url = url;
      else if (raw.url !== undefined) item.url = raw.url; // not http(s): partitionFeed drops it with a warning
      for (const k of ['date_published', 'date_modified'] as const) {
        if (raw[k] === undefined) continue;
        item[k] = looseDateTime(raw[k]) ?? raw[k];
      }
      const authors = authorsOf(raw, base) ?? feedAuthors;
      if (authors) item.authors = authors;
      if (Array.isArray(raw.tags)) item.tags = raw.tags.map(str).filter((t): t is string => t !== undefined);
      const lang = str(raw.language) ?? language;
      if (lang) item.language = lang;
      return item;
    }),
  };
  if (!Array.isArray(json.items)) out.items = json.items;
  const home = resolveUrl(json.home_page_url, base);
  if (home) out.home_page_url = home;
  const feedUrl = resolveUrl(json.feed_url, opts.baseUrl);
  if (feedUrl) out.feed_url = feedUrl;
  const description = str(json.description);
  if (description) out.description = description;
  if (language) out.language = language;
  return { feed: out, problems };
}
