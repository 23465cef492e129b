/**
 * Events in one sentence: each trigger from the lexicon with the mentions that belong to it in its
 * clause: the people phrase that is its subject or object (a count in the right field), the date
 * nearest to it, the places around it, and what the clause says about it (negated, planned, the
 * object of a reaction such as "condemn the arrest of …", inside quotation marks).
 *
 * Output is plain data for classify.ts and extract.ts; nothing here looks at other sentences.
 */
import type { Count } from '../../feed/types.js';
import { countStartingAt } from '../language/counts.js';
import { findPeople, type PeoplePhrase } from '../language/people.js';
import type { PlaceMention } from '../language/places.js';
import type { DateMention } from '../language/when.js';
import { clauseAt, splitClauses, type Clause } from './clauses.js';
import { findTriggers, type EventClass, type LexiconMatch } from './lexicon.js';
import type { CountField } from './model.js';

export interface SentenceEvent {
  cls: EventClass;
  /** The trigger words, and the whole span the event covers in the sentence. */
  trigger: string;
  start: number;
  end: number;
  clause: Clause;
  counts: Partial<Record<CountField, Count>>;
  vague: Partial<Record<CountField, string>>;
  nouns: Partial<Record<CountField, string>>;
  /** The date of its own phrase or clause, and how it was found. */
  date?: DateMention;
  dateHow?: 'phrase' | 'clause' | 'sentence';
  /** Who acts, as far as the clause says, and the word that says it. */
  actor?: 'workers' | 'outsiders' | 'authorities' | 'organisation';
  actorWord?: string;
  places: PlaceMention[];
  /** "condemn the arrest of …", "justice for the murder of …": the event is what others react to. */
  reaction: boolean;
  negated: boolean;
  /** Planned, hoped for or hypothetical: "will march", "threatening to strike", "the right to strike". */
  irrealis: boolean;
  /** Told in a relative or subordinate clause as background ("workers who were dismissed"). */
  background: boolean;
  /** A verb in the present or present perfect: "condemns", "are occupying", "has launched". */
  present: boolean;
  /** A perfect ("have been arrested", "has banned"): done at some time before, the text says not when. */
  perfect: boolean;
  /** Inside quotation marks: someone's words, not the reporter's. */
  quoted: boolean;
  noun: boolean;
  /** "the strike", "the letter": may refer back to an event already told. */
  definite: boolean;
  /** "The strike entered its third day", "the sit-in was continuing": an event already under way. */
  continuing: boolean;
}

