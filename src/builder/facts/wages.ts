/**
 * Wage levels in one sentence: amount, currency, period and role (minimum, offer, demand, living).
 *
 * Each amount of money (wages/money.ts) is weighed by the words of its own clause (wages/cues.ts):
 * - a conversion into another currency ("Tk 8,000 ($95)"), a rise ("an increase of Rs 200", "a 185
 *   gourdes increase"), a bonus, severance, cost or investment, a piece rate ("per kg") is no wage;
 * - who speaks decides demand or offer: "workers demanded an increase to X", "employers requested
 *   that the minimum wage be fixed at X", "companies could not increase it beyond X";
 * - otherwise the nearest words: "the minimum wage of X", "X is needed to meet basic needs" (a living
 *   wage), "the government set it at X" (a minimum); "earn X", "a salary of X" are current pay,
 *   which is no wage unless the text calls it the minimum ("make X, Haiti's minimum wage");
 * - what someone needs, or what it takes, to live is a cost-of-living estimate, a living wage:
 *   "a worker needs at least X a month to live decently", "it takes X to cover basic needs";
 * - "from X to Y" changes one thing: a minimum raised from X to Y gives two minimums, a demand to
 *   raise pay from X to Y gives the demand Y (X is current pay);
 * - an earlier level told after the new one has the new one's role, whatever words stand between:
 *   "a minimum of X for garment workers, up from Y", "down from Y", "compared with Y", "from Y
 *   previously"; after a demand, what workers earn now is current pay ("up from the Y they earn").
 */
import type { WagePeriod, WageRole } from '../../feed/types.js';
import { isQuoted, type Sentence } from '../language/sentences.js';
import { resolveCurrency } from './wages/currency.js';
import {
  actorRole, BEFORE_AFTER, BOUNDARY, BY_BEFORE, cuesIn, EARLIER_BEFORE, FROM_BEFORE, LIVING_PURPOSE, namesGovernment,
  NEED_BEFORE, NEED_END, NOUN_BEFORE, NOW_AFTER, OTHER_AFTER, PERIOD_ADJECTIVE, PERIOD_AFTER, PERIOD_FOR, PERIOD_WORDS,
  PERSON_NEEDS, PIECE_RATE, POSSESSOR, RIGHT_APPOSITION, RIGHT_AS, RIGHT_BY, RIGHT_LIVING, RIGHT_NOUN, RIGHT_RELATIVE,
  RISE_AFTER, RISE_BEFORE, RISE_WORD, type CueHit,
} from './wages/cues.js';
import { findMoney, type Money } from './wages/money.js';

export interface WageHit {
  amount: number;
  currency: string;
  period: WagePeriod;
  role: WageRole;
  start: number;
  notes: string[];
}

export interface SkippedAmount {
  text: string;
  reason: string;
}

const CURRENT_PAY = 'current pay: the text does not call it a minimum, an offer, a demand or a living wage (no role)';
const NO_ROLE = 'an amount whose role (minimum, offer, demand, living wage) the sentence does not say';

/** "from X to Y", "between X and Y": the words between the two amounts. */
const PAIR_GAP = /^\s*,?\s*(?:to|and|-|–)\s*(?:only\s+|just\s+|about\s+|around\s+|a\s+mere\s+)?$/i;
const PAIR_START = /\b(?:from|between)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** Words that only join two amounts of the same kind: "X for skilled workers, and Y". */
const COORD_END = /(?:^|[\s,])(?:and|or|to|while|plus)\s*$|^\s*,\s*$|[-–]\s*$/i;
/** A bare figure that shares the currency of its neighbour: "from rupees 500 to 1000". */
const BARE_AFTER = /^\s*(?:$|[.,;:)]|\(|(?:a|an|per|each|to|and|or|for|in|as)\s)/i;
const BARE_GAP = /^\s*(?:to|and|or|-|–)\s*$/i;
/** "raised to 4,800 kyats, from 3,600", "$100, up from 80": an earlier level in the same currency. */
const BARE_FROM = /^\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:(?:the|a)\s+)?(?:(?:previous|old|earlier|former)\s+)?$/i;
/** "a day" after counts of other things ("12 hours a day") is not a pay period. */
const LOOSE_PERIOD = new RegExp(String.raw`(?<!\b(?:hours?|times|breaks?|meals?|shifts?|days|kg|kilos?|pieces?)\s)`
  + String.raw`\b(?:a|per|each|every)\s+(month|day|week|hour|year)\b`
  + String.raw`(?!\s+(?:ago|earlier|before|later|after)\b)`, 'i');

