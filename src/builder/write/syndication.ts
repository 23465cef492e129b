/**
 * RSS 2.0 and Atom 1.0 of a feed's items, for readers and CMS importers that do not speak JSON Feed.
 * Text only (no HTML), every value escaped, characters XML 1.0 forbids removed.
 */
import type { CampaignFeed, FeedItem } from '../../feed/types.js';
import { isHttpUrl } from '../../feed/urls.js';
import { shortHash } from '../assemble/hash.js';

// XML 1.0 allows tab, LF, CR and U+0020 upwards except surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const el = (name: string, value: string | undefined, indent: string, attrs = ''): string =>
  value === undefined || value === '' ? '' : `${indent}<${name}${attrs}>${xmlEscape(value)}</${name}>\n`;

/** RFC 822 date for RSS: "Fri, 03 Jan 2014 00:00:00 GMT". */
function rfc822(rfc3339: string | undefined): string | undefined {
  if (!rfc3339) return undefined;
  const t = new Date(rfc3339);
  return Number.isNaN(t.getTime()) ? undefined : t.toUTCString();
}

const itemText = (i: FeedItem): string | undefined => i.summary ?? i.content_text?.slice(0, 2000);

export function toRss(feed: CampaignFeed): string {
  const link = isHttpUrl(feed.home_page_url) ? feed.home_page_url : undefined;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n';
  out += el('title', feed.title, '    ');
  out += link ? el('link', link, '    ') : '';
  out += el('description', feed.description ?? feed.title, '    ');
  out += el('language', feed.language, '    ');
  out += el('lastBuildDate', rfc822(feed._campaign?.generated), '    ');
  out += el('generator', 'solidarity-feed', '    ');
  for (const i of feed.items) {
    out += '    <item>\n';
    out += el('title', i.title ?? i.summary?.slice(0, 100) ?? i.id, '      ');
    if (isHttpUrl(i.url)) out += el('link', i.url, '      ');
    out += el('description', itemText(i), '      ');
    out += el('pubDate', rfc822(i.date_published), '      ');
    out += el('guid', isHttpUrl(i.url) ? i.url : `urn:solidarity-feed:${i.id}`, '      ', isHttpUrl(i.url) ? '' : ' isPermaLink="false"');
    for (const t of i.tags ?? []) out += el('category', t, '      ');
    if (i._source?.publisher) out += el('source', i._source.publisher, '      ', link ? ` url="${xmlEscape(link)}"` : '');
    out += '    </item>\n';
  }
  return `${out}  </channel>\n</rss>\n`;
}

export function toAtom(feed: CampaignFeed): string {
  const generated = feed._campaign?.generated ?? new Date(0).toISOString();
  const home = isHttpUrl(feed.home_page_url) ? feed.home_page_url : undefined;
  const feedId = isHttpUrl(feed.feed_url) ? feed.feed_url : home ?? `urn:solidarity-feed:${shortHash(`${feed.title}`)}`;
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  out += `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${xmlEscape(feed.language)}"` : ''}>\n`;
  out += el('id', feedId, '  ');
  out += el('title', feed.title, '  ', ' type="text"');
  out += el('updated', generated, '  ');
  out += el('generator', 'solidarity-feed', '  ');
  if (home) out += `  <link rel="alternate" href="${xmlEscape(home)}"/>\n`;
  if (isHttpUrl(feed.feed_url)) out += `  <link rel="self" href="${xmlEscape(feed.feed_url)}"/>\n`;
  // Atom requires an author for each entry, or one for the feed.
  out += `  <author><name>${xmlEscape(feed.title)}</name></author>\n`;
  for (const i of feed.items) {
    out += `  <entry${i.language ? ` xml:lang="${xmlEscape(i.language)}"` : ''}>\n`;
    out += el('id', isHttpUrl(i.url) ? i.url : `urn:solidarity-feed:${i.id}`, '    ');
    out += el('title', i.title ?? i.id, '    ', ' type="text"');
    out += el('updated', i.date_modified ?? i.date_published ?? generated, '    ');
    out += el('published', i.date_published, '    ');
    if (isHttpUrl(i.url)) out += `    <link rel="alternate" href="${xmlEscape(i.url)}"/>\n`;
    for (const a of i.authors ?? []) out += `    <author><name>${xmlEscape(a.name)}</name></author>\n`;
    if (!i.authors?.length && i._source?.publisher) out += `    <author><name>${xmlEscape(i._source.publisher)}</name></author>\n`;
    out += el('summary', i.summary, '    ', ' type="text"');
    out += el('content', i.content_text, '    ', ' type="text"');
    for (const t of i.tags ?? []) out += `    <category term="${xmlEscape(t)}"/>\n`;
    out += '  </entry>\n';
  }
  return `${out}</feed>\n`;
}
