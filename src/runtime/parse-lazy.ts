import type { NormalizedFeed } from '../feed/normalize.js';
import { loadReader, readFeedJsonLazily, readFeedTextLazily } from '../feed/readers/lazy.js';
import type { ReaderOptions } from '../feed/readers/shared.js';
import { FeedLoadError } from './errors.js';
import { htmlToText } from './html-text.js';
import type { ParseOptions } from './parse.js';

/**
 * How the elements read feeds: `parseFeedText` and `parseFeedValue` as a promise, with the same
 * results and errors, but the readers of the project's feed and JSON Feed are all that every element
 * loads up front. RSS and Atom (the readers with the XML parser, `parse-xml.ts`), TimelineJS and
 * GeoJSON are imported the first time a feed of that format arrives.
 */

const xmlModule = () => loadReader('RSS and Atom', () => import('./parse-xml.js'));

const readXml = (text: string, opts: ReaderOptions): Promise<NormalizedFeed> =>
  xmlModule().then((m) => m.readXmlText(text, { ...opts, parseXml: m.parseXml }));

async function settled(read: () => NormalizedFeed | Promise<NormalizedFeed>): Promise<NormalizedFeed> {
  try {
    return await read();
  } catch (err) {
    throw FeedLoadError.from(err);
  }
}

/** `parseFeedText`, loading the reader its format needs first. */
export function parseFeedTextLazily(text: string, opts: ParseOptions = {}): Promise<NormalizedFeed> {
  return settled(() => readFeedTextLazily(text, { ...opts, htmlToText, readXml }));
}

/** `parseFeedValue`, loading the reader its format needs first. */
export function parseFeedValueLazily(value: unknown, baseUrl: string = document.baseURI): Promise<NormalizedFeed> {
  return settled(() => {
    if (typeof value === 'string') return readFeedTextLazily(value, { baseUrl, htmlToText, readXml });
    if (typeof Document !== 'undefined' && value instanceof Document) return xmlModule().then((m) => m.readFeedXml(value, { baseUrl, htmlToText }));
    return readFeedJsonLazily(value, { baseUrl, htmlToText });
  });
}
