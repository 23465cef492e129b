/**
 * Staff corrections, applied after extraction on every build (the studio writes the same file):
 *
 *   { "version": 1, "corrections": [
 *       { "op": "drop",   "id": "incident-…", "reason": "not an incident" },
 *       { "op": "fix",    "id": "incident-…", "set": { "deaths": { "value": 5, "qualifier": "at-least" } } },
 *       { "op": "add",    "list": "incidents", "fact": { "kind": "ban", "date": "2014-01-04", "title": "…",
 *                         "sources": [{ "file": "001.txt", "quote": "…" }] } },
 *       { "op": "accept", "id": "wage-…" } ] }
 *
 * Ids are content-derived, so a correction keeps finding its fact on later builds. A correction whose
 * fact no longer exists is reported as stale, never silently ignored; a fix or an addition that would
 * break the contract, or whose quote is not in the document, is refused with the reason.
 */
import type { CampaignFeed, FactSource } from '../../feed/types.js';
import { validateFeed } from '../../feed/validate.js';
import { foldSpace } from '../read/decode.js';
import { addedId } from './ids.js';

export interface CorrectionsReport {
  applied: string[];
  rejected: string[];
  stale: string[];
  /** The file as a whole could not be used. */
  errors: string[];
}

type ListName = 'wages' | 'incidents' | 'actions';
const LISTS: ListName[] = ['wages', 'incidents', 'actions'];
type Rec = Record<string, unknown> & { id: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Keys that could reach an object's prototype have no place in a fact. */
const hasForbiddenKey = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(hasForbiddenKey) : isObj(v) ? Object.keys(v).some((k) => FORBIDDEN.has(k) || hasForbiddenKey(v[k])) : false;

export function applyCorrections(
  feed: CampaignFeed,
  raw: unknown,
  texts: ReadonlyMap<string, string>,
  docs: readonly { file: string; items: string[] }[],
): CorrectionsReport {
  const report: CorrectionsReport = { applied: [], rejected: [], stale: [], errors: [] };
  const list = Array.isArray(raw) ? raw : isObj(raw) ? raw.corrections : undefined;
  if (!Array.isArray(list)) {
    report.errors.push('corrections file must be { "version": 1, "corrections": [ … ] }');
    return report;
  }
  const camp = feed._campaign!;
  const lists = camp as unknown as Record<ListName, Rec[]>;
  for (const name of LISTS) lists[name] ??= [];
  const folded = new Map<string, string>();
  const textOf = (item: string): string | undefined => {
    if (!folded.has(item) && texts.has(item)) folded.set(item, foldSpace(texts.get(item)!));
    return folded.get(item);
  };
  const itemStubs = feed.items.map((i) => ({ id: i.id }));
  const find = (id: string): { name: ListName; index: number } | undefined => {
    for (const name of LISTS) {
      const index = lists[name].findIndex((r) => r.id === id);
      if (index >= 0) return { name, index };
    }
    return undefined;
  };
  /** Checks one record against the contract and its quotes against the documents. */
  const check = (name: ListName, rec: Rec): string | undefined => {
    const probe = { version: feed.version, title: 'probe', items: itemStubs, _campaign: { schema: 1, generated: camp.generated, [name]: [rec] } };
    const problems = validateFeed(probe);
    if (problems.length) return problems.map((p) => `${p.path.replace(/^\$\._campaign\.\w+\[0\]/, '')} ${p.message}`).join('; ');
    for (const s of rec.sources as FactSource[]) {
      const text = textOf(s.item);
      if (text === undefined || !text.includes(foldSpace(s.quote))) return `the quote "${s.quote.slice(0, 60)}…" is not in item ${s.item}`;
    }
    return undefined;
  };
  /** `{ file, quote }` → `{ item, quote }`: the item of that file whose text holds the quote. */
  const resolveSources = (sources: unknown): FactSource[] | string => {
    if (!Array.isArray(sources) || sources.length === 0) return 'needs "sources": [{ "file" or "item", "quote" }]';
    const out: FactSource[] = [];
    for (const s of sources) {
      if (!isObj(s) || typeof s.quote !== 'string') return 'every source needs a "quote"';
      if (typeof s.item === 'string') {
        out.push({ item: s.item, quote: foldSpace(s.quote) });
        continue;
      }
      const doc = docs.find((d) => d.file === s.file);
      if (!doc) return `no document "${String(s.file)}" in this build`;
      const item = doc.items.find((id) => textOf(id)?.includes(foldSpace(s.quote as string)));
      if (!item) return `the quote "${s.quote.slice(0, 60)}…" is not in ${doc.file}`;
      out.push({ item, quote: foldSpace(s.quote) });
    }
    return out;
  };

  list.forEach((c, i) => {
    const at = `correction ${i + 1}`;
    if (!isObj(c) || typeof c.op !== 'string') {
      report.rejected.push(`${at}: expected { "op": "drop" | "fix" | "add" | "accept", … }`);
      return;
    }
    const why = typeof c.reason === 'string' ? ` (${c.reason.slice(0, 200)})` : '';
    if (hasForbiddenKey(c)) {
      report.rejected.push(`${at}: refused: it uses a reserved key (__proto__, constructor or prototype)`);
      return;
    }
    if (c.op === 'add') {
      const name = c.list as ListName;
      if (!LISTS.includes(name) || !isObj(c.fact)) {
        report.rejected.push(`${at}: "add" needs "list" (wages, incidents or actions) and "fact"`);
        return;
      }
      const sources = resolveSources(c.fact.sources);
      if (typeof sources === 'string') {
        report.rejected.push(`${at}: cannot add: ${sources}`);
        return;
      }
      const rec = { ...c.fact, sources } as unknown as Rec;
      rec.id = typeof c.fact.id === 'string' && c.fact.id ? c.fact.id : addedId(name, c.fact);
      if (find(rec.id)) {
        report.rejected.push(`${at}: a fact with id ${rec.id} already exists`);
        return;
      }
      const bad = check(name, rec);
      if (bad) {
        report.rejected.push(`${at}: cannot add: ${bad}`);
        return;
      }
      lists[name].push(rec);
      report.applied.push(`${at}: added ${rec.id}${why}`);
      return;
    }
    if (typeof c.id !== 'string') {
      report.rejected.push(`${at}: "${c.op}" needs the "id" of a fact`);
      return;
    }
    const target = find(c.id);
    if (!target) {
      report.stale.push(`${at}: ${c.op} ${c.id}: no such fact in this build (the documents changed?)`);
      return;
    }
    if (c.op === 'accept') {
      report.applied.push(`${at}: accepted ${c.id}`);
    } else if (c.op === 'drop') {
      lists[target.name].splice(target.index, 1);
      report.applied.push(`${at}: dropped ${c.id}${why}`);
    } else if (c.op === 'fix') {
      if (!isObj(c.set) || 'id' in c.set) {
        report.rejected.push(`${at}: "fix" needs "set": { field: value } (the id cannot change)`);
        return;
      }
      const rec = { ...lists[target.name][target.index] };
      for (const [k, v] of Object.entries(c.set)) {
        if (v === null) delete rec[k];
        else rec[k] = v;
      }
      if (c.set.sources !== undefined) {
        const sources = resolveSources(c.set.sources);
        if (typeof sources === 'string') {
          report.rejected.push(`${at}: cannot fix ${c.id}: ${sources}`);
          return;
        }
        rec.sources = sources;
      }
      const bad = check(target.name, rec);
      if (bad) {
        report.rejected.push(`${at}: cannot fix ${c.id}: ${bad}`);
        return;
      }
      lists[target.name][target.index] = rec;
      report.applied.push(`${at}: fixed ${Object.keys(c.set).join(', ')} of ${c.id}${why}`);
    } else {
      report.rejected.push(`${at}: unknown op "${c.op}"`);
    }
  });
  for (const name of ['incidents', 'actions'] as const) {
    lists[name].sort((a, b) => String(a.date).localeCompare(String(b.date)) || a.id.localeCompare(b.id));
  }
  return report;
}
