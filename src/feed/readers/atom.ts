import { JSON_FEED_VERSION } from '../types.js';
import type { FeedProblem } from '../validate.js';
import {
  IdMaker, MAX_FIELD, htmlText, looseDateTime, resolveUrl,
  type Obj, type ReaderOptions, type ReaderResult,
} from './shared.js';
import { domToText, inlineText, truncateText } from './text.js';
import { baseOf, child, children, langOf, textOf } from './xml.js';

const SUMMARY_MAX = 500;

/** An Atom text construct as plain text: `type="text"` as is, `html` through the HTML reader, `xhtml` walked. */
function textConstruct(opts: ReaderOptions, el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (el.hasAttribute('src')) return undefined; // out-of-line content: nothing to show here
  if (type === 'xhtml' || type === 'application/xhtml+xml') return domToText(el) || undefined;
  if (type === 'html' || type === 'text/html') return htmlText(opts, el.textContent);
  if (type === 'text' || type.startsWith('text/')) return textOf(el);
  return undefined;
}

function authorsOf(parent: Element | undefined, base: string | undefined, ns: string | undefined): { name: string; url?: string }[] {
  return children(parent, 'author', ns).flatMap((a) => {
    const name = textOf(child(a, 'name', ns));
    if (!name) return [];
    const url = resolveUrl(textOf(child(a, 'uri', ns) ?? child(a, 'url', ns)), base);
    return [url ? { name: inlineText(name), url } : { name: inlineText(name) }];
  });
}

/** `rel="alternate"` (or no rel) link, preferring HTML pages. */
function alternate(parent: Element, docBase: string | undefined, ns: string | undefined): string | undefined {
  const links = children(parent, 'link', ns).filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const best = links.find((l) => /html/.test(l.getAttribute('type') ?? 'text/html')) ?? links[0];
  return best ? resolveUrl(best.getAttribute('href'), baseOf(best, docBase)) : undefined;
}

/**
 * Reads Atom 1.0 entries: title and summary/content as plain text whatever their `type`, the alternate
 * link resolved through `xml:base`, `published` (else `updated`) as RFC 3339, authors (inherited from
 * the feed when the entry has none), categories as tags, `xml:lang` as language.
 */
export function readAtom(doc: Document, opts: ReaderOptions = {}): ReaderResult {
  const problems: FeedProblem[] = [];
  const root = doc.documentElement;
  // Atom 1.0's namespace, or whatever the root uses (Atom 0.3, none): read it the same way.
  const ns = root.namespaceURI ?? undefined;
  const base = opts.baseUrl;
  const feedTitleRaw = textConstruct(opts, child(root, 'title', ns));
  const feedTitle = feedTitleRaw ? inlineText(feedTitleRaw) : undefined;
  const feedAuthors = authorsOf(root, baseOf(root, base), ns);
  const home = alternate(root, base, ns);
  const ids = new IdMaker('entry', problems);
  const items = children(root, 'entry', ns).map((el, i): Obj => {
    const path = `$.items[${i}]`;
    const url = alternate(el, base, ns);
    const item: Obj = { id: ids.make(textOf(child(el, 'id', ns)) ?? url, i, path) };
    const title = textConstruct(opts, child(el, 'title', ns));
    if (title) item.title = inlineText(title);
    if (url) item.url = url;
    const published = textOf(child(el, 'published', ns));
    const updated = textOf(child(el, 'updated', ns));
    const pub = looseDateTime(published ?? updated);
    if (pub) item.date_published = pub;
    else if (published ?? updated) problems.push({ path: `${path}.date_published`, message: `could not read the date ${JSON.stringify((published ?? updated)!.slice(0, 60))}; left out` });
    const mod = published && updated ? looseDateTime(updated) : undefined;
    if (mod) item.date_modified = mod;
    const summary = textConstruct(opts, child(el, 'summary', ns));
    const content = textConstruct(opts, child(el, 'content', ns));
    const short = summary ?? content;
    if (short) item.summary = truncateText(inlineText(short), SUMMARY_MAX);
    const full = content ?? (summary && summary.length > SUMMARY_MAX ? summary : undefined);
    if (full) item.content_text = truncateText(full, MAX_FIELD);
    const source = child(el, 'source', ns);
    const authors = [authorsOf(el, baseOf(el, base), ns), authorsOf(source, base, ns), feedAuthors].find((a) => a.length);
    if (authors) item.authors = authors;
    const tags = children(el, 'category', ns)
      .map((c) => c.getAttribute('label')?.trim() || c.getAttribute('term')?.trim())
      .filter((t): t is string => !!t)
      .map(inlineText);
    if (tags.length) item.tags = [...new Set(tags)];
    const lang = langOf(el);
    if (lang) item.language = lang;
    if (feedTitle) item._source = { file: base ?? 'feed.atom', publisher: feedTitle };
    return item;
  });
  const feed: Obj = { version: JSON_FEED_VERSION, title: feedTitle ?? '', items };
  if (home) feed.home_page_url = home;
  const subtitle = textConstruct(opts, child(root, 'subtitle', ns));
  if (subtitle) feed.description = inlineText(subtitle);
  const lang = langOf(root);
  if (lang) feed.language = lang;
  if (base) feed.feed_url = base;
  return { feed, problems };
}
