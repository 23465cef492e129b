/**
 * Plain text out of markup. Feeds carry HTML in descriptions, Atom `type="html"` titles and TimelineJS
 * text; the elements only ever render plain text, so readers reduce markup to text here.
 *
 * `domToText` walks nodes that some parser already built (the runtime uses `DOMParser` with
 * `text/html`, which runs no script and loads nothing); it needs no DOM globals, so this module stays
 * importable in Node. `roughHtmlToText` is the fallback when no parser is given (the builder, tests):
 * its output is still only ever used as text, so it is a matter of looks, not of safety.
 */

/** Turns HTML into plain text. The runtime passes a `DOMParser`-based one. */
export type HtmlToText = (html: string) => string;

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tr', 'ul',
]);
/** Elements whose text is never content (code, styles, embedded documents). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'head', 'title', 'svg', 'math']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Text of a node tree, with line breaks where blocks and `<br>` were. Iterative: deep trees are fine. */
export function domToText(root: Node): string {
  const out: string[] = [];
  // Each entry: a node to visit, or a marker string to emit when a block closes.
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    if (next.nodeType === TEXT_NODE || next.nodeType === CDATA_SECTION_NODE) {
      out.push((next as CharacterData).data);
      continue;
    }
    if (next !== root && next.nodeType !== ELEMENT_NODE) continue;
    const name = next.nodeType === ELEMENT_NODE ? (next as Element).localName.toLowerCase() : '';
    // The root is what the caller asked for (an Atom `<title type="xhtml">`): only skip inside it.
    if (next !== root && SKIP.has(name)) continue;
    if (name === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCKS.has(name) || name === 'td' || name === 'th';
    if (block) {
      out.push(name === 'td' || name === 'th' ? ' ' : '\n');
      stack.push(name === 'p' || /^h[1-6]$/.test(name) ? '\n\n' : '\n');
    }
    const kids = next.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return tidyText(out.join(''));
}

/** Collapses runs of spaces, keeps at most one blank line between paragraphs, trims. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text: every run of white space, newlines included, becomes one space. */
export function inlineText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', middot: '·', bull: '•', deg: '°',
};

/** Decodes numeric and the common named character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** A parser-free approximation of `domToText` for places with no DOM (Node, the builder). */
export const roughHtmlToText: HtmlToText = (html) => {
  if (!/[<&]/.test(html)) return tidyText(html);
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|noscript|template|iframe|object|svg|math)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|figure|figcaption|dd|dt|dl|hr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return tidyText(decodeEntities(text));
};

/** Cuts text to at most `max` characters, at a word boundary when one is near, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.8 ? cut.slice(0, space) : cut}…`;
}
