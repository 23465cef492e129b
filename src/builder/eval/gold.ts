/**
 * The gold file of an evaluation corpus (issue 19): what a careful reader finds in each document.
 * `parseGold` checks every entry and names the entry, the field and what was expected.
 */
import { isPartialDate } from '../../feed/dates.js';
import { ACTION_KINDS, INCIDENT_KINDS, WAGE_PERIODS, WAGE_ROLES } from '../../feed/types.js';
import type { ActionKind, IncidentKind, WagePeriod, WageRole } from '../../feed/types.js';

export const COUNT_FIELDS = ['deaths', 'injured', 'arrested', 'participants'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export interface GoldIncident {
  doc: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** ISO 3166 alpha-2. */
  country: string;
  kind: IncidentKind;
  deaths?: number;
  injured?: number;
  arrested?: number;
  participants?: number;
  quote: string;
}

export interface GoldAction {
  doc: string;
  from: string;
  to: string;
  /** ISO 3166 alpha-2, or `XX`: the text names no place. */
  country: string;
  kind: ActionKind;
  quote: string;
}

export interface GoldWage {
  doc: string;
  amount: number;
  currency: string;
  period: WagePeriod;
  role: WageRole;
  quote: string;
}

export interface GoldItem {
  doc: string;
  date: string;
}

export interface GoldNotWage {
  doc: string;
  amount: number;
  why?: string;
}

export interface Gold {
  incidents: GoldIncident[];
  actions: GoldAction[];
  wages: GoldWage[];
  items: GoldItem[];
  not_wages: GoldNotWage[];
  /** Documents that state no incident, action or wage. */
  silent: string[];
}

export type GoldParse = { ok: true; gold: Gold; warnings: string[] } | { ok: false; errors: string[] };

/** A field check: undefined when the value is fine, otherwise what was expected. */
type Check = (v: unknown) => string | undefined;

const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'a non-empty string');
const oneOf = (list: readonly string[]): Check => (v) =>
  typeof v === 'string' && list.includes(v) ? undefined : `one of ${list.join(', ')}`;
const pattern = (re: RegExp, what: string): Check => (v) => (typeof v === 'string' && re.test(v) ? undefined : what);
const dayOrMonth: Check = (v) =>
  typeof v === 'string' && v.length >= 7 && isPartialDate(v) ? undefined : 'a real date "YYYY-MM-DD" or "YYYY-MM"';
const anyDate: Check = (v) => (isPartialDate(v) ? undefined : 'a real date "YYYY-MM-DD", "YYYY-MM" or "YYYY"');
const count: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : 'a whole number ≥ 0');
const amount: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'a number > 0');
const country = pattern(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code in capitals ("BD"), or "XX" for no place');

/** Each list's fields: `true` marks a required one. */
const SPECS: Record<string, Record<string, [Check, boolean]>> = {
  incidents: {
    doc: [text, true], date: [dayOrMonth, true], country: [country, true], kind: [oneOf(INCIDENT_KINDS), true],
    deaths: [count, false], injured: [count, false], arrested: [count, false], participants: [count, false],
    quote: [text, true],
  },
  actions: {
    doc: [text, true], from: [dayOrMonth, true], to: [dayOrMonth, true], country: [country, true],
    kind: [oneOf(ACTION_KINDS), true], quote: [text, true],
  },
  wages: {
    doc: [text, true], amount: [amount, true], currency: [pattern(/^[A-Z]{3}$/, 'an ISO 4217 code ("USD")'), true],
    period: [oneOf(WAGE_PERIODS), true], role: [oneOf(WAGE_ROLES), true], quote: [text, true],
  },
  items: { doc: [text, true], date: [anyDate, true] },
  not_wages: { doc: [text, true], amount: [amount, true], why: [text, false] },
};
const TOP = ['about', 'incidents', 'actions', 'wages', 'items', 'not_wages', 'silent'];

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** Checks a parsed gold file. `file` names it in every message. */
export function parseGold(json: unknown, file = 'gold.json'): GoldParse {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: [`${file}: expected a JSON object with ${TOP.slice(1).join(', ')}`] };
  }
  const top = json as Record<string, unknown>;
  for (const k of Object.keys(top)) {
    if (!TOP.includes(k)) errors.push(`${file}: unknown key "${k}" (expected ${TOP.join(', ')})`);
  }
  const lists: Record<string, unknown[]> = {};
  for (const [name, spec] of Object.entries(SPECS)) {
    const list = top[name] ?? [];
    if (!Array.isArray(list)) {
      errors.push(`${file}: ${name}: expected an array, got ${show(list)}`);
      continue;
    }
    lists[name] = list;
    list.forEach((entry, i) => {
      const at = `${file}: ${name}[${i}]`;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
        errors.push(`${at}: expected an object, got ${show(entry)}`);
        return;
      }
      const e = entry as Record<string, unknown>;
      const where = typeof e.doc === 'string' ? `${at} (${e.doc})` : at;
      for (const k of Object.keys(e)) {
        if (!(k in spec)) errors.push(`${where}: unknown field "${k}" (expected ${Object.keys(spec).join(', ')})`);
      }
      for (const [k, [check, required]] of Object.entries(spec)) {
        if (e[k] === undefined) {
          if (required) errors.push(`${where}: field "${k}" is missing`);
          continue;
        }
        const expected = check(e[k]);
        if (expected) errors.push(`${where}: field "${k}": expected ${expected}, got ${show(e[k])}`);
      }
      if (name === 'actions' && !dayOrMonth(e.from) && !dayOrMonth(e.to)) {
        const backwards = dateRange(e.to as string)[1] < dateRange(e.from as string)[0];
        if (backwards) errors.push(`${where}: field "to": expected a date on or after "from"`);
      }
    });
  }
  const silent = top.silent ?? [];
  if (!Array.isArray(silent)) errors.push(`${file}: silent: expected an array of document names, got ${show(silent)}`);
  else {
    silent.forEach((s, i) => {
      if (text(s)) errors.push(`${file}: silent[${i}]: expected a document name, got ${show(s)}`);
    });
  }
  if (errors.length) return { ok: false, errors };
  const gold = { ...lists, silent } as unknown as Gold;
  const silentSet = new Set(gold.silent);
  for (const name of ['incidents', 'actions', 'wages'] as const) {
    for (const f of gold[name]) {
      if (silentSet.has(f.doc)) warnings.push(`${file}: ${name} has a fact from ${f.doc}, which is listed as silent`);
    }
  }
  return { ok: true, gold, warnings };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** First and last day (`YYYY-MM-DD`) of a partial date. */
export function dateRange(date: string): [string, string] {
  if (date.length >= 10) return [date.slice(0, 10), date.slice(0, 10)];
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const last = m === 2 && leap ? 29 : DAYS[m - 1];
  return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
}
