/**
 * Why a document could not be read at all (as opposed to a few bad records, which are dropped and
 * reported as problems). `code` lets the runtime pick a human message; `message` is the technical
 * reason that goes to developers in the `feed-error` event.
 */
export type FeedReadErrorCode = 'syntax' | 'format';

export class FeedReadError extends Error {
  override readonly name = 'FeedReadError';
  constructor(
    readonly code: FeedReadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The code of a reader that is loaded on demand (`lazy.ts`) did not arrive: the page went offline, or
 * the server lost the file. The network failed, not the feed, so the runtime reports it as such.
 */
export class ReaderLoadError extends Error {
  override readonly name = 'ReaderLoadError';
  constructor(format: string, cause: unknown) {
    super(`The ${format} reader could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
