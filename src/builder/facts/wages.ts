/**
 * Wage levels in one sentence: amount, currency, period and role. The role comes from the words
 * nearest the amount in its clause: "minimum wage would rise … to £60" is an offer, "demands for a
 * living wage of £100" a demand, "from US$80" the minimum in force. A rise ("rise by £9", "an
 * increase of $12") is not a wage level and is never reported as one.
 */
import type { WagePeriod, WageRole } from '../../feed/types.js';
import { isQuoted, type Sentence } from '../language/sentences.js';

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

const MONEY =
  /(?<![\p{L}\d$£€])(?<pre>US\$|USD\s?|A\$|AU\$|C\$|CA\$|HK\$|S\$|NT\$|\$|£|€|GBP\s?|EUR\s?|Tk\.?\s?|৳\s?|BDT\s?|KHR\s?|៛\s?|Rs\.?\s?|INR\s?|₹\s?|RM\s?|MYR\s?|Rp\.?\s?|IDR\s?|฿\s?|THB\s?|₫\s?|VND\s?|MMK\s?|RMB\s?|CNY\s?|¥\s?)?(?<amt>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)(?:\s?(?<mult>bn|billion|million|m|k)\b)?(?:\s?(?<post>US\s+dollars|dollars|USD|pounds(?:\s+sterling)?|euros?|EUR|taka|Tk|riels?|KHR|rupees|INR|ringgit|rupiah|baht|dong|kyat|yuan|renminbi|lempiras?)\b)?/gu;

const CURRENCY: Record<string, string> = {
  'us$': 'USD', usd: 'USD', $: 'USD', 'us dollars': 'USD', dollars: 'USD', 'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD',
  'ca$': 'CAD', 'hk$': 'HKD', 's$': 'SGD', 'nt$': 'TWD', '£': 'GBP', gbp: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', tk: 'BDT', 'tk.': 'BDT', '৳': 'BDT', bdt: 'BDT', taka: 'BDT',
  khr: 'KHR', '៛': 'KHR', riel: 'KHR', riels: 'KHR', rs: 'INR', 'rs.': 'INR', inr: 'INR', '₹': 'INR', rupees: 'INR',
  rm: 'MYR', myr: 'MYR', ringgit: 'MYR', rp: 'IDR', 'rp.': 'IDR', idr: 'IDR', rupiah: 'IDR', '฿': 'THB', thb: 'THB',
  baht: 'THB', '₫': 'VND', vnd: 'VND', dong: 'VND', mmk: 'MMK', kyat: 'MMK', rmb: 'CNY', cny: 'CNY', yuan: 'CNY',
  renminbi: 'CNY', '¥': 'CNY', lempira: 'HNL', lempiras: 'HNL',
};
/** Rupees and yen signs name different currencies in different countries. */
const BY_COUNTRY: Record<string, Record<string, string>> = {
  INR: { PK: 'PKR', LK: 'LKR', NP: 'NPR' },
  CNY: { JP: 'JPY' },
};

const WAGE_WORDS = /\b(?:wages?|salar(?:y|ies)|pay|paid|earn(?:s|ing|ings)?|income|minimum|a\s+month|per\s+month|monthly)\b/i;
const RISE_BEFORE =
  /(?:\b(?:rise|rises|rose|risen|raise|raised|raises|increase|increased|increases|hike|hiked|boost|boosted|lift|lifted|go\s+up|went\s+up|gone\s+up|jump|jumped|climb|climbed|up)\s+(?:only\s+|just\s+|merely\s+|a\s+mere\s+)?by|\b(?:rise|raise|increase|hike|boost|top-up|bonus|allowance|supplement)\s+of|\b(?:extra|additional|further|another))\s*$/i;
const RISE_AFTER = /^\s*(?:(?:a|per)\s+(?:month|day|week|year)\s+)?(?:more|extra|increase|rise|raise|hike|pay\s+rise|top-up|bonus|allowance)\b/i;
const FROM_BEFORE = /\bfrom\s*$/i;
const TO_BEFORE = /\b(?:to|at)\s+(?:only\s+|just\s+|about\s+|around\s+|a\s+mere\s+)?$/i;
const RISE_VERB = /\b(?:rise|rises|rose|risen|raise|raised|increase|increased|hike|boost|lift|lifted|doubl\w+|tripl\w+|bring|brought|go\s+up|set|fixed)\b/i;

/** Cues after the amount: "$160 that unions demand", "$95 offered by the ministry". */
const RIGHT_CUES: [RegExp, WageRole][] = [
  [/^\s*(?:(?:a|per)\s+month\s+)?(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:demand|demands|demanded|want|wants|seek|seeks|(?:are|were|is|was)\s+demanding|have\s+demanded|call\s+for|called\s+for)\b/i, 'demand'],
  [/^\s*(?:(?:a|per)\s+month\s+)?(?:demanded|sought|called\s+for)\s+by\b/i, 'demand'],
  [/^\s*(?:(?:a|per)\s+month\s+)?(?:offered|proposed|announced|recommended)\s+by\b/i, 'offer'],
];

