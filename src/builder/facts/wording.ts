/**
 * The words a title is made of (titles.ts): a label for the event, the court's name, a letter's
 * addressee, the community that marched, the authority that acted, the country as the text names it.
 */
import type { Place } from '../../feed/types.js';
import type { PlaceMention } from '../language/places.js';
import type { SentenceEvent } from './events.js';

/**
 * A few words for the title, taken from the sentence: the court's name, a letter's addressee, the
 * community that marched, what a protest stood outside.
 */
export function detailOf(text: string, ev: SentenceEvent, kind: string): string | undefined {
  const clause = text.slice(ev.clause.start, ev.clause.end);
  const after = text.slice(ev.end, ev.clause.end);
  switch (kind) {
    case 'court':
      return /\b((?:[A-Z][\w'’-]*\s+){1,4}Court)\b/.exec(clause)?.[1];
    case 'letter':
    case 'petition':
      return /^\s+to\s+((?:the\s+)?(?:[A-Z][\w'’-]*|of|the)(?:\s+(?:[A-Z][\w'’-]*|of|the|government|ministry|authorities))*)/.exec(after)?.[1]
        ?.replace(/\s+(?:of|the)$/, '');
    case 'march':
      return /\bthe\s+((?:[A-Z][\w'’-]*\s+){1,3}community)\b/.exec(clause)?.[1];
    case 'protest':
    case 'rally':
    case 'vigil':
      return /\b(?:outside|in\s+front\s+of)\s+(the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Court|Ministry|Office|Hall|Palace|Parliament|Embassy|Headquarters|store|factory))\b/.exec(clause)?.[1];
    default:
      return undefined;
  }
}

/** A country keeps the name the text gives it ("Turkey", "the Ukraine" → "Ukraine"). */
export function named(place: Place, p: PlaceMention): Place {
  return p.entry.kind === 'country' && !p.demonym ? { ...place, name: p.text.replace(/^the\s+/i, '') } : place;
}

/** The label titles.ts words a title by. */
export function labelOf(ev: SentenceEvent): string {
  const t = ev.trigger.toLowerCase();
  if (ev.cls !== 'violence') return ev.cls;
  if (/^blocked/.test(t)) return 'blocked-march';
  if (/dispers|broke|break/.test(t)) return 'dispersal';
  if (/fire|shoot|shot|bullet|ammunition|rounds/.test(t)) return 'shooting';
  if (/crackdown/.test(t)) return 'crackdown';
  return 'attack';
}

export function authorityOf(text: string): string | undefined {
  return /\b(military police|armed forces|security forces|riot police|soldiers|police|troops|the army|army|guards|gunmen|authorities)\b/i.exec(text)?.[1].toLowerCase();
}

