/**
 * Each sentence of an item, read once: is it a heading, its places, dates and events, and whether it
 * speaks of the future or hedges. Plain data for extract.ts.
 */
import type { PartialDate } from '../../feed/types.js';
import { partialRange, type DayRange } from '../language/calendar.js';
import { findPlaces, type PlaceMention } from '../language/places.js';
import { isQuoted, type Sentence } from '../language/sentences.js';
import { findDateMentions, type DateMention, type Stated } from '../language/when.js';
import { findEvents, type SentenceEvent } from './events.js';

/** Longer "sentences" are run-on text (lists, tables, hostile input): not read for facts. */
export const MAX_SENTENCE = 2000;

const HEDGE = /\b(?:(?:is|are|was|were)\s+(?:understood|believed|thought|reported|alleged|said)\s+to|it\s+is\s+(?:understood|believed|thought|alleged|reported)|reportedly|allegedly|unconfirmed|rumou?red)\b/i;
export const FUTURE = /\b(?:will|shall|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|plan(?:s|ning)?\s+to|are\s+planning|is\s+planning|expected\s+to|scheduled|tomorrow|next\s+(?:week|month|year))\b/i;
const HEADING_END = /[.!?…"”’):]\s*$/;

export interface SentenceInfo {
  s: Sentence;
  heading: boolean;
  places: PlaceMention[];
  dates: DateMention[];
  events: SentenceEvent[];
  future: boolean;
  hedged: boolean;
}

export function publishedRange(p: PartialDate | undefined): (DayRange & { stated: Stated }) | undefined {
  if (!p) return undefined;
  const r = partialRange(p);
  return { lo: r.lo, hi: r.hi, stated: r.precision };
}

export function analyse(s: Sentence, published: (DayRange & { stated: Stated }) | undefined): SentenceInfo {
  const heading = !HEADING_END.test(s.text) && s.text.length < 160;
  if (s.text.length > MAX_SENTENCE) return { s, heading, places: [], dates: [], events: [], future: false, hedged: false };
  // Someone's words in quotation marks do not make the reporter's sentence about the future.
  const future = FUTURE.test(unquotedSlice(s, 0, s.text.length));
  const places = findPlaces(s.text);
  const dates = findDateMentions(s.text, { published, future });
  const events = heading ? [] : findEvents(s.text, dates, places, (a, b) => isQuoted(s, a, b));
  return { s, heading, places, dates, events, future, hedged: HEDGE.test(s.text) };
}

export function unquotedSlice(s: Sentence, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const [a, b] of s.quoted) {
    if (b <= from || a >= to) continue;
    out += s.text.slice(at, Math.max(at, a));
    at = Math.min(to, Math.max(at, b));
  }
  return out + s.text.slice(at, to);
}

