import { JSON_FEED_VERSION } from '../types.js';
import type { FeedProblem } from '../validate.js';
import {
  IdMaker, MAX_FIELD, htmlText, looseDateTime, resolveUrl,
  type Obj, type ReaderOptions, type ReaderResult,
} from './shared.js';
import { inlineText, truncateText } from './text.js';
import { CONTENT_NS, DC_NS, child, children, textOf } from './xml.js';

const SUMMARY_MAX = 500;

/** RSS titles are plain text by the spec and HTML in practice (`<span>₹</span>`, `&amp;amp;`). */
function titleText(opts: ReaderOptions, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const t = /[<&]/.test(raw) ? htmlText(opts, raw) : raw;
  return t ? inlineText(t) : undefined;
}

/** `jane@example.org (Jane Doe)` → `Jane Doe`. */
function authorName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(raw);
  return inlineText(m ? m[1] : raw) || undefined;
}

/**
 * Reads RSS 2.0 (and 0.9x, and RSS 1.0/RDF) items: title, link (http/https only, relative ones resolved
 * against the feed), `pubDate`/`dc:date` as RFC 3339, description and `content:encoded` as plain text,
 * `author`/`dc:creator`, categories as tags; `<source>` (else the channel title) becomes the publisher. Items
 * nested inside items (seen in the wild) are not items of the channel and are ignored.
 */
export function readRss(doc: Document, opts: ReaderOptions = {}): ReaderResult {
  const problems: FeedProblem[] = [];
  const root = doc.documentElement;
  const channel = child(root, 'channel');
  const base = opts.baseUrl;
  let itemEls = children(channel, 'item');
  if (itemEls.length === 0) itemEls = children(root, 'item'); // RSS 1.0 puts items beside the channel
  const channelTitle = titleText(opts, textOf(child(channel, 'title')));
  const home = resolveUrl(textOf(child(channel, 'link')), base);
  const language = textOf(child(channel, 'language')) ?? textOf(child(channel, 'language', DC_NS));
  const ids = new IdMaker('item', problems);
  const items = itemEls.map((el, i): Obj => {
    const path = `$.items[${i}]`;
    const guid = child(el, 'guid');
    const guidText = textOf(guid);
    const linkText = textOf(child(el, 'link'));
    const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? guidText : undefined;
    // A permalink guid must be absolute by the spec; "union-2" is an id, not a relative link.
    const url = resolveUrl(linkText, home ?? base) ?? resolveUrl(permalink);
    const item: Obj = { id: ids.make(guidText ?? url ?? linkText, i, path) };
    const title = titleText(opts, textOf(child(el, 'title')));
    if (title) item.title = title;
    if (url) item.url = url;
    else if (linkText && !resolveUrl(linkText, 'http://x.invalid/')) item.url = linkText; // javascript:… → dropped with a warning
    const date = textOf(child(el, 'pubDate')) ?? textOf(child(el, 'date', DC_NS));
    if (date) {
      const dt = looseDateTime(date);
      if (dt) item.date_published = dt;
      else problems.push({ path: `${path}.date_published`, message: `could not read the date ${JSON.stringify(date.slice(0, 60))}; left out` });
    }
    const description = htmlText(opts, textOf(child(el, 'description')));
    const content = htmlText(opts, textOf(child(el, 'encoded', CONTENT_NS)));
    if (description) item.summary = truncateText(inlineText(description), SUMMARY_MAX);
    const full = content ?? (description && description.length > SUMMARY_MAX ? description : undefined);
    if (full) item.content_text = truncateText(full, MAX_FIELD);
    const author = authorName(textOf(child(el, 'author'))) ?? authorName(textOf(child(el, 'creator', DC_NS)));
    if (author) item.authors = [{ name: author }];
    const tags = [...children(el, 'category'), ...children(el, 'subject', DC_NS)]
      .map((c) => textOf(c))
      .filter((t): t is string => t !== undefined)
      .map(inlineText);
    if (tags.length) item.tags = [...new Set(tags)];
    if (language) item.language = language;
    // <source> names the feed an item was first published in: the better publisher when given.
    const publisher = titleText(opts, textOf(child(el, 'source'))) ?? channelTitle;
    if (publisher) item._source = { file: base ?? 'feed.rss', publisher };
    return item;
  });
  const feed: Obj = { version: JSON_FEED_VERSION, title: channelTitle ?? '', items };
  if (home) feed.home_page_url = home;
  const description = htmlText(opts, textOf(child(channel, 'description')));
  if (description) feed.description = inlineText(description);
  if (language) feed.language = language;
  if (base) feed.feed_url = base;
  return { feed, problems };
}
