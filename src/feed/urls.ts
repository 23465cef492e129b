import { MAX_URL } from './contract.js';

/** True for absolute `http:` and `https:` URLs: the only links the project ever renders or writes. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_URL) return false;
  // Browsers strip ASCII tab/newline inside URLs ("java\nscript:"), so reject control characters outright.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Resolves `value` against `base` and keeps it only when the result is http(s). */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    // What isHttpUrl checks, read off this parse (a serialised URL holds no control character).
    const href = url.href;
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && href.length <= 2048 ? href : undefined;
  } catch {
    return undefined;
  }
}
