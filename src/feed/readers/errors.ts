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
