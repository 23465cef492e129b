/**
 * A fact's sources as a reader counts them: one per document. Two sentences quoted from the same
 * open letter are one source with two quotes, and a quote given twice is shown once.
 */
export interface SourceGroup<T> {
  /** The first source of this document, for its title, link, publisher and date. */
  first: T;
  /** The distinct non-empty quotes from this document, in the feed's order. */
  quotes: string[];
}

export function groupSources<T extends { quote?: unknown }>(sources: readonly T[], itemOf: (s: T) => unknown): SourceGroup<T>[] {
  if (sources.length === 1) {
    const q = sources[0].quote;
    return [{ first: sources[0], quotes: typeof q === 'string' && q.trim() ? [q] : [] }];
  }
  const groups = new Map<unknown, SourceGroup<T>>();
  for (const s of sources) {
    const key = itemOf(s);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { first: s, quotes: [] }));
    const q = typeof s.quote === 'string' ? s.quote : '';
    if (q.trim() && !g.quotes.includes(q)) g.quotes.push(q);
  }
  return [...groups.values()];
}
