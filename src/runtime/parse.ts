import type { NormalizedFeed } from '../feed/normalize.js';
import { domToText, readFeedJson, readFeedText, readFeedXml, roughHtmlToText, tidyText } from '../feed/readers/index.js';
import { bareMarkup, inertXml } from '../feed/readers/inert-markup.js';
import { xmlErrorAt } from '../feed/readers/xml-errors.js';
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

/** The XML declaration and a doctype before the root: not allowed in the fragment parsed below. */
const PROLOG = /^(<\?xml[\s\S]*?\?>)?((?:\s|<!--[\s\S]*?-->|<\?(?!xml[\s?])[\s\S]*?\?>)*)<!DOCTYPE(?:[^>[\]"']|"[^"]*"|'[^']*')*(?:\[[\s\S]*?\])?\s*>|^<\?xml[\s\S]*?\?>/;

/** A document holding only a `<parsererror>` with our own message, as `DOMParser` would make one. */
function errorDocument(doc: Document, xml: string): Document {
  doc.replaceChildren();
  const err = doc.createElementNS(null, 'parsererror');
  const at = xmlErrorAt(xml);
  err.textContent = at ? `error on line ${at.line} at column ${at.column}: ${at.message}` : "the browser's XML parser refused it";
  doc.append(err);
  return doc;
}

/**
 * XML text → `Document`. A text that is not well-formed gives a document whose only element is a
 * `<parsererror>` (what the reader looks for), as with `DOMParser` — but without `DOMParser`'s own
 * error block, whose inline `style` attribute a strict page's CSP reports (`style-src-attr`) for every
 * broken feed: the text is parsed as an XML fragment, which throws instead. XHTML, SVG and MathML in
 * the feed are parsed as plain XML elements (`inertXml`), so no handler attribute reaches the CSP either.
 */
export function parseXml(text: string): Document {
  const xml = inertXml(text);
  const doc = document.implementation.createDocument(null, null, null);
  const holder = doc.createElementNS(null, 'feed-parse');
  doc.append(holder);
  try {
    holder.innerHTML = forParser(xml.replace(PROLOG, (_m, _decl, misc = '') => misc));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'SyntaxError') return errorDocument(doc, xml);
    throw err;
  }
  const roots = holder.children;
  const strayText = [...holder.childNodes].some((n) => n.nodeType === 3 && (n as Text).data.trim() !== '');
  if (roots.length !== 1 || strayText) return errorDocument(doc, xml);
  const root = roots[0];
  holder.remove();
  doc.append(root);
  return doc;
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
