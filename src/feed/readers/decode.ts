/**
 * Bytes → text for feeds. JSON is UTF-8 (a BOM, or a charset in Content-Type, may say otherwise); XML
 * says its encoding in its declaration (`<?xml version="1.0" encoding="windows-1251"?>`). Order: BOM,
 * then the XML declaration (the feed's generator knows its bytes better than a server's default
 * header), then the Content-Type charset, then UTF-8. Bytes that are not valid UTF-8 and declare
 * nothing are read as windows-1252, which is what such feeds almost always are.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  const header = contentType ? /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)/i.exec(contentType)?.[1] : undefined;
  for (const label of [declared, header]) {
    if (!label || /^utf-?8$/i.test(label)) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding the platform does not know: try the next clue.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
