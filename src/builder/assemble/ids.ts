/**
 * Content-derived ids: the same fact gets the same id on every build, whatever the order of files,
 * so corrections keep pointing at it. Readable prefix (kind, date, place) + a short hash of the
 * fact's identity (kind, date, place, counts; for wages currency, amount, period, role, country).
 */
import type { Incident, SolidarityAction, Wage } from '../../feed/types.js';
import { shortHash, slug, stableStringify } from './hash.js';
import type { Draft } from './merge.js';

function unique<T extends { id: string }>(list: T[]): T[] {
  const seen = new Map<string, number>();
  for (const r of list) {
    const n = seen.get(r.id) ?? 0;
    seen.set(r.id, n + 1);
    // Two facts with one identity would have been merged; this only guards the contract.
    if (n > 0) r.id = `${r.id}-${n + 1}`;
  }
  return list;
}

const byKey = <T>(a: Draft<T>, b: Draft<T>): number =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : JSON.stringify(a.record) < JSON.stringify(b.record) ? -1 : 1;

export function incidentIds(drafts: Draft<Incident>[]): (Incident & { _draft: Draft<Incident> })[] {
  return unique([...drafts].sort(byKey).map((d) => ({
    id: `incident-${d.record.date}-${d.record.kind}-${shortHash(d.key)}`, ...d.record, _draft: d,
  })));
}

export function actionIds(drafts: Draft<SolidarityAction>[]): (SolidarityAction & { _draft: Draft<SolidarityAction> })[] {
  return unique([...drafts].sort(byKey).map((d) => {
    const where = d.record.place ? `-${slug(d.record.place.name, 24)}` : '';
    return { id: `action-${d.record.date}-${d.record.kind}${where}-${shortHash(d.key)}`, ...d.record, _draft: d };
  }));
}

export function wageIds(drafts: Draft<Wage>[]): (Wage & { _draft: Draft<Wage> })[] {
  return unique([...drafts].sort(byKey).map((d) => ({
    id: `wage-${d.record.currency.toLowerCase()}-${String(d.record.amount).replace('.', '_')}-${d.record.role}-${shortHash(d.key)}`, ...d.record, _draft: d,
  })));
}

/** Id of a fact added by a correction: from its content, so re-applying the file adds it once. */
export function addedId(list: 'wages' | 'incidents' | 'actions', fact: Record<string, unknown>): string {
  const prefix = list === 'wages' ? 'wage' : list === 'incidents' ? 'incident' : 'action';
  const { sources: _s, id: _i, ...content } = fact;
  const date = typeof fact.date === 'string' ? `${fact.date}-` : '';
  return `${prefix}-${date}added-${shortHash(stableStringify(content))}`;
}
