/**
 * What every page needs to read a feed, before it knows which format arrived: the format check (a
 * few property tests on parsed JSON, the first characters of text) and the readers of the two formats
 * most pages get, the project's own feed and JSON Feed. The readers of the rarer formats plug in on
 * top: `index.ts` imports them all statically (Node, the builder, the public `feed` entry); `lazy.ts`
 * imports each one only when a feed of its format arrives (the elements' ES module build).
 */
import { partitionFeed, type NormalizedFeed } from '../normalize.js';
import type { FeedProblem } from '../validate.js';
import { jsonMayHoldClusters, limitFeedClusters } from './clusters.js';
import { FeedReadError } from './errors.js';
import { isJsonFeedVersion, readJsonFeed } from './json-feed.js';
import { parseJsonText } from './json-text.js';
import { isObj, type Obj, type ReaderOptions, type ReaderResult } from './shared.js';

export type JsonFeedFormat = 'campaign' | 'json-feed' | 'timelinejs' | 'geojson';
export type XmlFeedFormat = 'rss' | 'atom';
export type FeedFormat = JsonFeedFormat | XmlFeedFormat;

export interface TextReaderOptions extends ReaderOptions {
  /** Parses XML text (the runtime: `DOMParser` with `application/xml`). Without it, XML is refused. */
  parseXml?: (text: string) => Document;
  /** The response's Content-Type, used only to word errors; content decides the format. */
  contentType?: string | null;
}

const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v);

/** Which reader a parsed JSON value needs; throws a `format` error when it is none of them. */
export function detectJsonFormat(value: unknown): JsonFeedFormat {
  if (!isObj(value)) throw new FeedReadError('format', `This is JSON but not a feed: expected an object, got ${describe(value)}`);
  if (isObj(value._campaign)) return 'campaign';
  if (isJsonFeedVersion(value.version) || Array.isArray(value.items)) return 'json-feed';
  if (Array.isArray(value.events)) return 'timelinejs';
  if (value.type === 'FeatureCollection' || value.type === 'Feature') return 'geojson';
  throw new FeedReadError(
    'format',
    'This is JSON but not a feed: expected a JSON Feed (version and items), TimelineJS (events) or GeoJSON (a FeatureCollection)',
  );
}

/** A reader's result as the elements take it: partitioned, over-long letter clusters limited, problems first. */
export function finishRead(result: ReaderResult, format: FeedFormat, noClusters = false): NormalizedFeed {
  let out: NormalizedFeed;
  try {
    out = partitionFeed(result.feed, format);
  } catch (err) {
    throw new FeedReadError('format', `This ${format} document cannot be used as a feed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Unwrappable characters (50 marks on one letter, 30 joined emoji) would stretch the partner's page.
  // `noClusters`: the caller knows no string can need it (see `jsonMayHoldClusters`).
  const limited: FeedProblem[] = [];
  const feed = noClusters ? out.feed : limitFeedClusters(out.feed, limited);
  if (feed !== out.feed) out = { ...out, feed, problems: [...out.problems, ...limited] };
  return result.problems.length ? { ...out, problems: [...result.problems, ...out.problems] } : out;
}

/**
 * Reads the project's feed (passed through as is) or a JSON Feed; `format` comes from `detectJsonFormat`.
 * `plainText`: the value was parsed from text where `jsonMayHoldClusters` found nothing, so the
 * project's feed, whose strings are the text's, needs no cluster walk (a JSON Feed's HTML may still
 * spell marks as character references, so it is walked).
 */
export function readCommonJson(value: Obj, format: 'campaign' | 'json-feed', opts: ReaderOptions = {}, plainText = false): NormalizedFeed {
  return format === 'campaign' ? finishRead({ feed: value, problems: [] }, format, plainText) : finishRead(readJsonFeed(value, opts), format);
}

/**
 * Feed text sorted by its first characters: parsed JSON (with `plain` when `jsonMayHoldClusters`
 * found nothing in its text), or XML text still to parse.
 */
export type SortedText = { json: unknown; plain: boolean; xml?: undefined } | { xml: string; json?: undefined };

/**
 * JSON when the text starts with `{` or `[` (or when it is served as JSON), XML when it starts with
 * `<`. An HTML page (a wrong `src`, a login page, a 404 page served as 200) gets its own message.
 */
export function sortFeedText(text: string, contentType?: string | null): SortedText {
  const s = text.replace(/^\ufeff/, '').trimStart();
  const first = s[0];
  if (first === undefined) throw new FeedReadError('syntax', 'The feed is empty');
  if (first === '{' || first === '[') return { json: parseJsonText(s), plain: !jsonMayHoldClusters(s) };
  if (first === '<') {
    if (/^<(?:!doctype\s+html|html[\s>])/i.test(s)) {
      throw new FeedReadError('format', 'Got an HTML page, not a feed: check the src URL');
    }
    return { xml: s };
  }
  if (/json/i.test(contentType ?? '')) return { json: parseJsonText(s), plain: !jsonMayHoldClusters(s) };
  throw new FeedReadError('syntax', `The feed is neither JSON nor XML: it starts with ${JSON.stringify(s.slice(0, 20))}`);
}
