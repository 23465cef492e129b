import type { NormalizedFeed } from '../feed/normalize.js';
import { readFeedJson, readFeedText, readFeedXml } from '../feed/readers/index.js';
import { FeedLoadError } from './errors.js';
import { htmlToText } from './html-text.js';
import { parseXml } from './parse-xml.js';

// Synchronous, with every reader bundled: the library's public helpers. The elements read feeds
// through `parse-lazy.ts`, which gives the same results but loads the rarer formats' readers on demand.
export { htmlToText, parseXml };

export interface ParseOptions {
  /** Where the text came from: relative links resolve against it. */
  baseUrl?: string;
  contentType?: string | null;
}

/** Feed text (JSON or XML, any supported format) → the project's feed, good records kept. */
export function parseFeedText(text: string, opts: ParseOptions = {}): NormalizedFeed {
  try {
    return readFeedText(text, { ...opts, htmlToText, parseXml });
  } catch (err) {
    throw FeedLoadError.from(err);
  }
}

/**
 * The `.feed` property: a parsed object in any supported JSON format, feed text (JSON or XML), or an
 * XML `Document`. Relative links resolve against the page.
 */
export function parseFeedValue(value: unknown, baseUrl: string = document.baseURI): NormalizedFeed {
  try {
    if (typeof value === 'string') return readFeedText(value, { baseUrl, htmlToText, parseXml });
    if (typeof Document !== 'undefined' && value instanceof Document) return readFeedXml(value, { baseUrl, htmlToText });
    return readFeedJson(value, { baseUrl, htmlToText });
  } catch (err) {
    throw FeedLoadError.from(err);
  }
}
