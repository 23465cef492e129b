import { ACTION_KINDS, INCIDENT_KINDS, QUALIFIERS, type ActionKind, type Count, type IncidentKind } from '../types.js';
import { str } from './shared.js';

/** Words people use in TimelineJS groups and GeoJSON properties, mapped to the contract's kinds. */
const INCIDENT_WORDS: [RegExp, IncidentKind][] = [
  [/\b(kill(ed|ing|ings)?|death|deaths|dead|shot dead|shooting|shootings|murder(ed)?)\b/, 'killing'],
  [/\b(arrest(s|ed)?|detention|detained|jailed|imprison(ed|ment)?|custody)\b/, 'arrest'],
  [/\b(court|trial|verdict|hearing|sentenc(e|ed|ing)|lawsuit|appeal|charged?)\b/, 'court'],
  [/\b(violen(ce|t)|clash(es)?|crackdown|attack(s|ed)?|injur(y|ies|ed)|beat(en|ing))\b/, 'violence'],
  [/\b(strike|strikes|striking|walk-?outs?|stoppages?)\b/, 'strike'],
  [/\b(protests?|demonstrations?|march(es)?|rally|rallies|sit-?ins?)\b/, 'protest'],
  [/\b(dismiss(al|als|ed)|fired|firing|sacked|lay-?offs?|lock-?outs?)\b/, 'dismissal'],
  [/\b(migrat(ion|ions|ed)|migrants?)\b/, 'migration'],
  [/\b(bans?|banned|prohibit(ed|ion))\b/, 'ban'],
];

const ACTION_WORDS: [RegExp, ActionKind][] = [
  [/\b(vigils?|candle)\b/, 'vigil'],
  [/\b(march(es|ed)?)\b/, 'march'],
  [/\b(rally|rallies)\b/, 'rally'],
  [/\b(petitions?|signatures?)\b/, 'petition'],
  [/\b(letters?)\b/, 'letter'],
  [/\b(statements?|declarations?|press release)\b/, 'statement'],
  [/\b(strike|strikes|walk-?outs?)\b/, 'strike'],
  [/\b(protests?|demonstrations?|pickets?|sit-?ins?)\b/, 'protest'],
];

function mapKind<K extends string>(value: unknown, exact: readonly K[], words: [RegExp, K][], fallback: K): K {
  const s = str(value)?.toLowerCase();
  if (!s) return fallback;
  if ((exact as readonly string[]).includes(s)) return s as K;
  for (const [re, kind] of words) if (re.test(s)) return kind;
  return fallback;
}

/** `"Strikes"` → `strike`, `"Court case"` → `court`; anything unknown → `other`. */
export function incidentKind(...values: unknown[]): IncidentKind {
  for (const v of values) {
    const k = mapKind(v, INCIDENT_KINDS, INCIDENT_WORDS, 'other');
    if (k !== 'other') return k;
  }
  return 'other';
}

/** `"Candlelight vigil"` → `vigil`, `"open letter"` → `letter`; anything unknown → `other`. */
export function actionKind(...values: unknown[]): ActionKind {
  for (const v of values) {
    const k = mapKind(v, ACTION_KINDS, ACTION_WORDS, 'other');
    if (k !== 'other') return k;
  }
  return 'other';
}

/**
 * A count as the contract writes it, from what people type: `120`, `"120"`, `"about 200"`,
 * `"more than 40"`, `"40+"`, `{ value, qualifier }`. Undefined when there is no whole number ≥ 0.
 */
export function toCount(v: unknown): Count | undefined {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const inner = toCount(o.value);
    if (!inner) return undefined;
    const q = str(o.qualifier);
    return { value: inner.value, qualifier: q && (QUALIFIERS as readonly string[]).includes(q) ? (q as Count['qualifier']) : inner.qualifier };
  }
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? { value: Math.round(v), qualifier: 'exact' } : undefined;
  const s = str(v)?.toLowerCase().replace(/[,\u202f\u00a0 ](?=\d{3}\b)/g, '');
  if (!s) return undefined;
  const m = /^(about|around|approximately|approx\.?|some|roughly|~|at least|more than|over|>)?\s*(\d+)\s*(\+)?$/.exec(s);
  if (!m) return undefined;
  const value = Number(m[2]);
  const word = m[1] ?? '';
  const qualifier: Count['qualifier'] = /more than|over|>/.test(word)
    ? 'more-than'
    : /at least/.test(word) || m[3]
      ? 'at-least'
      : word
        ? 'about'
        : 'exact';
  return { value, qualifier };
}
