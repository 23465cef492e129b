/** How long an excerpt of `content_text` may be, in characters, before it is cut at a word. */
export const EXCERPT_LENGTH = 300;

export interface Excerpt {
  text: string;
  /** True when the text was shortened (and ends with "…"). */
  cut: boolean;
}

const segmenters = new Map<string, Intl.Segmenter | null>();

function wordSegmenter(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang)) {
    let s: Intl.Segmenter | null = null;
    try {
      if (typeof Intl.Segmenter === 'function') s = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    } catch {
      s = null;
    }
    segmenters.set(lang, s);
  }
  return segmenters.get(lang) ?? null;
}

// Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, CJK.
const UNSPACED = /[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]/;

/** The last word boundary at or before `max`, or 0 when the first word is already longer. */
function lastBoundary(text: string, max: number, lang: string): number {
  // Khmer writes no spaces between words: only a word segmenter finds where a word ends. Other
  // text ends a word at a space, and needs no segmenter (which is slow to create).
  const seg = UNSPACED.test(text.slice(0, max + 40)) ? wordSegmenter(lang) : null;
  if (seg) {
    let cut = 0;
    for (const s of seg.segment(text.slice(0, max + 40))) {
      const end = s.index + s.segment.length;
      if (end > max) break;
      cut = end;
    }
    // A boundary right before the next word (not in the middle of the text's last word).
    if (cut > 0) return cut;
  }
  const space = text.lastIndexOf(' ', max);
  return space > 0 ? space : 0;
}

/**
 * The first `max` characters or so of a text, cut at the end of a word, with "…" when shortened.
 * White space is collapsed. A single word longer than `max` (a URL) is cut where it must be.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH, lang = ''): Excerpt {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  let cut = lastBoundary(flat, max, lang);
  if (cut < max / 2) {
    // No usable word end: cut hard, never between the two halves of a surrogate pair.
    cut = max;
    const code = flat.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
  }
  const head = flat.slice(0, cut).replace(/[\s,;:.\u2013\u2014-]+$/u, '');
  return { text: `${head}…`, cut: true };
}
