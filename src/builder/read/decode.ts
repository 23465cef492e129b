/**
 * Bytes → text, refusing what is not text. Runs in Node and in a browser Web Worker (TextDecoder is
 * global in both), so the CLI and the studio agree on what a "binary" or "non-UTF-8" file is.
 */

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

/** Files above this size are refused before they are read (the Node layer checks `stat` first). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** How many bytes near the start are inspected for binary signatures. */
const SNIFF = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    // C0 controls other than tab, LF, FF, CR, ESC are rare in text and common in binaries.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Decodes a document: UTF-8 with or without BOM (UTF-16 with a BOM is accepted too, since some
 * Windows tools write it), line endings folded to `\n`. Binary content, invalid UTF-8 and NUL bytes
 * are refused with a reason a campaigner can act on.
 */
export function decodeDocument(bytes: Uint8Array, limit = MAX_DOCUMENT_BYTES): Decoded {
  if (bytes.length > limit) {
    return { ok: false, reason: `file is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(limit)})` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  const notes: string[] = [];
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(enc, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: `not valid ${enc.toUpperCase()} text` };
    }
    notes.push(`decoded as ${enc.toUpperCase()} (byte-order mark found)`);
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL or control bytes found), not text' };
    try {
      // `ignoreBOM: false` (the default) strips a UTF-8 BOM.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: 'not valid UTF-8 text (save it as UTF-8 and build again)' };
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file (NUL characters found), not text' };
  text = normalizeText(text);
  if (text.trim() === '') return { ok: false, reason: 'file is empty (only white space)' };
  return { ok: true, text, notes };
}

/** CRLF/CR → LF, a stray BOM removed, Unicode NFC so quotes compare equal however they were typed. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Folds runs of white space to one space, as quotes are compared. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
