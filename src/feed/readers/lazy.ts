/**
 * The readers as the elements' ES module build loads them. The project's feed and JSON Feed are read
 * at once (`core.ts`, part of the runtime every element loads); the TimelineJS and GeoJSON readers are
 * imported when a feed of that format arrives, and XML goes to the caller's `readXml`, which imports
 * the RSS and Atom readers with its own XML parser. Every format gives the same result and the same
 * errors as `index.ts`, only later by the time its reader takes to load. A single-file build (the
 * IIFE, `inlineDynamicImports`) holds every reader, and the imports cost a microtask.
 */
import type { NormalizedFeed } from '../normalize.js';
import { detectJsonFormat, finishRead, readCommonJson, sortFeedText } from './core.js';
import { ReaderLoadError } from './errors.js';
import type { Obj, ReaderOptions } from './shared.js';

export interface LazyTextReaderOptions extends ReaderOptions {
  /** The response's Content-Type, used only to word errors; content decides the format. */
  contentType?: string | null;
  /** Reads RSS or Atom text. The runtime's loads the XML readers and its parser on first use. */
  readXml: (text: string, opts: ReaderOptions) => Promise<NormalizedFeed>;
}

/** A reader module, with a load failure told apart from a feed failure. */
export function loadReader<T>(format: string, module: () => Promise<T>): Promise<T> {
  return module().catch((err: unknown) => {
    throw new ReaderLoadError(format, err);
  });
}

/** `readFeedJson` of `index.ts`, with the TimelineJS and GeoJSON readers loaded when needed. */
export function readFeedJsonLazily(value: unknown, opts: ReaderOptions = {}, plainText = false): NormalizedFeed | Promise<NormalizedFeed> {
  const format = detectJsonFormat(value);
  const obj = value as Obj;
  switch (format) {
    case 'timelinejs':
      return loadReader('TimelineJS', () => import('./timelinejs.js')).then((m) => finishRead(m.readTimelineJs(obj, opts), format));
    case 'geojson':
      return loadReader('GeoJSON', () => import('./geojson.js')).then((m) => finishRead(m.readGeoJson(obj, opts), format));
    default:
      return readCommonJson(obj, format, opts, plainText);
  }
}

/** `readFeedText` of `index.ts`: the project's feed and JSON Feed synchronously, other formats once their reader is loaded. */
export function readFeedTextLazily(text: string, opts: LazyTextReaderOptions): NormalizedFeed | Promise<NormalizedFeed> {
  const { readXml, contentType, ...readerOpts } = opts;
  const sorted = sortFeedText(text, contentType);
  return sorted.xml !== undefined ? readXml(sorted.xml, readerOpts) : readFeedJsonLazily(sorted.json, readerOpts, sorted.plain);
}
