/**
 * What an event is: an incident of the workers' own story (their strike, their protest, what was done
 * to them) or a solidarity action by others (a protest at an embassy abroad, a union's statement, an
 * open letter), and which kind in the feed's vocabulary.
 *
 * The rules, in order:
 * 1. statements, letters, petitions, delegations and vigils are actions;
 * 2. a protest at an embassy, consulate or high commission, or one the sentence calls solidarity, is
 *    an action; so is one held in another country than the document's own, or one by people who are
 *    not said to be workers (activists, students, "protesters" in an item that names no workers)
 *    or that asks for others' freedom or justice;
 * 3. everything else is an incident: strikes, the workers' own protests, arrests, courts, violence,
 *    killings, dismissals, bans and deadly fires.
 */
import type { ActionKind, IncidentKind } from '../../feed/types.js';
import { AMBIGUOUS_OUTSIDERS, type SentenceEvent } from './events.js';
import { INCIDENT_KIND } from './lexicon.js';

export type Classified = { family: 'incident'; kind: IncidentKind } | { family: 'action'; kind: ActionKind };

export interface ClassifyContext {
  sentence: string;
  /** The item names workers: its "protesters" are the workers themselves. */
  workersNamed: boolean;
  /** The document's own country (the one it names most), and the country the event is placed in. */
  home?: string;
  where?: string;
  /** The event's clause names an embassy, consulate or high commission. */
  atEmbassy: boolean;
}

const SOLIDARITY = /\b(?:solidarity|day\s+of\s+action|week\s+of\s+action|campaign\s+day|international\s+day)\b/i;
const FOR_OTHERS = /\b(?:freedom\s+(?:for|of)|release\s+of|justice\s+for|free\s+(?:the\s+)?(?:jailed|detained|imprisoned)|be\s+(?:released|freed))\b/i;
export const WORKER_WORDS = /\b(?:workers?|employees?|strikers?|labou?rers?|farmworkers?|miners?|dockers?|pickers?|union|unions)\b/i;

export function actionKindOf(ev: SentenceEvent): ActionKind {
  switch (ev.cls) {
    case 'statement': return 'statement';
    case 'letter': return 'letter';
    case 'petition': return 'petition';
    case 'vigil': return 'vigil';
    case 'delegation': return 'other';
    case 'strike': return 'strike';
    default:
      if (/^rall/i.test(ev.trigger)) return 'rally';
      if (/^march/i.test(ev.trigger)) return 'march';
      return 'protest';
  }
}

export function classify(ev: SentenceEvent, ctx: ClassifyContext): Classified | undefined {
  // "condemned the police excesses" by the workers themselves is no statement of solidarity.
  if (ev.cls === 'statement' && !ev.noun && ev.actor !== 'organisation' && !/^we$/i.test(ev.actorWord ?? '')) return undefined;
  // Workers handing in petitions at home ("workers managed to hand in petitions to the bank") are
  // part of their own protest, not solidarity.
  if ((ev.cls === 'petition' || ev.cls === 'letter') && ev.actor === 'workers' && ev.actorWord && /^workers?$/i.test(ev.actorWord) &&
    (!ctx.where || ctx.where === ctx.home)) return { family: 'incident', kind: 'protest' };
  if (ev.cls === 'statement' || ev.cls === 'letter' || ev.cls === 'petition' || ev.cls === 'delegation' || ev.cls === 'vigil') {
    return { family: 'action', kind: actionKindOf(ev) };
  }
  if (ev.cls === 'protest') {
    const abroad = !!ctx.where && !!ctx.home && ctx.where !== ctx.home;
    const outsiders = ev.actor === 'outsiders' && (!AMBIGUOUS_OUTSIDERS.test(ev.actorWord ?? '') || !ctx.workersNamed);
    const forOthers = !ev.reaction && FOR_OTHERS.test(ctx.sentence);
    // What a statement reacts to ("the release of workers arrested during wage protests") is the
    // workers' own story, whoever speaks of it.
    if (ev.reaction) return ctx.atEmbassy ? { family: 'action', kind: actionKindOf(ev) } : { family: 'incident', kind: 'protest' };
    // A union of the country asking justice for its own is the workers' story; others asking it are solidarity.
    if (ctx.atEmbassy || SOLIDARITY.test(ctx.sentence) || (forOthers && ev.actor !== 'workers') || outsiders ||
      (abroad && ev.actor !== 'workers') || ev.actor === 'organisation') {
      return { family: 'action', kind: actionKindOf(ev) };
    }
    return { family: 'incident', kind: 'protest' };
  }
  const kind = INCIDENT_KIND[ev.cls];
  return kind ? { family: 'incident', kind } : undefined;
}
