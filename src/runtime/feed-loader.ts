import type { NormalizedFeed } from '../feed/normalize.js';
import { decodeFeedBytes } from '../feed/readers/decode.js';
import { FeedLoadError, formatBytes, isAbort } from './errors.js';
import { parseFeedTextLazily } from './parse-lazy.js';

/**
 * One request per feed URL for the whole page. Every element showing `feed.json` holds a lease on the
 * same entry: the first lease starts the request, later ones share its promise (and its parsed
 * result, which is frozen because it is shared). When the last lease is released the entry goes: an
 * unfinished request is aborted, a finished one is forgotten, so nothing outlives the elements that
 * use it. Failures are never kept, so a retry always asks the network again.
 */

export interface FeedLease {
  readonly url: string;
  readonly promise: Promise<NormalizedFeed>;
  /** Lets go of the entry (idempotent). The last release aborts an unfinished request. */
  release(): void;
}

interface Entry {
  promise: Promise<NormalizedFeed>;
  controller: AbortController;
  holders: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** How many feeds are cached or in flight (for tests and leak checks). */
export function feedCacheSize(): number {
  return entries.size;
}

export function acquireFeed(url: string, maxBytes: number): FeedLease {
  // The cap is part of the key: an element allowing 1 MB must not get a 5 MB feed another one accepted.
  const key = `${maxBytes} ${url}`;
  let entry = entries.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, holders: 0, settled: false, promise: fetchFeed(url, controller.signal, maxBytes) };
    created.promise.then(
      () => {
        created.settled = true;
      },
      () => {
        created.settled = true;
        if (entries.get(key) === created) entries.delete(key);
      },
    );
    entries.set(key, created);
    entry = created;
  }
  const held = entry;
  held.holders++;
  let released = false;
  return {
    url,
    promise: held.promise,
    release() {
      if (released) return;
      released = true;
      held.holders--;
      if (held.holders > 0) return;
      if (entries.get(key) === held) entries.delete(key);
      if (!held.settled) held.controller.abort(new DOMException('No element needs this feed any more', 'AbortError'));
    },
  };
}

function tooLarge(url: string, maxBytes: number): FeedLoadError {
  return new FeedLoadError('too-large', `The feed is larger than ${formatBytes(maxBytes)} (the limit); stopped reading ${url}`);
}

/** The body, counted as it streams: past `maxBytes` the download stops at once. */
async function readCapped(res: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function fetchFeed(url: string, signal: AbortSignal, maxBytes: number): Promise<NormalizedFeed> {
  // Wait a microtask: a lease released in the same task (an element created and removed at once)
  // then costs no request at all.
  await Promise.resolve();
  signal.throwIfAborted();
  const crossOrigin = new URL(url).origin !== location.origin;
  const init: RequestInit = {
    signal,
    credentials: 'same-origin',
    cache: 'no-cache',
    redirect: 'follow',
    mode: 'cors',
    // The partner's page address is nobody else's business.
    ...(crossOrigin ? { referrerPolicy: 'no-referrer' as const } : {}),
  };
  let res: Response;
  try {
    res = await globalThis.fetch(url, init);
  } catch (err) {
    if (isAbort(err, signal)) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new FeedLoadError('network', `No answer from ${url} (offline, blocked by CORS, or refused): ${why}`);
  }
  if (!res.ok) {
    res.body?.cancel().catch(() => {});
    throw new FeedLoadError('http', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    res.body?.cancel().catch(() => {});
    throw tooLarge(url, maxBytes);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(res, url, maxBytes);
  } catch (err) {
    if (err instanceof FeedLoadError || isAbort(err, signal)) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new FeedLoadError('network', `The answer from ${url} broke off: ${why}`);
  }
  signal.throwIfAborted();
  const contentType = res.headers.get('content-type');
  const result = await parseFeedTextLazily(decodeFeedBytes(bytes, contentType), { baseUrl: res.url || url, contentType });
  return deepFreeze(result);
}

/** Freezes a parsed feed (plain JSON-like data) so one element cannot change what another shows. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
}
