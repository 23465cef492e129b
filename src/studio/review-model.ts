/**
 * The review table's rows: every fact of the build (rejected ones too, so they can be restored) and
 * every fact the reviewer added, facts to check first (see uncertain.ts). Pure: built from the
 * base build, the reviewed build and the decisions.
 */
import type { Count, Place } from '../feed/types.js';
import { formatDate, formatNumber } from '../runtime/format.js';
import type { Locale } from '../runtime/i18n.js';
import { additionId, decisionFor, edited, statusOf, type Decisions, type ListName, type Status } from './decisions.js';
import type { BaseBuild, ReviewedBuild } from './protocol.js';
import type { StudioStrings } from './strings.js';
import { checkReasons, type CheckReason } from './uncertain.js';

export type Fact = Record<string, unknown> & { id: string; sources?: { item: string; quote: string }[] };

export interface FactRow {
  id: string;
  list: ListName;
  /** The fact as built (for an added fact: as the reviewer wrote it). */
  built: Fact;
  /** The fact as it will be published (edits applied). */
  current: Fact;
  status: Status | 'added';
  uncertain: boolean;
  /** Why a person should check it (empty when nothing is in doubt). */
  reasons: CheckReason[];
  notes: string[];
  /** Index in `decisions.added` for a fact the reviewer added. */
  addition?: number;
}

const LISTS: ListName[] = ['wages', 'incidents', 'actions'];

export function factRows(base: BaseBuild, reviewed: ReviewedBuild | undefined, decisions: Decisions): FactRow[] {
  const rows: FactRow[] = [];
  for (const list of LISTS) {
    for (const f of (base.feed._campaign?.[list] ?? []) as unknown as Fact[]) {
      const notes = base.notes[f.id] ?? [];
      const reasons = checkReasons(notes);
      rows.push({
        id: f.id, list, built: f, current: edited(f, decisionFor(decisions, f.id)), status: statusOf(decisions, f.id),
        uncertain: reasons.length > 0, reasons, notes,
      });
    }
  }
  const sorted = [
    ...rows.filter((r) => r.uncertain),
    ...rows.filter((r) => !r.uncertain),
  ];
  decisions.added.forEach((a, i) => {
    const id = additionId(a);
    const published = reviewed?.feed._campaign?.[a.list] as unknown as Fact[] | undefined;
    const fact = published?.find((f) => f.id === id) ?? ({ ...a.fact, id } as unknown as Fact);
    sorted.push({ id, list: a.list, built: fact, current: fact, status: 'added', uncertain: false, reasons: [], notes: [], addition: i });
  });
  return sorted;
}

export type Filter = 'all' | 'uncertain' | 'pending' | 'reviewed';

export function filterRows(rows: readonly FactRow[], filter: Filter): FactRow[] {
  switch (filter) {
    case 'uncertain': return rows.filter((r) => r.uncertain);
    case 'pending': return rows.filter((r) => r.status === 'pending');
    case 'reviewed': return rows.filter((r) => r.status !== 'pending');
    default: return [...rows];
  }
}

/** The short texts a table row shows. */
export interface FactText {
  kind: string;
  date: string;
  what: string;
  numbers: string;
  place: string;
}

function countText(c: unknown, label: string, s: StudioStrings, locale: Locale): string | undefined {
  const count = c as Count | undefined;
  if (!count || typeof count.value !== 'number') return undefined;
  const q = count.qualifier && count.qualifier !== 'exact' ? `${s.optionLabels[count.qualifier] ?? count.qualifier} ` : '';
  return `${label}: ${q}${formatNumber(count.value, locale)}`;
}

const placeName = (p: unknown): string => {
  const place = p as Place | undefined;
  return place?.name ? `${place.name}${place.country ? ` (${place.country})` : ''}` : '';
};

export function describeFact(row: Pick<FactRow, 'list' | 'current'>, s: StudioStrings, locale: Locale): FactText {
  const f = row.current;
  const str = (k: string): string => (typeof f[k] === 'string' ? (f[k] as string) : '');
  const date = (d: string): string => (d ? formatDate(d, locale) : '');
  if (row.list === 'wages') {
    const amount = typeof f.amount === 'number' ? formatNumber(f.amount, locale) : '?';
    return {
      kind: `${s.list.wages}: ${s.optionLabels[str('role')] ?? str('role')}`,
      date: date(str('effective')),
      what: `${amount} ${str('currency')} / ${s.optionLabels[str('period')] ?? str('period')}${str('sector') ? ` (${str('sector')})` : ''}`,
      numbers: '',
      place: str('country'),
    };
  }
  const counts = (['deaths', 'injured', 'arrested', 'participants'] as const)
    .map((k) => countText(f[k], s.fieldLabels[k], s, locale))
    .filter(Boolean)
    .join('; ');
  const route = Array.isArray(f.route) ? (f.route as Place[]).map((p) => p.name).join(' → ') : '';
  return {
    kind: `${s.list[row.list]}: ${s.optionLabels[str('kind')] ?? str('kind')}`,
    date: str('end') ? `${date(str('date'))} – ${date(str('end'))}` : date(str('date')),
    what: str('title'),
    numbers: counts,
    place: route || placeName(f.place),
  };
}
