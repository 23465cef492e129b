import { FeedReadError, ReaderLoadError } from '../feed/readers/errors.js';

/**
 * Why a feed could not be shown. `code` picks the short message the element shows; `message` is the
 * technical reason for developers, sent in the `feed-error` event.
 * - `unsafe-url`: `src` is not http(s) (`javascript:`, `data:`…); nothing was requested.
 * - `network`: no answer (offline, DNS, CORS refusal, connection reset), or the reader of the feed's
 *   format (loaded on demand) did not arrive.
 * - `http`: an answer that is not 2xx.
 * - `timeout`: no complete answer in time.
 * - `too-large`: over the size cap.
 * - `syntax`: not valid JSON or XML. `format`: valid, but not a feed this library reads.
 */
export type FeedErrorCode = 'unsafe-url' | 'network' | 'http' | 'timeout' | 'too-large' | 'syntax' | 'format';

export class FeedLoadError extends Error {
  override readonly name = 'FeedLoadError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** Any thrown value as a FeedLoadError (reader errors keep their code, a reader that did not load is `network`; the rest count as format). */
  static from(err: unknown): FeedLoadError {
    if (err instanceof FeedLoadError) return err;
    if (err instanceof FeedReadError) return new FeedLoadError(err.code, err.message);
    if (err instanceof ReaderLoadError) return new FeedLoadError('network', err.message);
    return new FeedLoadError('format', err instanceof Error ? err.message : String(err));
  }
}

/** True for the rejection an aborted signal causes (our own or the platform's). */
export function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return (signal?.aborted ?? false) || (err instanceof DOMException && err.name === 'AbortError');
}

/** `10485760` → "10 MB". */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  return kb >= 1 ? `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB` : `${bytes} bytes`;
}