interface Decision {
  role: WageRole | null;
  speech?: CueHit;
}

type Verdict =
  | { kind: 'skip'; reason: string }
  | { kind: 'role'; role: WageRole | null };

interface Amount {
  m: Money;
  clauseStart: number;
  nearStart: number;
  near: CueHit[];
  clause: CueHit[];
  period?: { period: WagePeriod; end: number };
  verdict?: Verdict;
  /** Index of the amount this one is paired or coordinated with, for a shared period. */
  partner?: number;
}

function speechOf(h: CueHit): boolean {
  return h.cls === 'demand' || h.cls === 'offer' || h.cls === 'ceiling';
}

/**
 * The role given by cues before an amount. A speaker's verb or noun ("demanding", "an offer")
 * governs what follows it unless a verb of actual pay ("they earn") comes after it; otherwise the
 * nearest cue speaks. Undefined when there is no cue at all.
 */
function decide(text: string, near: CueHit[], clause: CueHit[], clauseStart: number): Decision | undefined {
  const real = near.filter((h) => h.cls !== 'compare' && h.cls !== 'other');
  if (!real.length) return undefined;
  let speech: CueHit | undefined;
  for (const h of real) if (speechOf(h)) speech = h;
  if (speech && !real.some((h) => h.start > speech!.start && h.cls === 'payVerb')) {
    const before = text.slice(Math.max(clauseStart, speech.start - 80), speech.start);
    // A verb's speaker is its subject; a noun's is its possessor ("the employers' offer"), if any.
    const spoken = NOUN_BEFORE.test(before) ? actorRole(POSSESSOR.exec(before)?.[1] ?? '') : actorRole(before);
    const role = speech.cls === 'ceiling' ? 'offer' : (spoken ?? (speech.cls === 'demand' ? 'demand' : 'offer'));
    return { role, speech };
  }
  const last = [...real].reverse().find((h) => !speechOf(h))!;
  switch (last.cls) {
    case 'minimum':
      return { role: 'minimum' };
    case 'living':
      return { role: 'living' };
    case 'set':
      // "the government set it at X", "raising the minimum wage to X": a minimum being set.
      if (clause.some((h) => h.cls === 'minimum')) return { role: 'minimum' };
      return { role: namesGovernment(text.slice(clauseStart, last.start)) ? 'minimum' : null };
    default:
      return { role: null };
  }
}

function boundaryStarts(text: string): number[] {
  const out = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    out.push(m.index + (m[0].startsWith(',') ? 1 : m[0].length));
  }
  return out;
}

function periodAt(text: string, at: number): { period: WagePeriod; end: number } | undefined {
  const right = text.slice(at, at + 90);
  const m = PERIOD_AFTER.exec(right) ?? PERIOD_FOR.exec(right);
  if (!m) return undefined;
  const word = (m[1] ?? m[2]).toLowerCase().replace(/[\s-]/g, '');
  const period = PERIOD_WORDS[word] ?? (/day|shift/.test(word) ? 'day' : undefined);
  return period ? { period, end: at + m[0].length } : undefined;
}

/** The words between X and Y of "from X (a month) to Y". */
function pairGap(gap: string): boolean {
  return PAIR_GAP.test(gap.replace(/^\s*(?:a|an|per)\s+\w+/i, ''));
}

/** Bare figures next to an amount take its currency: "from rupees 500 to 1000", "between 155 and 176 pesos". */
function shareCurrency(text: string, money: Money[]): void {
  for (let i = 0; i < money.length; i++) {
    const b = money[i];
    if (b.ref || b.conversion || !BARE_AFTER.test(text.slice(b.end, b.end + 8))) continue;
    const p = money[i - 1];
    const n = money[i + 1];
    const gap = p ? text.slice(p.trail, b.start) : '';
    if (p?.ref && !p.conversion && (pairGap(gap) || BARE_FROM.test(gap))) {
      b.ref = p.ref;
      b.qualifier = p.qualifier;
    } else if (n?.ref && !n.conversion && BARE_GAP.test(text.slice(b.end, n.start))
      && /\b(?:from|between)\s+$/i.test(text.slice(0, b.start))) {
      b.ref = n.ref;
      b.qualifier = n.qualifier;
    }
  }
}

