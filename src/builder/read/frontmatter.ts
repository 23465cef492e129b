/**
 * YAML front matter (`---` … `---` at the very top of a .md/.txt file). A broken block is an error
 * for the document, not something to guess around: its published date might be wrong.
 */
import { parse } from 'yaml';

export type FrontMatter =
  | { ok: true; data?: Record<string, unknown>; body: string }
  | { ok: false; reason: string };

export function splitFrontMatter(text: string): FrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { ok: true, body: text };
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(3));
  if (!close) return { ok: false, reason: 'broken front matter: the opening "---" has no closing "---"' };
  const yamlText = text.slice(text.indexOf('\n') + 1, 3 + close.index + 1);
  const body = text.slice(3 + close.index + close[0].length);
  let data: unknown;
  try {
    // The core schema keeps dates as strings ("2014-01" stays "2014-01"), and aliases are capped so a
    // hostile file cannot expand into gigabytes.
    data = parse(yamlText, { schema: 'core', maxAliasCount: 50, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, reason: `broken front matter: ${msg}` };
  }
  if (data === null || data === undefined) return { ok: true, body };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'broken front matter: expected "key: value" lines' };
  }
  return { ok: true, data: data as Record<string, unknown>, body };
}
