/**
 * Small helpers over a parsed XML `Document` (the runtime parses with `DOMParser`). Only DOM methods
 * of the nodes themselves are used, never globals, so the feed layer can be imported anywhere.
 */

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

/**
 * Child elements called `name`. `ns` undefined means "the feed's own elements": no namespace or the
 * namespace of the root (RSS with a default namespace, RSS 1.0 in its RDF namespace), so `media:title`
 * or `atom:link` never pass for `title` or `link`.
 */
export function children(parent: Element | null | undefined, name: string, ns?: string): Element[] {
  if (!parent) return [];
  const own = parent.ownerDocument?.documentElement?.namespaceURI ?? null;
  const out: Element[] = [];
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== name) continue;
    const cns = c.namespaceURI;
    if (ns !== undefined ? cns === ns : cns === null || cns === own || cns === 'http://purl.org/rss/1.0/') out.push(c);
  }
  return out;
}

export function child(parent: Element | null | undefined, name: string, ns?: string): Element | undefined {
  return children(parent, name, ns)[0];
}

/** The element's text (CDATA included), or undefined when empty. */
export function textOf(el: Element | undefined): string | undefined {
  const t = el?.textContent?.trim();
  return t ? t : undefined;
}

/**
 * The base URL in force at `el`: the document's URL, refined by every `xml:base` from the root down
 * (Atom feeds put it on the feed, the entry and the content).
 */
export function baseOf(el: Element, docBase?: string): string | undefined {
  const chain: string[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const b = n.getAttributeNS(XML_NS, 'base');
    if (b) chain.unshift(b);
  }
  let base = docBase;
  for (const b of chain) {
    try {
      base = new URL(b, base).href;
    } catch {
      // A relative xml:base with nothing to resolve it against: keep what we have.
    }
  }
  return base;
}

/** `xml:lang` in force at `el`, if any. */
export function langOf(el: Element): string | undefined {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const l = n.getAttributeNS(XML_NS, 'lang');
    if (l) return l;
  }
  return undefined;
}
