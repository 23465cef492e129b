/**
 * Phrases that count people, with their offsets: "more than 6,000 workers", "two leaders and four
 * ABFTU members" (6), "The 15,000 Association of Mineworkers and Construction Union (AMCU) members",
 * "a woman", "hundreds of workers" (vague: no number). The number is read by counts.ts; this module
 * finds where a phrase starts and ends so that events.ts can tell whose count it is.
 */
import type { Count } from '../../feed/types.js';
import { NUMBER_SRC, PERSON_PLURAL, PERSON_SINGULAR, QUALIFIER_SRC, VAGUE_SRC, countFromGroups } from './counts.js';

export interface PeoplePhrase {
  start: number;
  end: number;
  text: string;
  count?: Count;
  vague?: string;
  /** An article and a singular noun ("a woman", "one worker"). */
  single: boolean;
  noun: string;
  /** A state word between the number and the noun: "15 injured workers", "29 dead". */
  state?: 'injured' | 'dead';
}

const EXTRA_PLURAL = 'farmworkers|miners|dockers|pickers|pluckers|trade unionists|union activists|labourers|staff|' +
  'operators|seamstresses|tailors|allies|unionists|leaders|riders|couriers|cleaners|dockworkers|seafarers|porters|' +
  'guards|doctors|organisers|delegates|strikers|protesters|demonstrators|marchers|picketers|sewers|machinists';
const PLURAL = `${PERSON_PLURAL}|${EXTRA_PLURAL}`;
// Words allowed between a number and its noun: adjectives, names and acronyms of unions and firms.
const MID = `(?:(?:[\\p{Lu}][\\p{L}'’&.-]*|\\([\\p{Lu}][\\p{L}-]*\\)|of|and|the|[a-z][a-z'’-]+)\\s+){0,8}?`;
const PHRASE = new RegExp(
  `(?<![\\p{L}\\d,.])(?:(?<q>${QUALIFIER_SRC})\\s+)?(?:(?<n>${NUMBER_SRC})\\s+(?:more\\s+|other\\s+)?(?<mid>${MID})` +
    `(?<noun>${PLURAL}|${PERSON_SINGULAR})\\b(?![’'])` +
    `|(?<v>${VAGUE_SRC})\\s+(?:of\\s+)?(?<vmid>${MID})(?<vnoun>${PLURAL})\\b` +
    `|(?<a>an?|one)\\s+(?<amid>(?:[a-z][a-z'’-]+\\s+){0,2}?)(?<snoun>${PERSON_SINGULAR})\\b` +
    // "Eleven of them", "The five, all members of …,", "more than 20 injured": the noun left out.
    `|(?<them>${NUMBER_SRC})\\s+of\\s+them\\b` +
    `|(?<=\\bthe\\s)(?<bare>${NUMBER_SRC})(?=\\s*,|\\s+(?:were|was|have|had|are)\\b)` +
    `|(?<elided>${NUMBER_SRC})(?=\\s+(?:injured|wounded|hurt|dead|killed|arrested|detained)\\b))`,
  'giu',
);
/** A month or a unit of time or distance between the number and the noun: no head count. */
const TIME_MID = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:years?|months?|weeks?|days?|hours?|km|kilometres?|miles?|per\s*cent|percent)\b/i;
/** Words that end a noun phrase: a number and its noun are never this far apart. */
const BREAKERS = /^(?:to|were|was|have|has|had|are|is|be|been|in|at|on|for|from|with|by|who|which|that|as|than|said|per)$/i;

function clean(mid: string | undefined): boolean {
  if (!mid) return true;
  const words = mid.trim().split(/\s+/).filter(Boolean);
  let lower = 0;
  for (const w of words) {
    if (BREAKERS.test(w)) return false;
    if (/^[a-z]/.test(w) && !/^(?:of|and|the)$/.test(w)) lower++;
  }
  return lower <= 3;
}

/** Every people phrase in the text, left to right, coordinated counts summed. */
export function findPeople(text: string): PeoplePhrase[] {
  const out: PeoplePhrase[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
    const g = m.groups ?? {};
    if (!clean(g.mid ?? g.vmid)) {
      // Try again just after the number: a shorter phrase may start inside this one.
      PHRASE.lastIndex = m.index + 1;
      continue;
    }
    const elided = g.them ?? g.bare ?? g.elided;
    const number = g.n ?? elided;
    // "In 2019 the workers", "On 12 May the dockers", "For 40 years the workers": a date or a span.
    if (number && /^(?:1[89]|20)\d{2}$/.test(number)) continue;
    if (TIME_MID.test(g.mid ?? '')) continue;
    const noun = (g.noun ?? g.vnoun ?? g.snoun ?? (elided ? 'people' : '')).toLowerCase();
    const read = countFromGroups({ q: g.q, n: g.n ?? elided, v: g.v, a: g.a ? 'a' : undefined, noun });
    const state = /\b(?:injured|wounded)\b/i.test(g.mid ?? '') ? 'injured' : /\bdead\b/i.test(g.mid ?? '') ? 'dead' : undefined;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0], count: read.count, vague: read.vague,
      single: !!g.a, noun, state,
    });
  }
  return sumCoordinated(text, out);
}

/** "two leaders and four ABFTU members": one group of six. */
function sumCoordinated(text: string, list: PeoplePhrase[]): PeoplePhrase[] {
  const out: PeoplePhrase[] = [];
  for (const p of list) {
    const prev = out[out.length - 1];
    if (prev?.count && p.count && !prev.single && !p.single && /^\s*(?:,\s*)?and\s+$/.test(text.slice(prev.end, p.start))) {
      const value = prev.count.value + p.count.value;
      const qualifier = prev.count.qualifier === 'exact' && p.count.qualifier === 'exact' ? 'exact' : 'at-least';
      out[out.length - 1] = { ...prev, end: p.end, text: text.slice(prev.start, p.end), count: { value, qualifier } };
      continue;
    }
    out.push(p);
  }
  return out;
}
