/**
 * `sources.json` checked without a filesystem, so the CLI and the studio refuse the same keys: a
 * key names a file inside the build folder, relative, with forward or back slashes; anything that
 * climbs out ("../x", "/etc/passwd", "C:\\x") is refused with a message.
 */
export interface CheckedSources {
  sources?: Record<string, unknown>;
  messages: string[];
  error?: string;
}

/** "./a\\b/../c.txt" → "a/c.txt"; undefined when the path is absolute or leaves the folder. */
export function normalizeRelative(key: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(key) || /^(?:[\\/]|[A-Za-z]:)/.test(key)) return undefined;
  const out: string[] = [];
  for (const part of key.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.length ? out.join('/') : undefined;
}

export function checkSources(raw: unknown): CheckedSources {
  const messages: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { messages, error: 'sources.json must be an object: { "<file>": { … } }' };
  // No prototype: a "__proto__" key is just a file name that matches nothing.
  const sources = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(raw)) {
    const norm = normalizeRelative(key);
    if (!norm) {
      messages.push(`sources.json: key "${key.slice(0, 200)}" points outside the folder: refused`);
      continue;
    }
    sources[norm] = value;
  }
  return { sources, messages };
}
