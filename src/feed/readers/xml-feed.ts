/**
 * RSS and Atom: from XML text (parsed by the caller's `parseXml`) or a parsed `Document` to the
 * project's feed. A module of its own so that the elements' ES module build loads it, with the RSS
 * and Atom readers, only when an XML feed arrives (see `lazy.ts`).
 */
import type { NormalizedFeed } from '../normalize.js';
import { finishRead, type TextReaderOptions, type XmlFeedFormat } from './core.js';
import { FeedReadError } from './errors.js';
import { readAtom } from './atom.js';
import { readRss } from './rss.js';
import type { ReaderOptions } from './shared.js';

/** Which reader a parsed XML document needs; throws a `format` error for other XML. */
export function detectXmlFormat(doc: Document): XmlFeedFormat {
  const root = doc.documentElement;
  const name = root?.localName;
  if (name === 'rss' || name === 'RDF') return 'rss';
  if (name === 'feed') return 'atom';
  throw new FeedReadError('format', `This XML document is not an RSS or Atom feed (its root element is <${root?.nodeName ?? 'none'}>)`);
}

/** Reads a parsed RSS or Atom document. */
export function readFeedXml(doc: Document, opts: ReaderOptions = {}): NormalizedFeed {
  const format = detectXmlFormat(doc);
  return finishRead(format === 'rss' ? readRss(doc, opts) : readAtom(doc, opts), format);
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

/** Reads RSS or Atom text (already known to start with `<`), mending stray ampersands once. */
export function readXmlText(text: string, opts: TextReaderOptions): NormalizedFeed {
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
