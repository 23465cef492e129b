import type { TimelineEvent } from './model.js';

/**
 * Folds text for search: lower case, Latin diacritics removed ("Café" → "cafe"), spaces collapsed.
 * Only the combining marks of the Latin block (U+0300–U+036F) are stripped: Khmer vowel signs are
 * combining marks too, and removing them would change words, not accents.
 */
export function foldText(text: string): string {
  // Most feed text is ASCII: skip the Unicode normalisation there (it is most of the cost on 100k events).
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The event's own searchable text (title, description, place, organisers, sources), folded. */
export function searchTextOf(e: TimelineEvent): string {
  let text = e.title;
  if (e.description) text += ` ${e.description}`;
  if (e.place) text += ` ${e.place.name} ${e.place.country ?? ''}`;
  for (const o of e.organisers) text += ` ${o}`;
  for (const src of e.sources) text += ` ${src.quote} ${src.title ?? ''} ${src.publisher ?? ''}`;
  return foldText(text);
}

/**
 * Builds each event's search text, with extra words (its kind's name in every language, its
 * country's name). Done at the first search: folding every event's text is time a first render does
 * not need to spend (8 ms for 1,000 events, measured).
 */
export function indexForSearch(events: readonly TimelineEvent[], extraWords?: (e: TimelineEvent) => string): void {
  for (const e of events) e.search = extraWords ? `${searchTextOf(e)} ${foldText(extraWords(e))}` : searchTextOf(e);
}