const CONVERSION = 'a conversion into another currency, not a wage';
const role = (r: WageRole | null): Verdict => ({ kind: 'role', role: r });
const QUOTED = 'in quotation marks: someone\'s words, not the reporter\'s';

/** A verdict from the amount's own surroundings: no wage at all, or a role its following words settle. */
function screen(s: Sentence, a: Amount): Verdict | undefined {
  const { text } = s;
  const { m } = a;
  const nearText = text.slice(a.nearStart, m.start);
  const tail = text.slice(m.trail, m.trail + 60);
  const after = a.period?.end ?? m.trail;
  const nominal = a.near.filter((h) => !['set', 'payVerb', 'compare', 'ceiling'].includes(h.cls)).pop();
  const other = nominal?.cls === 'other' ? nominal.text : OTHER_AFTER.exec(tail)?.[0];
  if (isQuoted(s, m.start, m.end)) return { kind: 'skip', reason: QUOTED };
  if (PIECE_RATE.test(tail)) return { kind: 'skip', reason: 'a piece rate, not a wage level' };
  // "a worker needs at least X a month to live decently", "it takes X to cover basic needs", "a family
  // of four needs X a month.": what living costs.
  if (NEED_BEFORE.test(nearText)) {
    const right = text.slice(after, after + 100);
    if (LIVING_PURPOSE.test(right)) return role('living');
    const person = PERSON_NEEDS.test(text.slice(a.clauseStart, m.start));
    if (a.period && person && NEED_END.test(right)) return role('living');
  }
  if (other) return { kind: 'skip', reason: `${other.replace(/^\W+/, '').toLowerCase()}: not a wage` };
  if (RISE_BEFORE.test(nearText) || (BY_BEFORE.test(nearText) && RISE_WORD.test(nearText)) || RISE_AFTER.test(tail)) {
    return { kind: 'skip', reason: 'a rise, not a wage level' };
  }
  const noun = RIGHT_NOUN.exec(text.slice(m.end, m.end + 40));
  const verdict = rightVerdict(text.slice(after, after + 100));
  if (noun?.[2]) return verdict ?? role(/offer|proposal/i.test(noun[2]) ? 'offer' : 'demand');
  // "a $160 minimum wage": the noun counts as the nearest word before it.
  const cls = /living/i.test(noun?.[1] ?? '') ? 'living' : 'minimum';
  if (noun) a.near.push({ cls, start: m.end, end: m.end, text: noun[1] });
  return verdict;
}

/** Cues written after an amount that settle its role. */
function rightVerdict(right: string): Verdict | undefined {
  const rel = RIGHT_RELATIVE.exec(right);
  if (rel) {
    const verb = rel[3].toLowerCase();
    if (/earn|get|got|receive|paid|take|make/.test(verb)) return role(null);
    const byVerb: WageRole = /offer|propos/.test(verb) ? 'offer' : 'demand';
    return role(actorRole(rel[1] ?? rel[2]) ?? byVerb);
  }
  const by = RIGHT_BY.exec(right);
  if (by) {
    const verb = by[1].toLowerCase();
    if (/^(?:set|fixed|announced|decreed)$/.test(verb)) {
      return role(namesGovernment(by[2]) ? 'minimum' : null);
    }
    const byVerb: WageRole = /demand|sought|call|request/.test(verb) ? 'demand' : 'offer';
    return role(actorRole(by[2]) ?? byVerb);
  }
  if (RIGHT_LIVING.test(right)) return role('living');
  const app = RIGHT_APPOSITION.exec(right);
  if (app) return role(/living/i.test(app[1]) ? 'living' : 'minimum');
  const as = RIGHT_AS.exec(right)?.[1].toLowerCase();
  if (as) return role(/minimum/.test(as) ? 'minimum' : /living/.test(as) ? 'living' : null);
  return undefined;
}

