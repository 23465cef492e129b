/**
 * Sentences: blocks (paragraphs, headings, list items) by line structure, then the Unicode sentence
 * rules inside each block. Quotes must be whole sentences, verbatim, so boundaries matter more than
 * anything else here. It also marks which characters sit inside quotation marks, because words in
 * someone's mouth are not the reporter's facts.
 */

export interface Sentence {
  /** The sentence exactly as it appears in the text (trimmed). */
  text: string;
  /** Offsets into the text that was split. */
  start: number;
  end: number;
  /** Ranges (relative to `text`) that are inside quotation marks. */
  quoted: [number, number][];
  /** Index of the paragraph (block separated by blank lines or a hard line end). */
  paragraph: number;
}

// Words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr no nos vs etc e.g i.e eg ie inc ltd co corp gen col lt sgt capt cmdr rep sen gov ' +
    'pres hon rev fr mt ave rd blvd dept est approx fig vol pp ed eds jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'comr adj supt insp cpl pvt maj brig det const amb sec min dep asst assoc bros messrs mme mlle ' +
    'u.s u.k u.n e.u a.m p.m cf al'
  ).split(' '),
);

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const OPENERS = /["“‘'(\[«•\-–—*\d\p{Lu}]/u;

function isHardLineEnd(line: string, next: string | undefined): boolean {
  const t = line.trimEnd().slice(-200);
  if (t === '') return true;
  if (/[.!?…:]["'”’)\]»]*$/.test(t)) return true;
  if (next === undefined) return true;
  const n = next.trimStart().slice(0, 200);
  // A list item or pager bullet starts its own sentence.
  if (/^(?:[•*\-–]\s|\d+[.)]\s)/.test(n)) return true;
  // A short line without end punctuation followed by a capitalised line is a heading.
  if (line.trim().length < 60 && /^[\p{Lu}\d"“]/u.test(n) && !/[,;]$/.test(t) && !/\b(?:the|a|an|of|and|to|in|on|for|at|by|with)$/i.test(t)) {
    return true;
  }
  return false;
}

/** Ranges of `text` inside double quotation marks; the state resets at the end of each block. */
function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') {
      if (open < 0) open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) {
        out.push([open, i + 1]);
        open = -1;
      }
    } else if (c === '"') {
      const prev = i > 0 ? text[i - 1] : ' ';
      const opening = /[\s([{—–:\-]/.test(prev) || i === 0;
      if (open < 0 && opening) open = i;
      else if (open >= 0) {
        out.push([open, i + 1]);
        open = -1;
      } else out.push([0, i + 1]); // a closing mark whose opening sits before this block
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function endsWithAbbreviation(before: string): boolean {
  // Only the last word matters; looking at a bounded tail keeps hostile input linear.
  const m = /(?:^|[\s(“"])([\p{L}.]+)$/u.exec(before.slice(-32));
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single initials ("J. Smith") and dotted acronyms ("U.S.").
  return /^\p{L}$/u.test(m[1]) || /^(?:\p{L}\.)+\p{L}$/u.test(m[1]);
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits one block (no hard line ends inside) into sentence ranges with the Unicode sentence rules
 * (`Intl.Segmenter`, UAX #29), then mends the breaks those rules make after abbreviations and
 * initials ("Sr. Comr. Rikwanto", "Feb. 20", "U.S. brands") and before a lower-case word.
 */
function splitBlock(text: string, from: number, to: number, out: [number, number][]): void {
  let start = -1;
  for (let c = from; c < to; ) {
    const cut = chunkEnd(text, c, to);
    for (const piece of SEGMENTER.segment(text.slice(c, cut))) {
      const a = c + piece.index;
      if (start < 0) start = a;
      else if (!continues(text, start, a)) {
        out.push([start, a]);
        start = a;
      }
    }
    c = cut;
  }
  if (start >= 0) out.push([start, to]);
}

/**
 * V8's segmenter takes time quadratic in the length of the string it walks, so long blocks are fed
 * to it in pieces of about 2,000 characters, cut after a full stop and a space: a place where a
 * break is either right or mended by `continues`.
 */
const CHUNK = 2000;
function chunkEnd(text: string, from: number, to: number): number {
  if (to - from <= CHUNK * 1.5) return to;
  const window = text.slice(from + CHUNK, Math.min(to, from + CHUNK * 2));
  const m = /[.!?]["'”’)]*\s+(?=\S)/.exec(window);
  return m ? from + CHUNK + m.index + m[0].length : Math.min(to, from + CHUNK * 2);
}

/** Does the piece starting at `next` continue the sentence begun at `start`? */
function continues(text: string, start: number, next: number): boolean {
  if (next <= start) return false;
  const before = text.slice(start, next).trimEnd();
  const first = text[next] ?? '';
  const core = before.replace(/["'”’)\]»]+$/u, '');
  if (!TERMINAL.test(core[core.length - 1] ?? '')) return true;
  if (core !== before) return false;
  if (/^[\p{Ll}\d,;:)]/u.test(first) && before.endsWith('.')) return true;
  return before.endsWith('.') && endsWithAbbreviation(before.slice(0, -1)) && !OPENERS_AFTER_ABBREVIATION.test(before);
}

/** "… at 2 p.m. Then" ends a sentence: an abbreviation that is also a sentence's last word. */
const OPENERS_AFTER_ABBREVIATION = /\b(?:a\.m|p\.m|etc)\.$/i;

/** Splits text into sentences with their offsets and quoted ranges. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  const lines: { start: number; end: number; text: string }[] = [];
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const raw = m[0].replace(/\n$/, '');
    lines.push({ start: m.index, end: m.index + raw.length, text: raw });
    if (lineRe.lastIndex >= text.length) break;
  }
  let paragraph = 0;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = (): void => {
    if (blockStart < 0) return;
    const ranges: [number, number][] = [];
    splitBlock(text, blockStart, blockEnd, ranges);
    const quotes = quoteRanges(text.slice(blockStart, blockEnd)).map(([a, b]) => [a + blockStart, b + blockStart]);
    // Both lists are in text order: walk them together (linear, however many quotes a block has).
    let q = 0;
    for (const [a0, b0] of ranges) {
      let a = a0;
      let b = b0;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b <= a) continue;
      const quoted: [number, number][] = [];
      while (q < quotes.length && quotes[q][1] <= a) q++;
      for (let k = q; k < quotes.length && quotes[k][0] < b; k++) {
        const s = Math.max(quotes[k][0], a);
        const e = Math.min(quotes[k][1], b);
        if (e > s) quoted.push([s - a, e - a]);
      }
      sentences.push({ text: text.slice(a, b), start: a, end: b, quoted, paragraph });
    }
    paragraph++;
    blockStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    if (isHardLineEnd(line.text, lines[i + 1]?.text)) flush();
  }
  flush();
  return sentences;
}

/** True when the range [a, b) of the sentence lies inside quotation marks. */
export function isQuoted(sentence: Sentence, a: number, b = a + 1): boolean {
  return sentence.quoted.some(([qa, qb]) => a >= qa && b <= qb);
}
