import { domToText, roughHtmlToText, tidyText } from '../feed/readers/text.js';
import { bareMarkup } from '../feed/readers/inert-markup.js';

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
export function forParser(text: string): string {
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
