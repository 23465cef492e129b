/**
 * Quotes in their documents. The builder stores a quote with its white space folded (line breaks
 * become spaces), so finding it in the document's text allows any run of white space between words.
 */
import { splitSentences } from '../builder/language/sentences.js';

export interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `quote` is in `text` (white space between words may differ), or undefined. */
export function findQuote(text: string, quote: string): Span | undefined {
  const words = quote.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const m = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * The whole sentence(s) around a selection: a fact's quote is a sentence, so a reviewer who selects
 * a few words of it gets the sentence. Returns the span and its text, verbatim from `text`.
 */
export function sentenceAround(text: string, sel: Span): (Span & { text: string }) | undefined {
  const a = Math.max(0, Math.min(sel.start, sel.end));
  const b = Math.min(text.length, Math.max(sel.start, sel.end));
  if (text.slice(a, b).trim() === '') return undefined;
  const sentences = splitSentences(text).filter((s) => s.end > a && s.start < b);
  if (sentences.length === 0) return { start: a, end: b, text: text.slice(a, b).trim() };
  const start = Math.min(...sentences.map((s) => s.start));
  const end = Math.max(...sentences.map((s) => s.end));
  return { start, end, text: text.slice(start, end).trim() };
}

/** Every sentence of a text (for choosing a quote with the keyboard). */
export function sentencesOf(text: string): (Span & { text: string })[] {
  return splitSentences(text).map((s) => ({ start: s.start, end: s.end, text: s.text }));
}

/** Splits `text` into runs, marking the spans (sorted, non-overlapping after merge) for <mark>. */
export function markRuns(text: string, spans: readonly Span[]): { text: string; marked: boolean }[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) runs.push({ text: text.slice(at, s.start), marked: false });
    runs.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
