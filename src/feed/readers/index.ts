/**
 * Feed readers: any supported document in, the project's feed out (good records kept, bad ones
 * reported). Pure functions; XML readers take a `Document` that the caller parsed (the runtime uses
 * `DOMParser`), so nothing here touches DOM globals and the builder can import it in Node.
 *
 * Formats are recognised by content, never by file name or Content-Type:
 * - JSON with `_campaign` → `campaign` (the project's feed); with a JSON Feed `version` or `items` → `json-feed`;
 *   with `events[]` → `timelinejs`; `type: "FeatureCollection"` (or `"Feature"`) → `geojson`.
 * - XML with root `<rss>` or RSS 1.0's `<rdf:RDF>` → `rss`; root `<feed>` → `atom`.
 *
 * This module holds every reader, synchronously: Node, the builder and the public `feed` entry use it.
 * The elements use `lazy.ts` instead, which loads the readers of the rarer formats when one arrives.
 */
import type { NormalizedFeed } from '../normalize.js';
import { detectJsonFormat, finishRead, readCommonJson, sortFeedText, type TextReaderOptions } from './core.js';
import { readAtom } from './atom.js';
import { readGeoJson } from './geojson.js';
import { readJsonFeed } from './json-feed.js';
import { readRss } from './rss.js';
import type { Obj, ReaderOptions } from './shared.js';
import { readTimelineJs } from './timelinejs.js';
import { readFeedXml, readXmlText } from './xml-feed.js';

export { FeedReadError, ReaderLoadError, type FeedReadErrorCode } from './errors.js';
export { decodeFeedBytes } from './decode.js';
export { parseJsonText, jsonErrorOffset } from './json-text.js';
export { domToText, roughHtmlToText, tidyText, inlineText, type HtmlToText } from './text.js';
export { looseDateTime, type ReaderOptions, type ReaderResult } from './shared.js';
export { incidentKind, actionKind, toCount } from './kinds.js';
export { detectJsonFormat, type FeedFormat, type JsonFeedFormat, type TextReaderOptions, type XmlFeedFormat } from './core.js';
export { detectXmlFormat, escapeStrayAmpersands, readFeedXml, xmlParseError } from './xml-feed.js';
export { readJsonFeed, readTimelineJs, readGeoJson, readRss, readAtom };

/** Reads a parsed JSON value of any supported format. The project's own feed is passed through as is. */
export function readFeedJson(value: unknown, opts: ReaderOptions = {}): NormalizedFeed {
  const format = detectJsonFormat(value);
  const obj = value as Obj;
  switch (format) {
    case 'timelinejs':
      return finishRead(readTimelineJs(obj, opts), format);
    case 'geojson':
      return finishRead(readGeoJson(obj, opts), format);
    default:
      return readCommonJson(obj, format, opts);
  }
}

/**
 * Reads feed text of any supported format: JSON when it starts with `{` or `[`, XML when it starts
 * with `<`. An HTML page (a wrong `src`, a login page, a 404 page served as 200) gets its own message.
 */
export function readFeedText(text: string, opts: TextReaderOptions = {}): NormalizedFeed {
  const sorted = sortFeedText(text, opts.contentType);
  return sorted.xml !== undefined ? readXmlText(sorted.xml, opts) : readFeedJson(sorted.json, opts);
}