/**
 * The role of an amount told as the earlier level of the one before it, or compared with it: "a new
 * minimum of 12,500 taka for garment workers, up from 8,000 taka" (both minimums), "the offer is now
 * $90, down from $95" (both offers), "raised the minimum to $95 from $80". A bare "from" keeps the role
 * of a minimum only, or of anything the text calls previous ("from $80 previously"); after a demand it
 * is what workers are paid now ("want a raise to $200 from $120"), as is any earlier level the text
 * says is paid now ("up from the $120 they earn now"). Undefined: not such an amount.
 */
function earlierRole(text: string, a: Amount, prev: Amount): WageRole | null | undefined {
  if (prev.verdict?.kind !== 'role') return undefined;
  const was = prev.verdict.role;
  const nearText = text.slice(a.nearStart, a.m.start);
  const up = EARLIER_BEFORE.exec(nearText);
  const from = up ? undefined : FROM_BEFORE.exec(nearText);
  const match = up ?? from;
  if (!match) return undefined;
  // Words of its own between the two amounts speak for it: "…, up from the $80 that workers demanded".
  const cut = a.nearStart + match.index;
  if (a.near.some((h) => h.start < cut && !['compare', 'payNoun', 'other'].includes(h.cls))) return undefined;
  const tail = text.slice(a.period?.end ?? a.m.trail, (a.period?.end ?? a.m.trail) + 40);
  // "demanding $200, up from the $120 they now earn": a demand's starting point is current pay.
  if (was !== 'minimum' && was !== 'living' && NOW_AFTER.test(tail)) return null;
  if (up) return was;
  if (/\b(?:previous|old|earlier|former|prior|last|initial|original)\b/i.test(from![1]) || BEFORE_AFTER.test(tail)) {
    return was;
  }
  return was === 'minimum' ? 'minimum' : null;
}

/**
 * The wage levels of one sentence, and the amounts of money that are not, with the reason.
 * `countries`: the ISO codes of the places the sentence names; `home`: the document's country.
 * Both settle currencies that several countries share ("Rs" in Sri Lanka is LKR).
 */
