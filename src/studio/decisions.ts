/**
 * The reviewer's decisions, and the `corrections.json` they are (the file `solidarity-feed build
 * --corrections` reads, see src/builder/assemble/corrections.ts):
 *
 *   accept a fact      → { "op": "accept", "id": … }
 *   reject a fact      → { "op": "drop", "id": …, "reason": … }
 *   edit fields        → { "op": "fix", "id": …, "set": { field: value } }   (null removes a field)
 *   add a missed fact  → { "op": "add", "list": …, "fact": { …, "sources": [{ "file", "quote" }] } }
 *
 * Pure functions on plain data: the studio stores decisions in IndexedDB as they are.
 */
import { addedId } from '../builder/assemble/ids.js';

export type ListName = 'wages' | 'incidents' | 'actions';
export const LIST_NAMES: readonly ListName[] = ['wages', 'incidents', 'actions'];

export interface FactDecision {
  id: string;
  op: 'accept' | 'drop' | 'fix';
  /** Fields changed (`fix`), only those that differ from the built fact. */
  set?: Record<string, unknown>;
  reason?: string;
}

export interface Addition {
  list: ListName;
  fact: Record<string, unknown> & { sources: { file: string; quote: string }[] };
  reason?: string;
}

export interface Decisions {
  facts: FactDecision[];
  added: Addition[];
  /** Entries of an imported corrections file that the studio does not edit, written back unchanged. */
  other: unknown[];
}

export type Status = 'pending' | 'accepted' | 'rejected' | 'edited';

export const emptyDecisions = (): Decisions => ({ facts: [], added: [], other: [] });

export function statusOf(d: Decisions, id: string): Status {
  const f = d.facts.find((x) => x.id === id);
  return !f ? 'pending' : f.op === 'accept' ? 'accepted' : f.op === 'drop' ? 'rejected' : 'edited';
}

export function decisionFor(d: Decisions, id: string): FactDecision | undefined {
  return d.facts.find((x) => x.id === id);
}

/** Replaces (or, with `undefined`, removes) the decision about one fact; others keep their order. */
function put(d: Decisions, id: string, next: FactDecision | undefined): Decisions {
  const i = d.facts.findIndex((x) => x.id === id);
  const facts = [...d.facts];
  if (i >= 0 && next) facts[i] = next;
  else if (i >= 0) facts.splice(i, 1);
  else if (next) facts.push(next);
  return { ...d, facts };
}

/** Accepting keeps any edits (they are the accepted version). */
export function accept(d: Decisions, id: string): Decisions {
  const prev = decisionFor(d, id);
  return put(d, id, prev?.op === 'fix' ? prev : { id, op: 'accept' });
}

/** Accepts every fact of `ids` that is not reviewed yet (a group at once); reviewed ones keep their decision. */
export function acceptPending(d: Decisions, ids: readonly string[]): Decisions {
  let out = d;
  for (const id of ids) if (!decisionFor(out, id)) out = put(out, id, { id, op: 'accept' });
  return out;
}

export function reject(d: Decisions, id: string, reason?: string): Decisions {
  return put(d, id, { id, op: 'drop', ...(reason?.trim() ? { reason: reason.trim() } : {}) });
}

/** Back to "not reviewed". */
export function undo(d: Decisions, id: string): Decisions {
  return put(d, id, undefined);
}

/** Deep equality of JSON values (object key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameValue(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Sets fields of a built fact. A value equal to the built one is no change; `null` (or `undefined`)
 * removes a field the fact has. With no change left, an edit falls back to "accepted".
 */
export function edit(d: Decisions, built: Record<string, unknown> & { id: string }, changes: Record<string, unknown>): Decisions {
  const prev = decisionFor(d, built.id);
  const set: Record<string, unknown> = { ...(prev?.op === 'fix' ? prev.set : {}) };
  for (const [field, value] of Object.entries(changes)) {
    if (field === 'id' || field === 'sources') continue;
    const removing = value === null || value === undefined;
    if (removing ? built[field] === undefined : sameValue(value, built[field])) delete set[field];
    else set[field] = removing ? null : value;
  }
  const reason = prev?.reason;
  if (Object.keys(set).length === 0) return put(d, built.id, { id: built.id, op: 'accept' });
  return put(d, built.id, { id: built.id, op: 'fix', set, ...(reason ? { reason } : {}) });
}

