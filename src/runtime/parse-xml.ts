/**
 * The XML half of the runtime's feed reading: the parser and, re-exported, the RSS and Atom readers.
 * The elements' ES module build imports this module only when an XML feed arrives (`parse-lazy.ts`),
 * so pages showing JSON feeds never download it.
 */
import { inertXml } from '../feed/readers/inert-markup.js';
import { xmlErrorAt } from '../feed/readers/xml-errors.js';
import { forParser } from './html-text.js';

export { readFeedXml, readXmlText } from '../feed/readers/xml-feed.js';

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
