import type { NormalizedFeed } from '../feed/normalize.js';
import { domToText, readFeedJson, readFeedText, readFeedXml, roughHtmlToText, tidyText } from '../feed/readers/index.js';
import { bareMarkup, inertXml } from '../feed/readers/inert-markup.js';
import { FeedLoadError } from './errors.js';

interface Policy {
  createHTML(s: string): unknown;
}
let policy: Policy | null | undefined;

/**
 * Feed text for `DOMParser`, which is a Trusted Types sink: on a partner page with
 * `require-trusted-types-for 'script'` a plain string would throw. The markup only ever goes into a
 * detached, inert document whose text we read, so it passes through the library's own policy (the
 * one the build shares with Lit, named `solidarity-widgets` in partners' CSP) unchanged.
 */
function forParser(text: string): string {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    policy = (globalThis as Record<symbol, Policy | undefined>)[Symbol.for('solidarity-widgets.trusted-types-policy')] ?? null;
    if (!policy) {
      try {
        policy = tt.createPolicy('solidarity-widgets', { createHTML: (s: string) => s });
      } catch {
        policy = null; // Not allowed by this page's CSP: try plain strings (fine when TT is not enforced).
      }
    }
  }
  return policy ? (policy.createHTML(text) as string) : text;
}

/**
 * HTML → plain text through `DOMParser` (`text/html`): the parsed document is inert (no script runs,
 * no image or style loads), and only its text is kept. Never `innerHTML`. The markup loses its
 * attributes first (`bareMarkup`): Chromium reports every inline handler it parses to the page's CSP,
 * even in an inert document. Where the page's Trusted Types policy forbids even that, a tag stripper
 * gives the same text less carefully (still only text).
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html);
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(forParser(bareMarkup(html)), 'text/html');
  } catch {
    return roughHtmlToText(html);
  }
  return doc.body ? domToText(doc.body) : '';
}

/**
 * XML text → `Document`. Parse errors stay inside the document (`<parsererror>`) for the reader to
 * report. XHTML, SVG and MathML inside the feed are parsed as plain XML elements (`inertXml`), so no
 * handler attribute in them reaches the page's CSP.
 */
export function parseXml(text: string): Document {
  return new DOMParser().parseFromString(forParser(inertXml(text)), 'application/xml');
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
