/**
 * The event lexicon: the words of the field that name an event, by class, in all their inflections.
 * A trigger is a word or a fixed multi-word expression ("went on strike", "tear gas"); what belongs
 * to it (who, how many, when, where) is decided by events.ts from the clause around it, never here.
 * `noun` marks the forms that name an event ("the strike") rather than tell it ("struck").
 * To add a word, add it to its class; nothing depends on the order of the entries.
 */
import type { IncidentKind } from '../../feed/types.js';

export type EventClass =
  | 'strike' | 'protest' | 'arrest' | 'court' | 'violence' | 'injury' | 'killing' | 'dismissal' | 'ban' | 'fire'
  | 'migration' | 'statement' | 'letter' | 'petition' | 'delegation' | 'vigil';

export interface Sense {
  cls: EventClass;
  /** A noun naming an event ("the strike", "a protest"), as opposed to a verb. */
  noun?: boolean;
}

interface Entry extends Sense {
  forms: string[];
}

const E = (cls: EventClass, forms: string, extra: Omit<Sense, 'cls'> = {}): Entry => ({
  cls,
  forms: forms.split('|'),
  ...extra,
});

// Forms are lower case; a space matches any run of white space, a hyphen also matches a space.
const ENTRIES: Entry[] = [
  // Strikes: the workers stop work.
  E('strike', 'strike|strikes|general strike|walkout|walkouts|walk-out|work stoppage|stoppage|industrial action', { noun: true }),
  E('strike', 'went on strike|go on strike|gone on strike|going on strike|are on strike|were on strike|on strike|' +
    'walked out|walk out|walking out|walked off the job|stopped working|stopped work|stop work|downed tools|' +
    'downing tools|struck|striking|began striking|started striking'),
  // Protests by the workers themselves (or, by others elsewhere, solidarity actions: classify.ts).
  E('protest', 'protest|protests|demonstration|demonstrations|rally|rallies|march|marches|dharna|rasta roko|' +
    'picket|pickets|picket line|sit-in|sit-ins|blockade|blockades|occupation|agitation|unrest|demonstrators|protesters|protestors', { noun: true }),
  E('protest', 'protested|protesting|demonstrated|demonstrating|rallied|marched|marching|picketed|picketing|' +
    'took to the streets|take to the streets|taken to the streets|blocked roads|blocked the road|blocked the entrance|' +
    'blocked traffic|block traffic|blocked|blocking|are occupying|occupied|occupying|staged a|held a demonstration|gathered|' +
    'staged a sit-in|sat in'),
  // Arrests.
  E('arrest', 'arrested|detained|jailed|imprisoned|taken into custody|rounded up|held in custody'),
  E('arrest', 'arrest|arrests|detention|detentions|jailing|imprisonment', { noun: true }),
  // Courts.
  E('court', 'sentenced|convicted|charged|acquitted|indicted|found guilty'),
  E('court', 'sentence|trial|verdict|conviction|court hearing|bail hearing', { noun: true }),
  // Violence by the authorities or others.
  E('violence', 'tear gas|teargas|tear-gassed|teargassed|tear gassed|pepper-sprayed|rubber bullets|water cannon|water cannons|pepper spray|live ammunition|live rounds|' +
    'baton charge|baton-charged|charged batons|charging baton|charged with batons|opened fire|fired on|fired at|' +
    'fired into|shot at|clashed|beat|beaten|beating|assaulted|attacked|' +
    'dispersed|disperse|stormed|broke up|break up|breaking up|broken up|blocked the route of|blocked the path of|blocked the way of'),
  E('violence', 'shooting|shootings|clashes|crackdown|dispersal|violence|attack|attacks', { noun: true }),
  E('injury', 'injured|wounded|hurt|injuring|wounding|injuries'),
  // Killings and deaths.
  E('killing', 'killed|murdered|shot dead|shot and killed|died|dead|slain|assassinated'),
  E('killing', 'killing|killings|murder|death|deaths|death toll', { noun: true }),
  E('dismissal', 'dismissed|sacked|fired|laid off'),
  E('dismissal', 'dismissal|dismissals|sacking|sackings|layoffs|lay-offs', { noun: true }),
  E('ban', 'banned|ban|prohibited|outlawed'),
  E('migration', 'exodus|mass migration|mass return|mass departure|fled the country|crossed the border', { noun: true }),
  E('fire', 'fire|fires|blaze|inferno', { noun: true }),
  // What others do in solidarity.
  E('statement', 'statement|joint statement', { noun: true }),
  E('statement', 'condemns|condemned|condemn|denounced|denounces|denounce'),
  E('letter', 'letter|letters|open letter', { noun: true }),
  E('petition', 'petition|petitions|online campaign', { noun: true }),
  E('delegation', 'delegation|screened|screening', { noun: true }),
  E('vigil', 'vigil|vigils', { noun: true }),
];

export interface LexiconMatch extends Sense {
  start: number;
  end: number;
  text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SENSES = new Map<string, Sense>();
for (const { forms, ...sense } of ENTRIES) for (const f of forms) SENSES.set(f, sense);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\d-])(?:${[...SENSES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => escape(f).replace(/ /g, '\\s+').replace(/-/g, '[-\\s]?'))
    .join('|')})(?![\\p{L}\\d-])`,
  'giu',
);

const key = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** Every lexicon word in the text, longest match first, left to right. */
export function findTriggers(text: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const k = key(m[0]);
    const sense = SENSES.get(k) ?? SENSES.get(k.replace(/[-\s]/g, '')) ?? SENSES.get(k.replace(/ /g, '-')) ??
      [...SENSES.entries()].find(([f]) => f.replace(/[-\s]/g, '') === k.replace(/[-\s]/g, ''))?.[1];
    if (sense) out.push({ ...sense, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export const INCIDENT_KIND: Record<EventClass, IncidentKind | undefined> = {
  strike: 'strike', protest: 'protest', arrest: 'arrest', court: 'court', violence: 'violence', injury: 'violence',
  killing: 'killing', dismissal: 'dismissal', ban: 'ban', fire: 'other', migration: 'migration',
  statement: undefined, letter: undefined, petition: undefined, delegation: undefined, vigil: undefined,
};
