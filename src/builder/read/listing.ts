/**
 * Listing pages (a union's press-release page): a heading, a year filter line, then entries that each
 * open with a date and a publisher, then a pager. Each entry becomes its own item with its own date
 * and publisher; the heading, filter line and pager are page furniture, not content.
 */
import { parsePublished } from './metadata.js';

export interface ListingEntry {
  published: string;
  publisher?: string;
  /** The entry's own headline: the line above a date run into the text (the text opens with it too). */
  title?: string;
  text: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DATE_SRC = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4})`;
// "2014-08-18   CLEC", "18 August 2014 | CLEC", "2014-08-18" alone.
const HEAD = new RegExp(`^\\s*(${DATE_SRC})\\s*(?:(?:[|·•–—]|\\s-\\s|\\t|\\s{2,})\\s*([^.!?]{1,80}?))?\\s*$`);
// "27 July, 2023The union …": a date run into the entry's first sentence, its title on the line before.
const GLUED = new RegExp(`^\\s*(${DATE_SRC})(?=\\p{Lu})(.{20,})$`, 'u');
const FILTER = /^\s*(?:(?:all|any)(?:\s+years?)?|filter(?:\s+by)?[^,]*|show)?\s*[,:|]?\s*(?:(?:19|20)\d{2}\s*[,|/]?\s*){2,}$/i;
const PAGER = /^\s*(?:[•·*\-|]\s*)?(?:(?:\d{1,3}|next|previous|prev|older|newer|first|last|page|of|more|load\s+more|[«»‹›…]|&[lg]t;)\s*[|·•,]?\s*)+$/i;

/** Splits a listing page into entries; fewer than two dated entries means it is not a listing. */
export function splitListing(text: string): { entries: ListingEntry[]; heading?: string } | undefined {
  const lines = text.split('\n');
  const heads: { at: number; published: string; publisher?: string; first?: string; title?: number }[] = [];
  const dateOf = (d: string) => parsePublished(d.replace(/,/g, ', ').replace(/\s+/g, ' ').replace(/ ,/g, ','));
  lines.forEach((line, i) => {
    const m = line.length <= 200 ? HEAD.exec(line) : null;
    if (m) {
      const p = dateOf(m[1]);
      if (p) heads.push({ at: i, published: p.date, publisher: m[2]?.trim() || undefined });
      return;
    }
    const g = GLUED.exec(line.slice(0, 40)) && GLUED.exec(line);
    if (!g) return;
    const p = dateOf(g[1]);
    if (!p) return;
    let t = i - 1;
    while (t >= 0 && lines[t].trim() === '') t--;
    const title = t >= 0 && lines[t].length < 200 && !/[.:;,]$/.test(lines[t].trim()) ? t : undefined;
    heads.push({ at: i, published: p.date, first: g[2], title });
  });
  if (heads.length < 2) return undefined;
  const entries: ListingEntry[] = [];
  heads.forEach((h, k) => {
    const next = heads[k + 1];
    const end = next ? next.title ?? next.at : lines.length;
    const body = [...(h.title !== undefined ? [lines[h.title], ''] : []), ...(h.first ? [h.first] : []), ...lines.slice(h.at + 1, end)];
    // The pager sits after the last entry.
    while (body.length && (body[body.length - 1].trim() === '' || (body[body.length - 1].length < 200 && PAGER.test(body[body.length - 1])))) body.pop();
    const entryText = body.join('\n').trim();
    const title = h.title !== undefined ? lines[h.title].trim() || undefined : undefined;
    if (entryText) entries.push({ published: h.published, publisher: h.publisher, ...(title ? { title } : {}), text: entryText });
  });
  // Page furniture is short; long lines are never tested against these patterns (bounded work).
  const before = lines.slice(0, heads[0].title ?? heads[0].at).map((l) => l.trim()).filter((l) => l && !(l.length < 200 && FILTER.test(l)));
  return entries.length >= 2 ? { entries, heading: before[0] } : undefined;
}
