import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { EMPTY_FEED, type NormalizedFeed } from '../feed/normalize.js';
import { FeedLoadError } from './errors.js';
import { acquireFeed, type FeedLease } from './feed-loader.js';
import { parseFeedTextLazily, parseFeedValueLazily } from './parse-lazy.js';

export type FeedState = 'loading' | 'error' | 'ready';

/** 15 seconds: long enough for a slow mobile connection, short enough that nobody waits forever. */
export const DEFAULT_TIMEOUT = 15_000;
/** 10 MB: ten times the largest real campaign feed we know of, far below what hurts a phone. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** What the controller reads from its element on every update. */
export interface FeedInput {
  /** `src` attribute, as written or resolved; resolved against the page here. Only http(s) is fetched. */
  src?: string;
  /** `.feed` property: an object in any supported JSON format, feed text, or an XML `Document`. Wins over everything else. */
  feed?: unknown;
  /** Text of an inline `<script type="application/json">` child. Wins over `src`. */
  inline?: string;
  /**
   * An inline child is there but the HTML parser has not moved past it yet (its text may still be
   * arriving): nothing is read, and no empty state is shown, until it has.
   */
  inlinePending?: boolean;
  /** Milliseconds before a `src` load counts as failed (default 15 s). */
  timeout?: number;
  /** Largest `src` body read, in bytes (default 10 MB). */
  maxBytes?: number;
}

type Args = readonly [
  src: string | undefined,
  feed: unknown,
  inline: string | undefined,
  inlinePending: boolean,
  retries: number,
  timeout: number,
  maxBytes: number,
];

const NO_FEED: NormalizedFeed = Object.freeze({ feed: EMPTY_FEED, problems: [], format: 'none' }) as NormalizedFeed;

/** The reason a load stops when its element leaves the page (not an error: nothing is shown or fired). */
const REMOVED = 'removed';

/** `src` → absolute http(s) URL, or an `unsafe-url` error (nothing is requested). */
export function resolveFeedUrl(src: string, base: string = document.baseURI): string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new FeedLoadError('unsafe-url', `The src ${JSON.stringify(src.slice(0, 100))} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedLoadError('unsafe-url', `Only http: and https: feeds are loaded; the src uses ${url.protocol}`);
  }
  return url.href;
}

/** Resolves with the lease's feed, or rejects on abort or when `timeout` ms pass first. */
function settle(lease: FeedLease, signal: AbortSignal, timeout: number): Promise<NormalizedFeed> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const ms = Math.min(timeout > 0 ? timeout : DEFAULT_TIMEOUT, 2 ** 31 - 1);
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      done();
      const secs = ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
      reject(new FeedLoadError('timeout', `No complete answer from ${lease.url} within ${secs}`));
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
    lease.promise.then(
      (v) => {
        done();
        resolve(v);
      },
      (e) => {
        done();
        reject(e);
      },
    );
  });
}

/** Resolves once the HTML parser is done, so children of a parser-created element have all arrived. */
function documentParsed(signal: AbortSignal): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      document.removeEventListener('DOMContentLoaded', onReady);
      reject(signal.reason);
    };
    document.addEventListener('DOMContentLoaded', onReady, { once: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Loads the element's feed from whichever input it has (`.feed` property, inline JSON, `src`), keeps
 * the good records, and exposes the result. Built on `@lit/task`: a new input aborts the old load and
 * a stale result never overwrites a newer one. `src` loads go through a page-wide cache (one request
 * per URL however many elements show it), with a timeout and a size cap; an element removed from the
 * page mid-load aborts its request (the shared one only when no other element still waits for it).
 */
export class FeedController implements ReactiveController {
  private readonly task: Task<Args, NormalizedFeed>;
  private retries = 0;
  /** The cache entry the shown result came from, held so elements added later share it. */
  private lease?: FeedLease;
  private removedMidLoad = false;

  /**
   * @param prepare what the view needs besides the feed (a lazily loaded layout, the reader's
   *   language's strings), started with each load and awaited with it, so the first view shown is
   *   the finished one. Its failure does not fail the load: the view then does without.
   */
  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private input: () => FeedInput,
    private prepare?: () => Promise<unknown> | undefined,
  ) {
    host.addController(this);
    this.task = new Task<Args, NormalizedFeed>(host, {
      task: async (args, { signal }) => {
        const prepared = this.prepare?.()?.catch(() => undefined);
        const result = await this.load(args, signal);
        await prepared;
        return result;
      },
      args: () => {
        const i = this.input();
        return [
          i.src?.trim() || undefined,
          i.feed ?? undefined,
          i.inline,
          !!i.inlinePending,
          this.retries,
          i.timeout ?? DEFAULT_TIMEOUT,
          i.maxBytes ?? DEFAULT_MAX_BYTES,
        ] as const;
      },
    });
  }

  private async load([src, feed, inline, inlinePending, , timeout, maxBytes]: Args, signal: AbortSignal): Promise<NormalizedFeed> {
    if (feed !== undefined || inline !== undefined || inlinePending || !src) {
      this.releaseLease();
      if (feed !== undefined) return parseFeedValueLazily(feed);
      if (inline !== undefined) return parseFeedTextLazily(inline, { baseUrl: document.baseURI });
      // The host reads its inline child once the parser is past it, which changes the args: this
      // run then ends (aborted) without showing an empty state first.
      if (inlinePending) return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
      // No input yet: while the page is still being parsed, an inline child may be on its way.
      await documentParsed(signal);
      return NO_FEED;
    }
    const lease = acquireFeed(resolveFeedUrl(src), maxBytes);
    try {
      const result = await settle(lease, signal, timeout);
      this.releaseLease();
      this.lease = lease;
      return result;
    } catch (err) {
      lease.release();
      throw err;
    }
  }

  private releaseLease(): void {
    this.lease?.release();
    this.lease = undefined;
  }

  hostConnected(): void {
    if (this.removedMidLoad) {
      this.removedMidLoad = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    // Moving an element is a disconnect and a connect in the same task: only a real removal counts.
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      if (this.task.status === TaskStatus.PENDING) {
        this.removedMidLoad = true;
        this.task.abort(REMOVED);
      }
      this.releaseLease();
    });
  }

  get state(): FeedState {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return this.removedMidLoad ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The last feed read (kept while a new one loads, so a subclass may keep showing it). */
  get value(): NormalizedFeed | undefined {
    return this.task.value;
  }

  private errorMemo?: { raw: unknown; error: FeedLoadError };

  /** Why the feed could not be shown (in the error state). The same object until the next load. */
  get error(): FeedLoadError | undefined {
    if (this.state !== 'error') return undefined;
    const raw = this.task.error;
    if (!this.errorMemo || this.errorMemo.raw !== raw) this.errorMemo = { raw, error: FeedLoadError.from(raw) };
    return this.errorMemo.error;
  }

  /** Loads again (the retry button of the error state). Failed loads are never cached, so this asks the network. */
  retry(): void {
    this.retries++;
    this.host.requestUpdate();
  }
}