export function findWages(
  s: Sentence,
  countries: string[],
  home?: string,
): { hits: WageHit[]; skipped: SkippedAmount[] } {
  const text = s.text;
  const hits: WageHit[] = [];
  const skipped: SkippedAmount[] = [];
  if (!/\d/.test(text)) return { hits, skipped };
  const money = findMoney(text);
  if (!money.some((m) => m.ref)) return { hits, skipped };
  shareCurrency(text, money);
  for (const m of money) {
    if (m.ref && m.conversion) skipped.push({ text: m.label, reason: CONVERSION });
  }

  const starts = boundaryStarts(text);
  const amounts: Amount[] = [];
  money.forEach((m, i) => {
    if (!m.ref || m.conversion) return;
    const clauseStart = starts.filter((b) => b <= m.start).pop() ?? 0;
    const prev = amounts[amounts.length - 1];
    const nearStart = Math.max(clauseStart, prev ? prev.m.trail : 0);
    const a: Amount = {
      m, clauseStart, nearStart,
      near: cuesIn(text.slice(nearStart, m.start), nearStart),
      clause: cuesIn(text.slice(clauseStart, m.start), clauseStart),
    };
    // "500 gourdes, about $5 per day": the period may follow the conversion.
    a.period = periodAt(text, m.trail);
    for (let j = i + 1; !a.period && money[j]?.anchor === i; j++) a.period = periodAt(text, money[j].end);
    amounts.push(a);
  });

  // Amounts that are no wage level at all, and those whose role the words after them settle.
  for (const a of amounts) a.verdict = screen(s, a);
  // "X and Y higher than before": the rise is both.
  for (let k = amounts.length - 2; k >= 0; k--) {
    const [a, b] = [amounts[k], amounts[k + 1]];
    const joined = /^\s*(?:,|and|or)\s*$/i.test(text.slice(a.m.trail, b.m.start));
    if (joined && b.verdict?.kind === 'skip' && /rise/.test(b.verdict.reason)) {
      a.verdict = b.verdict;
    }
  }

  // Roles from the words before each amount, pairs "from X to Y" first.
  amounts.forEach((a, k) => {
    if (a.verdict) return;
    const next = amounts[k + 1];
    const nearText = text.slice(a.nearStart, a.m.start);
    const d = decide(text, a.near, a.clause, a.clauseStart);
    const pairs = next && next.verdict?.kind !== 'skip' && PAIR_START.test(nearText);
    if (next && pairs && pairGap(text.slice(a.m.trail, next.m.start))) {
      let x: WageRole | null = d?.role ?? null;
      const y: WageRole | null = d?.role ?? null;
      if (d?.speech) {
        // "demand an increase in wages from X to Y": X is what they are paid now, unless it is the
        // minimum wage or the demand itself ("reduce their demand from X to Y").
        const last = a.near.filter((h) => h.cls !== 'compare').pop();
        const minimumAfter = a.near.some((h) => h.cls === 'minimum' && h.start > d.speech!.start);
        x = last === d.speech ? d.role : minimumAfter ? 'minimum' : null;
      }
      a.verdict = role(x);
      if (!next.verdict) next.verdict = role(y);
      a.partner = k + 1;
      next.partner = k;
      return;
    }
    const prev = amounts[k - 1];
    const earlier = prev ? earlierRole(text, a, prev) : undefined;
    if (earlier !== undefined) {
      a.verdict = role(earlier);
      return;
    }
    if (d) {
      a.verdict = role(d.role);
      return;
    }
    if (prev?.verdict?.kind === 'role' && !a.near.length && COORD_END.test(nearText)) {
      a.verdict = role(prev.verdict.role);
      a.partner = k - 1;
      prev.partner ??= k;
      return;
    }
    // "rise by £9 to £60", "in Bangladesh it is Tk 8,000": with no words of its own, an amount takes
    // those of its whole clause, unless it is only compared with another ("far below the $160").
    const wide = prev && !a.near.length ? decide(text, a.clause, a.clause, a.clauseStart) : undefined;
    if (wide) {
      a.verdict = role(wide.role);
      return;
    }
    a.verdict = { kind: 'skip', reason: NO_ROLE };
  });

  const stated = amounts.find((a) => a.period && a.verdict?.kind === 'role' && a.verdict.role)?.period?.period;
  amounts.forEach((a, k) => {
    const v = a.verdict!;
    if (v.kind === 'skip' || !v.role) {
      skipped.push({ text: a.m.label, reason: v.kind === 'skip' ? v.reason : CURRENT_PAY });
      return;
    }
    const currency = resolveCurrency(a.m.ref!, a.m.qualifier, countries, home);
    if (!currency) {
      skipped.push({ text: a.m.label, reason: 'a currency this country context does not settle' });
      return;
    }
    const notes: string[] = [];
    let period = a.period?.period ?? (a.partner !== undefined ? amounts[a.partner].period?.period : undefined);
    if (!period) period = adjectivePeriod(text.slice(a.clauseStart, a.m.start));
    if (!period) period = stated ?? loosePeriod(text.slice(a.m.trail, amounts[k + 1]?.m.start ?? text.length));
    if (!period) {
      period = 'month';
      notes.push(`${a.m.label}: no period stated, taken as a month`);
    }
    hits.push({ amount: a.m.amount, currency, period, role: v.role, start: a.m.start, notes });
  });
  return { hits, skipped };
}

function adjectivePeriod(left: string): WagePeriod | undefined {
  let found: WagePeriod | undefined;
  PERIOD_ADJECTIVE.lastIndex = 0;
  for (let m = PERIOD_ADJECTIVE.exec(left); m; m = PERIOD_ADJECTIVE.exec(left)) {
    found = PERIOD_WORDS[(m[1] ?? m[2] ?? m[3]).toLowerCase()];
  }
  return found;
}

function loosePeriod(right: string): WagePeriod | undefined {
  const m = LOOSE_PERIOD.exec(right.slice(0, 80));
  return m ? PERIOD_WORDS[m[1].toLowerCase()] : undefined;
}

const SECTORS: [RegExp, string][] = [
  [/\b(?:garment|apparel|clothing)\b/i, 'garment'],
  [/\btextile/i, 'textile'],
  [/\bfootwear|\bshoe\b/i, 'footwear'],
];

export function sectorOf(text: string): string | undefined {
  for (const [re, sector] of SECTORS) if (re.test(text)) return sector;
  return undefined;
}