const NEGATION = /(?:\b(?:no|not|never|none|nobody|without|neither|nor|denied)\b|n['’]t\b)(?:\s+\S+){0,4}\s*$/i;
/** Words that put what follows out of the real world: planned, hoped for, hypothetical, a right. */
const IRREALIS_BEFORE =
  /\b(?:will|would|could|should|shall|might|must|can|cannot|plan(?:s|ned|ning)?\s+to|set\s+to|due\s+to|going\s+to|expected\s+to|intend(?:s|ed)?\s+to|threat(?:en(?:s|ed|ing)?)?\s+(?:of\s+|to\s+)?|right\s+to|call(?:s|ed|ing)?\s+for|talk(?:s|ed|ing)?\s+about|vot(?:e|ed|es|ing)\s+to|authori[sz]e|urg(?:e|es|ed|ing)|ahead\s+of)\s+(?:\S+\s+){0,3}$/i;
/** The modal "may" (lower case: "In May the dockers struck" is a month). */
const MAY_BEFORE = /\bmay\s+(?:\S+\s+){0,3}$/;
/** An infinitive: "to condemn", "to hand in a letter" (a purpose, not yet done). */
const INFINITIVE_BEFORE = /\bto\s+(?:\S+\s+){0,3}$/i;
/** "led to the deaths of …": a noun after "to" and an article is no infinitive. */
const TO_NOUN = /\bto\s+(?:the|a|an|their|its)\s+(?:[\w-]+\s+)?$/i;
const REACTION_BEFORE =
  /\b(?:condemn\w*|denounc\w*|deplor\w*|protest\w*\s+against|rall(?:y|ied|ies)\s+against|march(?:ed|es)?\s+against|justice\s+for|release\s+of|investigat\w*(?:\s+into)?|in\s+memory\s+of|opposition\s+to|mourn\w*|remember\w*|commemorat\w*|anniversary\s+of|concern\s+(?:over|about))\b(?:\s+\S+){0,5}\s*$/i;
/** A determiner right before the noun, with at most two modifiers that are not verbs: "the national strike". */
const DEFINITE_BEFORE = /\b(?:the|this|that|their|its|our|his|her)\s+(?:(?![\w-]+ed\b|(?:held|had|have|has|was|were|began|led|made|took|staged|of|to|for|in|at|on|by|with|and)\b)[\w-]+\s+){0,2}$/i;
const PRESENT_BEFORE = /\b(?:is|are|am|has|have)\s+(?:(?:\w+ly|also|now|today|just|been)\s+)*(?:\w+(?:ed|en|wn|ne|nt|ld|un)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)?$/i;
const PRESENT_FORM = /^(?:condemns?|denounces?|are occupying)$/i;

const WORKERS =
  /\b(?:workers?|employees?|strikers?|labou?rers?|farmworkers?|miners?|dockers?|pickers?|unions?|unionists?|federation|confederation|members|staff|operators?|seamstresses|tailors?|movement|council|congress)\b/i;
const OUTSIDERS =
  /\b(?:activists|campaigners|supporters|students|villagers|allies|demonstrators|protesters|protestors|people|groups|organisations|organizations|retailers|brands|delegation)\b/i;
/** Outsider words that may also name the workers themselves ("the protesters returned"). */
export const AMBIGUOUS_OUTSIDERS = /^(?:demonstrators|protesters|protestors|people)$/i;
const AUTHORITIES = /\b(?:police|army|soldiers|troops|military|security\s+(?:forces|personnel|guards)|guards|gunmen|authorities|government|court|junta)\b/i;
/** Organisations that speak for others: international federations and campaigns, rights groups. */
const ORGANISATION =
  /\b(?:ITUC|ETUC|ITF|ILRF|FIDH|Amnesty|Human\s+Rights\s+Watch|Clean\s+Clothes\s+Campaign|(?:Global|International|European|World)\s+(?:[\w-]+\s+){0,4}(?:Unions?|Federation|Confederation|Campaign|Organi[sz]ation|Forum|Council|Movement))\b/;

/** Glue between a subject people phrase and its verb: "23 workers| were |arrested". */
const SUBJECT_GLUE =
  /^(?:(?:\s*,[^,;]{1,80}){1,3},)?(?:\s+(?:from|of|at|in|with)(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[\w'’.-]+){1,10})?\s*(?:(?:who|were|was|are|is|have|has|had|been|being|also|all|then|later|reportedly|allegedly|subsequently|briefly|already|still)\s+)*$/i;
/** A looser glue for participants: "60,000 workers| at 50 factories had joined a |strike". */
const PARTICIPANT_GLUE = /^(?:\s+(?!(?:said|says|told|and|but|that|which)\b)[\w'’.,-]+){0,16}\s*$/i;
/** Glue between a verb or noun and its object: "arrested| |200 people", "the arrest| of |24". */
const OBJECT_GLUE = /^\s*(?:of\s+|on\s+|against\s+|among\s+)?(?:the\s+)?$/i;
const SINGULAR_AUX = /\b(?:was|has\s+been|has|is)\s+(?:(?:also|then|later|reportedly|allegedly|briefly|brutally|fatally)\s+)*(?:\w+ed\s+and\s+)?$/i;

const ROLE_OF: Partial<Record<EventClass, CountField>> = {
  strike: 'participants', protest: 'participants', arrest: 'arrested', injury: 'injured',
  killing: 'deaths', dismissal: 'participants', fire: 'deaths', violence: 'participants', migration: 'participants',
};

const ACTOR_WORDS: [RegExp, SentenceEvent['actor']][] = [
  [AUTHORITIES, 'authorities'], [WORKERS, 'workers'], [ORGANISATION, 'organisation'], [OUTSIDERS, 'outsiders'],
];

/**
 * Who acts: an agent after "by" in the clause, else the nearest actor word before the trigger in the
 * sentence (so a relative clause, ", who had begun their march", finds the villagers before it).
 */
const actorFields = (a: Actor | undefined): Pick<SentenceEvent, 'actor' | 'actorWord'> => (a ? { actor: a.who, actorWord: a.word } : {});
type Actor = { who: SentenceEvent['actor']; word: string };
function actorOf(text: string, clause: Clause, start: number, end: number): Actor | undefined {
  const by = /\bby\s+([^,;.]{1,80})/.exec(text.slice(end, clause.end))?.[1];
  if (by) {
    for (const [re, who] of ACTOR_WORDS) {
      const m = re.exec(by);
      if (m && who !== 'outsiders') return { who, word: m[0] };
    }
  }
  // The head of the clause's subject: its first actor word ("Supporters of the 23 workers").
  const first = (zone: string, base: number, last: boolean): Actor | undefined => {
    let best: { at: number; who: SentenceEvent['actor']; word: string } | undefined;
    for (const [re, who] of ACTOR_WORDS) {
      const g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
      for (let m = g.exec(zone); m; m = g.exec(zone)) {
        const at = base + m.index;
        if (!best || (last ? at > best.at : at < best.at)) best = { at, who, word: m[0] };
        if (!last) break;
      }
    }
    return best && { who: best.who, word: best.word };
  };
  // "According to the information received by the ITUC, the ZCTU organised …": the source is not the actor.
  const zone = text.slice(clause.start, start);
  const attribution = /^\s*(?:According\s+to|As\s+reported\s+by|Citing)\s[^,]{1,100},\s*/i.exec(zone)?.[0].length ?? 0;
  return first(zone.slice(attribution), clause.start + attribution, false) ?? (attribution ? undefined : first(text.slice(0, clause.start), 0, true));
}

/** "fired the 41 workers", "dismissed 300 employees": people as the object. */
const PERSON_OBJECT =
  /^\s+(?:(?:the|all|its|their|some|more\s+than|at\s+least|over|nearly|about)\s+)*(?:\d[\d,]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?(?:[\w-]+\s+)?(?:workers|employees|staff|members|unionists|leaders|organisers|organizers|activists|drivers|nurses|teachers|people|them|him|her)\b/i;
/** "detained union leaders", "arrested workers": people after a participle. */
const ADJECTIVAL_NP = /^\s+(?:[\w-]+\s+){0,3}(?:workers|leaders|activists|unionists|members|people|protesters|employees|teachers|journalists|students|drivers|nurses|miners)\b/i;
/** "The strike entered its third day on Thursday", "the sit-in was continuing". */
const CONTINUING_AFTER = /^\s+(?:entered|entering|continued|continues|continuing|was\s+continuing|is\s+continuing|rolled\s+on|went\s+into|stretched\s+into|dragged\s+on)\b/i;
/** "striking workers", "protesting factory workers": a participle describing people. */
const ADJECTIVAL = /^\s+(?:(?:garment|factory|textile|plantation|tea|estate|metal|auto|farm|mine)\s+)?(?:workers|employees|miners|drivers|teachers|nurses|staff|members|unionists|labou?rers)\b/i;
/** "after striking for …", "while demonstrating": the reason or setting of another event. */
const BACKGROUND = /\b(?:after|before|since|for|by)\s+(?:\w+ing\s+)?$/i;
/** "for leading strikes", "by delivering petitions", "for taking strike action": the reason for another event. */
const GERUND_BEFORE = /\b(?:after|before|since|for|by|of)\s+\w+ing\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+)?$/i;
/** "despite the crackdown", "a recent petition", "threats of violence": no event of its own here. */
const NOT_HERE_BEFORE = /\b(?:despite(?:\s+the)?|recent|previous|earlier|past|former|threats?\s+of|fears?\s+of|risk\s+of)\s+$/i;
/** "arrested over strikes held before the holidays": the event is the reason for another. */
const REASON_BEFORE = /\b(?:over|about)\s+(?:the\s+|their\s+)?$/i;
/** "the detained workers", "all detained union leaders": a participle describing people, not an event. */
const DESCRIBING = /\b(?:the|all|their|its|of|for|other|release|free)\s+$/i;
/** "leaders who were dismissed", "workers that had been fired": background told in a relative clause. */
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:(?:were|was|had|have|has|been|being)\s+)*$/i;
/** "Of the 12 leaders charged": a participle right after its noun, with no auxiliary. */
const REDUCED_RELATIVE = /\b(?:workers|leaders|activists|unionists|members|people|employees|protesters)\s+$/i;
/** "protest against the arrest of …": the protest is a statement about another event. */
const AGAINST_EVENT = /^\s+against\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:arrests?|detentions?|killings?|murders?|dismissals?|imprisonment|jailing|repression|attacks?|violence|sentences?)\b/i;

/** Drops lexicon hits that are part of another reading ("fired" in "fired rubber bullets" is not a dismissal). */
function usable(m: LexiconMatch, text: string): boolean {
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (NOT_HERE_BEFORE.test(before) || (m.noun && (GERUND_BEFORE.test(before) || REASON_BEFORE.test(before)))) return false;
  // "demonstrators in New York City called on …": people at a place are a gathering; "the protesters" are not.
  if (/^(?:demonstrators|protesters|protestors)$/i.test(m.text)) {
    return /^\s+(?:in|outside|at)\s+\p{Lu}/u.test(after) && !/\b(?:the|these|those|some|many|other)\s+$/i.test(before);
  }
  if (/^(?:blocked|blocking|block)$/i.test(m.text)) {
    // Workers block a road, a highway, a gate: a protest. (Blocking a march is the police's: violence.)
    return /^\s+(?:the\s+|a\s+|an\s+|several\s+|main\s+)?(?:[\p{L}-]+\s+){0,3}?(?:roads?|highways?|streets?|avenues?|Avenida|junctions?|traffic|entrances?|gates?|bridges?|railway|rail\s+line|port|crossing)\b/iu.test(after);
  }
  if (m.cls === 'dismissal' && !m.noun && /^(?:dismissed|sacked|fired|laid\s+off)$/i.test(m.text)) {
    // "fired the 41 workers", "were dismissed": people lose their jobs; "dismissed the figure" is no dismissal.
    // "fired them": whom the text does not say here.
    if (/^fired$/i.test(m.text)) return PERSON_OBJECT.test(after) && !/^\s+(?:them|him|her)\b/i.test(after);
    return !/^\s+(?:the|a|an|this|that|these|those|his|her|their|its)\s+/i.test(after) || PERSON_OBJECT.test(after);
  }
  switch (m.cls) {
    case 'fire':
      // A blaze, not "set objects on fire" or "opened fire" / "under fire".
      return !/\b(?:on|opened|open|under|cease|set)\s+$/i.test(before) && !/^\s*(?:on|at|into)\b/i.test(after);
    case 'strike':
      // "struck by a truck", "striking workers" (a description), "after striking for …" (background).
      if (/^struck$/i.test(m.text) && /^\s+(?:by|down|a\s+deal)\b/i.test(after)) return false;
      if (/ing$/i.test(m.text) && (ADJECTIVAL.test(after) || BACKGROUND.test(before))) return false;
      return true;
    case 'ban':
      return /^\s+(?:\w+\s+){0,2}(?:gatherings?|assembl(?:y|ies)|protests?|demonstrations?|strikes?|rallies|marches|unions?)\b/i.test(after) ||
        /\b(?:gatherings?|assembl(?:y|ies)|protests?|strikes?)\s+(?:\w+\s+){0,2}$/i.test(before);
    case 'protest':
      // "a letter of protest", "in protest": the word describes something else.
      return !(/\b(?:of|in|on)\s+$/i.test(before) && /^protests?$/i.test(m.text)) && !ADJECTIVAL.test(after) &&
        !BACKGROUND.test(before) && !AGAINST_EVENT.test(after);
    case 'arrest':
    case 'injury':
      // "Those detained are being held": a reference to people already told of.
      if (/\bthose\s+$/i.test(before)) return false;
      return !(/ed$/i.test(m.text) && DESCRIBING.test(before) && ADJECTIVAL_NP.test(after));
    case 'killing':
      if (/ed$/i.test(m.text) && DESCRIBING.test(before) && ADJECTIVAL_NP.test(after)) return false;
      // "Most of the dead were young women": the people already told of.
      if (/^dead$/i.test(m.text) && /\bthe\s+$/i.test(before)) return false;
      // "death threats", "dead end", "death penalty" are not deaths.
      return !/^\s+(?:threats?|end|penalty|sentence|traps?)\b/i.test(after);
    case 'dismissal':
      if (/\bthose\s+$/i.test(before)) return false;
      return !(/ed$/i.test(m.text) && DESCRIBING.test(before) && ADJECTIVAL_NP.test(after));
    default:
      return !BACKGROUND.test(before) || !/ing$/i.test(m.text);
  }
}

export function findEvents(
  text: string,
  dates: DateMention[],
  places: PlaceMention[],
  isQuoted: (a: number, b: number) => boolean = () => false,
): SentenceEvent[] {
  const clauses = splitClauses(text);
  // A word inside a date ("1 March 2014") or a place name is no trigger.
  const inside = (m: { start: number; end: number }): boolean =>
    dates.some((d) => m.start < d.end && d.start < m.end) || places.some((p) => m.start < p.end && p.start < m.end);
  const triggers = findTriggers(text).filter((m) => usable(m, text) && !inside(m));
  const people = findPeople(text);
  const events: SentenceEvent[] = [];
  for (const t of triggers) {
    const clause = clauseAt(clauses, t.start);
    const before = text.slice(clause.start, t.start);
    const ev: SentenceEvent = {
      cls: t.cls, trigger: t.text, start: t.start, end: t.end, clause, counts: {}, vague: {}, nouns: {},
      ...actorFields(actorOf(text, clause, t.start, t.end)),
      places: places.filter((p) => p.start >= clause.start && p.end <= clause.end),
      reaction: REACTION_BEFORE.test(before),
      negated: NEGATION.test(before),
      irrealis: IRREALIS_BEFORE.test(before) || MAY_BEFORE.test(before) || (t.noun ? /\bto\s+$/i.test(before) || (INFINITIVE_BEFORE.test(before) &&
        !TO_NOUN.test(before) && /\bto\s+\w+\s+(?:in\s+|out\s+|up\s+)?(?:an?|the)\s+/i.test(before.slice(-30)))
        : INFINITIVE_BEFORE.test(before) && !/\b(?:walked|went|came|gathered|marched|took)\s+(?:\S+\s+)?to\s+$/i.test(before)),
      present: PRESENT_BEFORE.test(before) || PRESENT_FORM.test(t.text),
      perfect: /\b(?:have|has|had)\s+(?:(?:\w+ly|also|now|just|already|since|been)\s+)*(?:\w+ing\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?)?$/i.test(before),
      background: RELATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || (!t.noun && /ed$/i.test(t.text) && REDUCED_RELATIVE.test(before) &&
        /^\s*,/.test(text.slice(t.end, t.end + 3)) && ['arrest', 'court', 'dismissal', 'killing', 'injury'].includes(t.cls)),
      quoted: false,
      noun: !!t.noun,
      definite: !!t.noun && DEFINITE_BEFORE.test(before),
      continuing: CONTINUING_AFTER.test(text.slice(t.end, t.end + 40)),
    };
    ev.quoted = isQuoted(t.start, t.end);
    if (/^(?:demonstrators|protesters|protestors)$/i.test(t.text)) Object.assign(ev, { actor: 'outsiders', actorWord: t.text });
    events.push(ev);
  }
  absorbTargets(text, events);
  attachPeople(text, events, people);
  // "the arrest of 23 workers" tells something new; "the strike" alone refers back.
  for (const ev of events) if (ev.definite && (ev.counts.deaths || ev.counts.arrested || ev.counts.injured)) ev.definite = false;
  attachDates(text, events, dates, clauses);
  return mergeCoordinated(text, events);
}

/** Each people phrase goes to one trigger: the nearest that takes it as subject or object. */
function attachPeople(text: string, events: SentenceEvent[], people: PeoplePhrase[]): void {
  for (const p of people) {
    let best: { ev: SentenceEvent; field: CountField; distance: number } | undefined;
    for (const ev of events) {
      // A phrase may hold brackets ("15,000 … Union (AMCU) members"): its end decides its clause.
      if (p.end <= ev.clause.start || p.end > ev.clause.end) continue;
      let field = ROLE_OF[ev.cls];
      if (!field) continue;
      if (p.state === 'injured') field = 'injured';
      if (p.state === 'dead') field = 'deaths';
      let distance = Infinity;
      if (p.end <= ev.start) {
        const glue = text.slice(p.end, ev.start);
        if (SUBJECT_GLUE.test(glue)) distance = glue.length;
        else if (field === 'participants' && PARTICIPANT_GLUE.test(glue)) distance = 40 + glue.length;
        else if ((p.state === 'injured' || p.state === 'dead') && glue.length < 60) distance = 60 + glue.length;
      } else if (p.start >= ev.end) {
        const glue = text.slice(ev.end, p.start);
        // Objects: what was done to whom. Participants are never objects ("disperse 50 villagers" is not a count of strikers).
        if (OBJECT_GLUE.test(glue) && ev.cls !== 'strike' && ev.cls !== 'protest') distance = glue.length;
        if (ev.cls === 'violence' && !OBJECT_GLUE.test(glue)) distance = Infinity;
      } else if (p.state && ev.start >= p.start && ev.end <= p.end && (ev.cls === 'injury' || ev.cls === 'killing')) {
        distance = 0; // "More than 15 injured workers": the trigger is inside the phrase.
      } else continue;
      if (ev.cls === 'violence' && field === 'injured' && p.state !== 'injured' && p.end <= ev.start) distance = Infinity;
      if (distance < (best?.distance ?? Infinity)) best = { ev, field, distance };
    }
    if (!best) continue;
    const { ev, field } = best;
    if (ev.counts[field] || ev.vague[field]) continue;
    if (p.count) ev.counts[field] = p.count;
    else if (p.vague) ev.vague[field] = p.vague;
    ev.nouns[field] = p.noun;
    ev.start = Math.min(ev.start, p.start);
    ev.end = Math.max(ev.end, p.end);
  }
  // "A rally took place outside the court, where around a dozen protesters demanded …": the people of
  // a "where" clause right after a gathering are its participants.
  for (const ev of events) {
    if (ev.cls !== 'protest' || ev.counts.participants || ev.vague.participants) continue;
    const where = /,\s*where\s+/i.exec(text.slice(ev.end));
    if (!where || events.some((o) => o.start > ev.end && o.start < ev.end + where.index)) continue;
    const from = ev.end + where.index + where[0].length;
    const p = people.find((x) => x.start >= from && x.start - from < 3 && /^\s+\w+ed\b/.test(text.slice(x.end, x.end + 20)));
    if (p?.count) ev.counts.participants = p.count;
    else if (p?.vague) ev.vague.participants = p.vague;
    if (p) ev.nouns.participants = p.noun;
  }
  // "Detained in Gebze yesterday, 109 people have been released": a participle opening the sentence
  // describes the subject of its main clause.
  for (const ev of events) {
    const field = ROLE_OF[ev.cls];
    if (!field || ev.start > 2 || ev.noun || !/ed$/i.test(ev.trigger) || ev.counts[field]) continue;
    const p = people.find((x) => x.start > ev.end && /,\s*$/.test(text.slice(ev.end, x.start)) && x.count &&
      !events.some((o) => o !== ev && o.start > ev.end && o.start < x.start));
    if (p?.count) ev.counts[field] = p.count;
  }
  for (const ev of events) {
    const field = ROLE_OF[ev.cls];
    if (!field || ev.counts[field] || ev.vague[field]) continue;
    // "had killed at least 25.": a bare number right after an active verb of killing or arresting.
    if ((ev.cls === 'killing' || ev.cls === 'arrest') && !ev.noun) {
      const n = countStartingAt(text, ev.end);
      if (n?.count && /^\s*(?:[.,;]|$|people|persons|of\b|workers|and\b)/i.test(text.slice(n.end, n.end + 12)) &&
        !/\d/.test(text.slice(n.end, n.end + 2)) && /^\s*(?:at\s+least|more\s+than|over|some|about|nearly|\d)/i.test(text.slice(ev.end, n.end))) {
        ev.counts[field] = n.count;
        continue;
      }
    }
    // "the killing of trade union leader Shahidul Islam Shahid", "the arrest of Wellington Chibebe": one person.
    if ((ev.cls === 'killing' || ev.cls === 'arrest') && ev.noun &&
      /^\s+of\s+(?:(?:[a-z][a-z'’-]+\s+){0,4})?(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\b(?!\s+(?:and|&)\s)/u.test(text.slice(ev.end, ev.end + 80)) &&
      !/^\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+\s+(?:workers|union|members|leaders|people)/u.test(text.slice(ev.end, ev.end + 80))) {
      ev.counts[field] = { value: 1, qualifier: 'exact' };
      continue;
    }
    // "Pedro Zamora … was murdered", "she has been charged and detained": one person.
    if ((ev.cls === 'killing' || ev.cls === 'arrest' || ev.cls === 'court') && !ev.noun &&
      SINGULAR_AUX.test(text.slice(ev.clause.start, ev.start))) {
      // The subject's head, before any appositive: "Pedro Zamora, the general-secretary of the dock workers' union".
      const subject = text.slice(ev.clause.start, ev.start)
        .replace(/^\s*(?:(?:On|In|At|By|Last|Yesterday|Today|Meanwhile|However|Earlier|Later)\b[^,]{0,40},\s*)/, '').split(',')[0];
      if (!/\b(?:they|we|those|workers|people|leaders|members|activists|others|strikers|protesters|unionists|employees|miners|\d)\b/i.test(subject)) {
        ev.counts[field] = { value: 1, qualifier: 'exact' };
      }
    }
  }
}

/**
 * A date belongs to the trigger whose phrase holds it ("the arrest of 24 trade unionists on August
 * 3"), else to the triggers of its clause, else (one date in the sentence, or one that opens it) to
 * every trigger of the sentence that is not the object of a reaction.
 */
function attachDates(text: string, events: SentenceEvent[], dates: DateMention[], clauses: Clause[]): void {
  if (dates.length === 0) return;
  const sorted = [...events].sort((a, b) => a.start - b.start);
  // A date in a clause that tells when something else happened ("since the military seized power in
  // February", "Since the beginning of the coup on 1 February") dates nothing else.
  const subordinate = (d: DateMention): boolean =>
    /^(?:since|after|before|until)$/.test(clauseAt(clauses, d.start).opener ?? '') ||
    /\b(?:since|after|before|until)\s+(?!(?:the\s+)?\d)[^,.;]{3,60}$/i.test(text.slice(Math.max(0, d.start - 64), d.start));
  for (const ev of events) {
    const next = sorted.find((o) => o.start > ev.end && o !== ev)?.start ?? ev.clause.end;
    const phraseEnd = Math.min(next, ev.clause.end);
    const own = dates.find((d) => d.start >= ev.end && d.end <= phraseEnd && d.start - ev.end < 80);
    if (own) {
      ev.date = own;
      ev.dateHow = 'phrase';
      continue;
    }
    if (ev.reaction || ev.background) continue;
    // A vague time right after the trigger ("detained in recent weeks") is the trigger's own.
    if (/^\s+(?:in\s+recent|over\s+the\s+(?:past|last)|for\s+(?:months|weeks|years)|last\s+year|earlier\s+this\s+year)\b/i.test(text.slice(ev.end, ev.end + 30))) continue;
    // "Police fired into a Feb. 23 protest": the date right before a noun trigger is its own.
    const attributive = ev.noun
      ? dates.find((d) => d.end <= ev.start && /^\s*$/.test(text.slice(d.end, ev.start)) &&
        /\b(?:a|an|the|its|their|this)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)))
      : undefined;
    if (attributive) {
      ev.date = attributive;
      ev.dateHow = 'phrase';
      continue;
    }
    const inClause = dates.filter((d) => d.start >= ev.clause.start && d.end <= ev.clause.end && !subordinate(d));
    if (inClause.length) {
      ev.date = inClause.reduce((a, b) => (Math.abs(b.start - ev.start) < Math.abs(a.start - ev.start) ? b : a));
      ev.dateHow = 'clause';
      continue;
    }
    const opening = dates.find((d) => d.start < (clauses[0]?.end ?? 0) && d.start < 40 && !subordinate(d));
    // One date in the sentence dates it all, unless that date sits in a clause of its own that
    // tells when something else happened ("since the military seized power in February").
    const onlyOne = dates.length === 1 && !subordinate(dates[0]) ? dates[0] : undefined;
    const d = opening ?? onlyOne;
    if (d) {
      ev.date = d;
      ev.dateHow = 'sentence';
    }
  }
}

/**
 * "fired into a Feb. 23 protest", "blocked the route of a workers' march": the protest is what the
 * violence was done to, told as one event (its date is the violence's date).
 */
function absorbTargets(text: string, events: SentenceEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const ev = events[i];
    if ((ev.cls !== 'protest' && ev.cls !== 'strike') || !ev.noun) continue;
    const by = events.find((o) => o.cls === 'violence' && o.end <= ev.start && o.clause === ev.clause &&
      /^\s*(?:of|into|on|at|against)?\s*(?:(?:a|an|the|their|its)\s+)?(?:[\w'’.-]+\s+){0,3}$/i.test(text.slice(o.end, ev.start)));
    if (!by) continue;
    by.end = Math.max(by.end, ev.end);
    events.splice(i, 1);
  }
}

/** "condemns and protests against", "arrested and detained": two words, one event. */
function mergeCoordinated(text: string, events: SentenceEvent[]): SentenceEvent[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const out: SentenceEvent[] = [];
  for (const ev of sorted) {
    const prev = out[out.length - 1];
    const pair = new Set([prev?.cls, ev.cls]);
    const arrestCourt = pair.has('arrest') && pair.has('court') && pair.size === 2;
    if (prev && /^\s+and\s+$/i.test(text.slice(prev.end, ev.start)) && (prev.cls === ev.cls || prev.cls === 'statement' || arrestCourt)) {
      if (arrestCourt) prev.cls = 'arrest';
      prev.end = ev.end;
      for (const f of Object.keys(ev.counts) as CountField[]) prev.counts[f] ??= ev.counts[f];
      prev.date ??= ev.date;
      prev.dateHow ??= ev.dateHow;
      continue;
    }
    out.push(ev);
  }
  return out;
}