/** The built fact as the reviewer edited it. */
export function edited<T extends Record<string, unknown>>(built: T, decision: FactDecision | undefined): T {
  if (decision?.op !== 'fix' || !decision.set) return built;
  const out: Record<string, unknown> = { ...built };
  for (const [k, v] of Object.entries(decision.set)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

export function add(d: Decisions, addition: Addition): Decisions {
  return { ...d, added: [...d.added, addition] };
}

export function removeAddition(d: Decisions, index: number): Decisions {
  return { ...d, added: d.added.filter((_, i) => i !== index) };
}

export function replaceAddition(d: Decisions, index: number, addition: Addition): Decisions {
  return { ...d, added: d.added.map((a, i) => (i === index ? addition : a)) };
}

export interface CorrectionsFile {
  version: 1;
  corrections: Record<string, unknown>[];
}

/** Id the builder gives an added fact. */
export const additionId = (a: Addition): string => (typeof a.fact.id === 'string' && a.fact.id ? a.fact.id : addedId(a.list, a.fact));

/**
 * The decisions as the CLI's corrections file. Corrections apply in order, so decisions about added
 * facts come after the additions.
 */
export function toCorrections(d: Decisions): CorrectionsFile {
  const corrections: Record<string, unknown>[] = [];
  const addedIds = new Set(d.added.map(additionId));
  const facts = [...d.facts.filter((f) => !addedIds.has(f.id)), ...d.facts.filter((f) => addedIds.has(f.id))];
  const decided = (f: FactDecision): Record<string, unknown> => {
    const c: Record<string, unknown> = { op: f.op, id: f.id };
    if (f.op === 'fix') c.set = f.set ?? {};
    if (f.reason) c.reason = f.reason;
    return c;
  };
  corrections.push(...facts.filter((f) => !addedIds.has(f.id)).map(decided));
  for (const a of d.added) corrections.push({ op: 'add', list: a.list, fact: a.fact, ...(a.reason ? { reason: a.reason } : {}) });
  corrections.push(...facts.filter((f) => addedIds.has(f.id)).map(decided));
  for (const o of d.other) corrections.push(o as Record<string, unknown>);
  return { version: 1, corrections };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A corrections file (from the CLI's folder, or downloaded earlier) → decisions. What the studio
 * cannot show as a decision (an unknown op, an `add` with sources by item id) is kept and written
 * back unchanged, so importing and exporting never loses a correction.
 */
export function fromCorrections(json: unknown): Decisions | { error: string } {
  const list = Array.isArray(json) ? json : isObj(json) ? json.corrections : undefined;
  if (!Array.isArray(list)) return { error: 'expected { "version": 1, "corrections": [ … ] }' };
  let d = emptyDecisions();
  for (const c of list) {
    const reason = isObj(c) && typeof c.reason === 'string' ? c.reason : undefined;
    if (isObj(c) && typeof c.id === 'string' && !decisionFor(d, c.id)) {
      if (c.op === 'accept') {
        d = put(d, c.id, { id: c.id, op: 'accept', ...(reason ? { reason } : {}) });
        continue;
      }
      if (c.op === 'drop') {
        d = put(d, c.id, { id: c.id, op: 'drop', ...(reason ? { reason } : {}) });
        continue;
      }
      if (c.op === 'fix' && isObj(c.set)) {
        d = put(d, c.id, { id: c.id, op: 'fix', set: { ...c.set }, ...(reason ? { reason } : {}) });
        continue;
      }
    }
    if (isObj(c) && c.op === 'add' && LIST_NAMES.includes(c.list as ListName) && isObj(c.fact) && Array.isArray(c.fact.sources) &&
      c.fact.sources.every((s) => isObj(s) && typeof s.file === 'string' && typeof s.quote === 'string')) {
      d = add(d, { list: c.list as ListName, fact: c.fact as Addition['fact'], ...(reason ? { reason } : {}) });
      continue;
    }
    d = { ...d, other: [...d.other, c] };
  }
  return d;
}
