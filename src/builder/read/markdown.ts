/**
 * Markdown → plain text for extraction and `content_text`: markup is removed, words are untouched,
 * so a quote taken from the text reads the same as the sentence in the file.
 */
export function markdownToText(md: string): { text: string; heading?: string } {
  let heading: string | undefined;
  const out: string[] = [];
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
  return { text: out.join('\n').trim(), heading };
}
