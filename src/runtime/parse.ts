import type { NormalizedFeed } from '../feed/normalize.js';
import { domToText, readFeedJson, readFeedText, readFeedXml, tidyText } from '../feed/readers/index.js';
import { FeedLoadError } from './errors.js';

/**
 * HTML → plain text through `DOMParser` (`text/html`): the parsed document is inert (no script runs,
 * no image or style loads), and only its text is kept. Never `innerHTML`.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body ? domToText(doc.body) : '';
}

/** XML text → `Document`. Parse errors stay inside the document (`<parsererror>`) for the reader to report. */
export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

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
