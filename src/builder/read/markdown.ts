/**
 * Markdown → plain text for extraction and `content_text`: markup is removed, words are untouched,
 * so a quote taken from the text reads the same as the sentence in the file.
 */
import type { PageLink } from './html.js';

export function markdownToText(md: string): { text: string; heading?: string; links: PageLink[] } {
  let heading: string | undefined;
  const out: string[] = [];
  const links: PageLink[] = [];
  let fence = false;
  for (const raw of md.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    let line = raw;
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      heading ??= h[1];
      line = h[1];
    }
    if (/^\s{0,3}(?:[-*_]\s*){3,}$/.test(line)) {
      out.push('');
      continue;
    }
    // Inline markup is only unpicked on lines of a sane length: the lazy patterns below would be
    // quadratic on a hostile multi-megabyte line, which is kept as it is.
    if (line.length > 5000) {
      out.push(line);
      continue;
    }
    if (links.length < 2000) {
      for (const m of line.matchAll(/(?<!!)\[([^\]]+)\]\(\s*([^)\s]+)[^)]*\)/g)) links.push({ text: m[1], href: m[2] });
    }
    line = line
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
      .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1');
    out.push(line);
  }
  return { text: out.join('\n').trim(), heading, links };
}