interface Cue {
  role: WageRole;
  re: RegExp;
  verb: boolean;
}
const CUES: Cue[] = [
  { role: 'demand', verb: true, re: /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|campaign(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+for|want(?:s|ed)?|seek(?:s|ing)?|sought|claim(?:s|ed)?|insist(?:s|ed)?\s+on)\b/gi },
  { role: 'offer', verb: true, re: /\b(?:offer(?:s|ed)?|propos(?:e|es|ed|al)|announc(?:e|es|ed|ement)|recommend(?:s|ed|ation)?|plan(?:s|ned)?|pledg(?:e|ed)|agreed|would|will)\b/gi },
  { role: 'minimum', verb: false, re: /\bminimum\s+(?:monthly\s+)?(?:wage|salary|pay)\b/gi },
  { role: 'living', verb: false, re: /\bliving\s+wage\b/gi },
];

function nearestCue(left: string): Cue | undefined {
  let best: { cue: Cue; at: number } | undefined;
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(left); m; m = cue.re.exec(left)) {
      const at = m.index + m[0].length;
      if (!best || at > best.at) best = { cue, at };
    }
  }
  if (!best) return undefined;
  // "demands for a living wage of £100": the verb in the same clause says whose figure it is.
  if (!best.cue.verb) {
    const clause = left.slice(0, best.at).split(/[,;:()—]/).pop() ?? '';
    for (const cue of CUES.filter((c) => c.verb)) {
      cue.re.lastIndex = 0;
      if (cue.re.test(clause)) return cue;
    }
  }
  return best.cue;
}

const PERIODS: [RegExp, WagePeriod][] = [
  [/^\s*(?:a|per|each|every|\/)\s*month\b|^\s*monthly\b/i, 'month'],
  [/^\s*(?:a|per|each|every|\/)\s*day\b|^\s*daily\b/i, 'day'],
  [/^\s*(?:an|per|each|every|\/)\s*hour\b|^\s*hourly\b/i, 'hour'],
  [/^\s*(?:a|per|each|every|\/)\s*week\b|^\s*weekly\b/i, 'week'],
  [/^\s*(?:a|per|each|every|\/)\s*year\b|^\s*(?:yearly|annually)\b/i, 'year'],
];

function periodOf(right: string, sentence: string): { period: WagePeriod; stated: boolean } {
  for (const [re, p] of PERIODS) if (re.test(right)) return { period: p, stated: true };
  // "from $80 to $160 a month": a period stated once in the sentence covers its amounts.
  for (const [re, p] of PERIODS) {
    const any = new RegExp(re.source.replace(/\^\\s\*/g, '\\b'), 'i');
    if (any.test(sentence)) return { period: p, stated: true };
  }
  return { period: 'month', stated: false };
}

export function findWages(s: Sentence, countries: string[]): { hits: WageHit[]; skipped: SkippedAmount[] } {
  const text = s.text;
  const hits: WageHit[] = [];
  const skipped: SkippedAmount[] = [];
  if (!WAGE_WORDS.test(text)) return { hits, skipped };
  MONEY.lastIndex = 0;
  let prevEnd = 0;
  let fromSeen = false;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const label = m[0].trim();
    const curRaw = (g.pre ?? g.post ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (!curRaw) continue;
    if (g.mult) {
      skipped.push({ text: label, reason: 'a total in thousands, millions or billions, not a wage' });
      continue;
    }
    if (isQuoted(s, start, end)) continue;
    const near = text.slice(prevEnd, start);
    const left = text.slice(0, start);
    const right = text.slice(end, end + 40);
    prevEnd = end;
    if (RISE_BEFORE.test(near) || RISE_AFTER.test(right)) {
      skipped.push({ text: label, reason: 'a rise, not a wage level' });
      continue;
    }
    let currency = CURRENCY[curRaw] ?? CURRENCY[curRaw.replace(/\.$/, '')];
    if (!currency) continue;
    const local = countries.find((c) => BY_COUNTRY[currency]?.[c]);
    if (local) currency = BY_COUNTRY[currency][local];
    const amount = Number(g.amt.replace(/,/g, ''));
    if (!Number.isFinite(amount) || amount <= 0) continue;
    let role: WageRole | undefined;
    const notes: string[] = [];
    const rightCue = RIGHT_CUES.find(([re]) => re.test(right))?.[1];
    if (rightCue) {
      role = rightCue;
    } else if (FROM_BEFORE.test(near)) {
      fromSeen = true;
      if (/\bminimum\s+(?:monthly\s+)?(?:wage|salary|pay)\b/i.test(left)) role = 'minimum';
    } else if (TO_BEFORE.test(near) && (fromSeen || RISE_VERB.test(left))) {
      const cue = nearestCue(left);
      role = cue?.verb ? cue.role : /\b(?:rose|was\s+raised|were\s+raised|has\s+risen|has\s+been\s+raised|increased)\b/i.test(left) ? 'minimum' : 'offer';
    } else {
      // Only words since the previous amount speak for this one: in "an offer of $95, far below
      // the $160 …" the offer is not the $160.
      role = nearestCue(near)?.role;
    }
    if (!role) {
      skipped.push({ text: label, reason: 'an amount whose role (minimum, offer, demand, living wage) the sentence does not say' });
      continue;
    }
    const { period, stated } = periodOf(right, text);
    if (!stated) notes.push(`${label}: no period stated, taken as a month`);
    hits.push({ amount, currency, period, role, start, notes });
  }
  return { hits, skipped };
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
