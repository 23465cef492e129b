/**
 * Feed readers: any supported document in, the project's feed out (good records kept, bad ones
 * reported). Pure functions; XML readers take a `Document` that the caller parsed (the runtime uses
 * `DOMParser`), so nothing here touches DOM globals and the builder can import it in Node.
 *
 * Formats are recognised by content, never by file name or Content-Type:
 * - JSON with `_campaign` → `campaign` (the project's feed); with a JSON Feed `version` or `items` → `json-feed`;
 *   with `events[]` → `timelinejs`; `type: "FeatureCollection"` (or `"Feature"`) → `geojson`.
 * - XML with root `<rss>` or RSS 1.0's `<rdf:RDF>` → `rss`; root `<feed>` → `atom`.
 */
import { partitionFeed, type NormalizedFeed } from '../normalize.js';
import type { FeedProblem } from '../validate.js';
import { limitFeedClusters } from './clusters.js';
import { FeedReadError } from './errors.js';
import { readAtom } from './atom.js';
import { readGeoJson } from './geojson.js';
import { isJsonFeedVersion, readJsonFeed } from './json-feed.js';
import { parseJsonText } from './json-text.js';
import { readRss } from './rss.js';
import { isObj, type ReaderOptions, type ReaderResult } from './shared.js';
import { readTimelineJs } from './timelinejs.js';

export { FeedReadError, type FeedReadErrorCode } from './errors.js';
export { decodeFeedBytes } from './decode.js';
export { parseJsonText, jsonErrorOffset } from './json-text.js';
export { domToText, roughHtmlToText, tidyText, inlineText, type HtmlToText } from './text.js';
export { looseDateTime, type ReaderOptions, type ReaderResult } from './shared.js';
export { incidentKind, actionKind, toCount } from './kinds.js';
export { readJsonFeed, readTimelineJs, readGeoJson, readRss, readAtom };

export type JsonFeedFormat = 'campaign' | 'json-feed' | 'timelinejs' | 'geojson';
export type XmlFeedFormat = 'rss' | 'atom';
export type FeedFormat = JsonFeedFormat | XmlFeedFormat;

const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v);

/** Which reader a parsed JSON value needs; throws a `format` error when it is none of them. */
export function detectJsonFormat(value: unknown): JsonFeedFormat {
  if (!isObj(value)) throw new FeedReadError('format', `This is JSON but not a feed: expected an object, got ${describe(value)}`);
  if (isObj(value._campaign)) return 'campaign';
  if (isJsonFeedVersion(value.version) || Array.isArray(value.items)) return 'json-feed';
  if (Array.isArray(value.events)) return 'timelinejs';
  if (value.type === 'FeatureCollection' || value.type === 'Feature') return 'geojson';
  throw new FeedReadError(
    'format',
    'This is JSON but not a feed: expected a JSON Feed (version and items), TimelineJS (events) or GeoJSON (a FeatureCollection)',
  );
}

/** Which reader a parsed XML document needs; throws a `format` error for other XML. */
export function detectXmlFormat(doc: Document): XmlFeedFormat {
  const root = doc.documentElement;
  const name = root?.localName;
  if (name === 'rss' || name === 'RDF') return 'rss';
  if (name === 'feed') return 'atom';
  throw new FeedReadError('format', `This XML document is not an RSS or Atom feed (its root element is <${root?.nodeName ?? 'none'}>)`);
}

function finish(result: ReaderResult, format: FeedFormat): NormalizedFeed {
  let out: NormalizedFeed;
  try {
    out = partitionFeed(result.feed, format);
  } catch (err) {
    throw new FeedReadError('format', `This ${format} document cannot be used as a feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Unwrappable characters (50 marks on one letter, 30 joined emoji) would stretch the partner's page.
  const limited: FeedProblem[] = [];
  const feed = limitFeedClusters(out.feed, limited);
  if (feed !== out.feed) out = { ...out, feed, problems: [...out.problems, ...limited] };
  return result.problems.length ? { ...out, problems: [...result.problems, ...out.problems] } : out;
}

/** Reads a parsed JSON value of any supported format. The project's own feed is passed through as is. */
export function readFeedJson(value: unknown, opts: ReaderOptions = {}): NormalizedFeed {
  const format = detectJsonFormat(value);
  const obj = value as Record<string, unknown>;
  switch (format) {
    case 'campaign':
      return finish({ feed: obj, problems: [] }, format);
    case 'json-feed':
      return finish(readJsonFeed(obj, opts), format);
    case 'timelinejs':
      return finish(readTimelineJs(obj, opts), format);
    case 'geojson':
      return finish(readGeoJson(obj, opts), format);
  }
}

/** Reads a parsed RSS or Atom document. */
export function readFeedXml(doc: Document, opts: ReaderOptions = {}): NormalizedFeed {
  const format = detectXmlFormat(doc);
  return finish(format === 'rss' ? readRss(doc, opts) : readAtom(doc, opts), format);
}

export interface TextReaderOptions extends ReaderOptions {
  /** Parses XML text (the runtime: `DOMParser` with `application/xml`). Without it, XML is refused. */
  parseXml?: (text: string) => Document;
  /** The response's Content-Type, used only to word errors; content decides the format. */
  contentType?: string | null;
}

/** The first parse error a `DOMParser` reported inside `doc`, or undefined when it parsed. */
export function xmlParseError(doc: Document): string | undefined {
  const err = doc.getElementsByTagName('parsererror')[0];
  if (!err) return undefined;
  const text = err.textContent ?? '';
  const chromium = /error on line \d+ at column \d+:[^\n]*/.exec(text)?.[0];
  return (chromium ?? text.split('\n').find((l) => l.trim()) ?? 'not well-formed').trim();
}

/** Escapes `&` that starts no XML reference (`AT&T`, `&nbsp;`): the commonest way hand-made RSS breaks. */
export function escapeStrayAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

function readXmlText(text: string, opts: TextReaderOptions): NormalizedFeed {
  if (!opts.parseXml) throw new FeedReadError('format', 'This feed is XML, and no XML parser is available here');
  let doc = opts.parseXml(text);
  let error = xmlParseError(doc);
  if (error) {
    const repaired = escapeStrayAmpersands(text);
    if (repaired !== text) {
      const second = opts.parseXml(repaired);
      if (!xmlParseError(second)) {
        doc = second;
        error = undefined;
      }
    }
  }
  if (error) throw new FeedReadError('syntax', `The feed is not well-formed XML: ${error}`);
  return readFeedXml(doc, opts);
}

/**
 * Reads feed text of any supported format: JSON when it starts with `{` or `[`, XML when it starts
 * with `<`. An HTML page (a wrong `src`, a login page, a 404 page served as 200) gets its own message.
 */
export function readFeedText(text: string, opts: TextReaderOptions = {}): NormalizedFeed {
  const s = text.replace(/^\ufeff/, '').trimStart();
  const first = s[0];
  if (first === undefined) throw new FeedReadError('syntax', 'The feed is empty');
  if (first === '{' || first === '[') return readFeedJson(parseJsonText(s), opts);
  if (first === '<') {
    if (/^<(?:!doctype\s+html|html[\s>])/i.test(s)) {
      throw new FeedReadError('format', 'Got an HTML page, not a feed: check the src URL');
    }
    return readXmlText(s, opts);
  }
  if (/json/i.test(opts.contentType ?? '')) return readFeedJson(parseJsonText(s), opts);
  throw new FeedReadError('syntax', `The feed is neither JSON nor XML: it starts with ${JSON.stringify(s.slice(0, 20))}`);
}
