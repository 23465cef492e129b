/**
 * One fact mentioned in several places is one fact with several sources. Mentions are merged by kind,
 * overlapping dates, place and compatible counts, most precise first, so that "in early January" joins
 * "the following day" (3 January) and "Four people were killed … last week" joins "at least four".
 * The merged fact keeps the most precise date and the most cautious reading of its counts.
 */
import type { Count, FactSource, Incident, Place, SolidarityAction, Wage } from '../../feed/types.js';
import { containingDate, formatDay, overlaps, ymd, type DayRange } from '../language/calendar.js';
import type { ResolvedDate } from '../language/when.js';
import type { ActionMention, CountField, IncidentMention, Mention, WageMention } from '../facts/model.js';
import { countryPlace, toPlace } from '../language/places.js';
import { actionTitle, incidentTitle } from './titles.js';

export interface Draft<T> {
  record: Omit<T, 'id'>;
  /** What identifies the fact, for its content-derived id. */
  key: string;
  mentions: Mention[];
  notes: string[];
}

export interface MergeInput {
  mentions: Mention[];
  /** The most-named country of each item, for sentences that name none. */
  itemCountry: Map<string, string | undefined>;
  campaignCountry?: string;
}

export interface MergeOutput {
  wages: Draft<Wage>[];
  incidents: Draft<Incident>[];
  actions: Draft<SolidarityAction>[];
  /** Mentions left out, per item, with the reason. */
  dropped: { item: string; file: string; quote: string; reason: string }[];
}

const width = (d: ResolvedDate | undefined): number => (d ? d.hi - d.lo : Infinity);
const monthIndex = (day: number): number => {
  const [y, m] = ymd(day);
  return y * 12 + m - 1;
};
const FIELDS: CountField[] = ['deaths', 'injured', 'arrested', 'participants'];

/** The date a mention can publish: a partial date, or a bounded day range (`end`). */
export function emittedDate(d: ResolvedDate | undefined): { date: string; end?: string; within?: boolean } | undefined {
  if (!d) return undefined;
  if (d.span && d.stated === 'day' && d.hi > d.lo && d.hi - d.lo <= 7) {
    return { date: formatDay(d.lo), end: formatDay(d.hi), ...(d.within ? { within: true } : {}) };
  }
  const date = containingDate(d, d.stated === 'week' ? 'day' : d.stated);
  return date ? { date } : undefined;
}

function interval(c: Count): [number, number] {
  switch (c.qualifier) {
    case 'exact': return [c.value, c.value];
    case 'at-least': return [c.value, Infinity];
    case 'more-than': return [c.value + 1, Infinity];
    default: return [Math.floor(c.value * 0.5), Math.ceil(c.value * 1.5)];
  }
}

export function countsCompatible(a: Count, b: Count): boolean {
  const [a1, a2] = interval(a);
  const [b1, b2] = interval(b);
  return a1 <= b2 && b1 <= a2;
}

/**
 * The most cautious single reading of several compatible counts: the largest lower bound any source
 * states; "exact" only when every source gives the same exact number; "about" only when that is all
 * there is.
 */
export function combineCounts(counts: Count[]): Count | undefined {
  if (counts.length === 0) return undefined;
  const firm = counts.filter((c) => c.qualifier !== 'about');
  if (firm.length === 0) return counts[0];
  let best = firm[0];
  for (const c of firm) if (interval(c)[0] > interval(best)[0]) best = c;
  if (firm.every((c) => c.qualifier === 'exact' && c.value === best.value)) return { value: best.value, qualifier: 'exact' };
  return best.qualifier === 'exact' ? { value: best.value, qualifier: 'at-least' } : { ...best };
}

function sourcesOf(mentions: Mention[]): FactSource[] {
  const out: FactSource[] = [];
  const seen = new Set<string>();
  for (const m of [...mentions].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))) {
    for (const q of [m.quote, ...(m.extraQuotes ?? [])]) {
      const k = `${m.item}\n${q}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ item: m.item, quote: q });
    }
  }
  return out;
}

interface Cluster<M extends IncidentMention | ActionMention> {
  best: M;
  range: DayRange;
  members: M[];
  /**
   * Per count field, the values every member allows (the intersection of their intervals). Members
   * are pairwise compatible, so in one dimension they share a common value (Helly), and a newcomer
   * is compatible with all of them exactly when it meets this intersection: O(1), not O(members).
   */
  bounds: Partial<Record<CountField, [number, number]>>;
}

function addBounds<M extends IncidentMention | ActionMention>(c: Cluster<M>, m: M): void {
  if (m.type !== 'incident') return;
  for (const f of FIELDS) {
    const mine = m.counts[f];
    if (!mine) continue;
    const [lo, hi] = interval(mine);
    const b = c.bounds[f];
    c.bounds[f] = b ? [Math.max(b[0], lo), Math.min(b[1], hi)] : [lo, hi];
  }
}

function cluster<M extends IncidentMention | ActionMention>(
  mentions: M[],
  compatible: (m: M, c: Cluster<M>) => boolean,
  dropped: MergeOutput['dropped'],
): Cluster<M>[] {
  const sorted = [...mentions].sort((a, b) => width(a.date) - width(b.date) || (a.order < b.order ? -1 : 1));
  const clusters: Cluster<M>[] = [];
  // Clusters indexed by kind and month, so a build of 10,000 documents compares each mention with
  // the few clusters of its own months, not with all of them.
  const buckets = new Map<string, Cluster<M>[]>();
  const months = (r: DayRange): number[] => {
    const a = monthIndex(r.lo);
    const b = Math.min(monthIndex(r.hi), a + 13);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  };
  for (const m of sorted) {
    if (!m.date) continue;
    const family = m.kind === 'killing' ? 'violence' : m.kind;
    let home: Cluster<M> | undefined;
    for (const month of months(m.date)) {
      home = buckets.get(`${family}|${month}`)?.find((c) => overlaps(c.range, m.date!) && compatible(m, c));
      if (home) break;
    }
    if (home) {
      home.members.push(m);
      addBounds(home, m);
      continue;
    }
    if (!emittedDate(m.date)) {
      dropped.push({ item: m.item, file: m.file, quote: m.quote, reason: `${m.kind}: its date ("${m.date.text}") is too uncertain to publish and no other mention fixes it` });
      continue;
    }
    const c: Cluster<M> = { best: m, range: { lo: m.date.lo, hi: m.date.hi }, members: [m], bounds: {} };
    addBounds(c, m);
    for (const month of months(c.range)) {
      const key = `${family}|${month}`;
      const list = buckets.get(key);
      if (list) list.push(c);
      else buckets.set(key, [c]);
    }
    clusters.push(c);
  }
  return clusters;
}

/** Both dates are publishable at month precision or finer: a shared month means the same event. */
const precise = (m: { date?: ResolvedDate }): boolean => {
  const e = emittedDate(m.date);
  return !!e && e.date.length >= 7;
};

export function mergeMentions(input: MergeInput): MergeOutput {
  const campaign = input.campaignCountry;
  const dropped: MergeOutput['dropped'] = [];
  const countryOf = (m: Mention, named: string[]): string | undefined =>
    named[0] ?? input.itemCountry.get(m.item) ?? campaign;
  const incidentCountry = (m: IncidentMention): string | undefined => m.country ?? countryOf(m, m.countries);

  const incidents: IncidentMention[] = [];
  const actions: ActionMention[] = [];
  const wages: WageMention[] = [];
  // Each mention says where it happened (extract.ts); the campaign's country only fills a silence.
  for (const m of input.mentions) {
    if (m.type === 'wage') wages.push(m);
    else if (m.type === 'action') actions.push(m);
    else incidents.push(m);
  }

  const incidentClusters = cluster(incidents, (m, c) => {
    const b = c.best;
    if (m.kind !== b.kind && !(m.date!.lo === m.date!.hi && c.range.lo === c.range.hi && m.date!.lo === c.range.lo)) return false;
    if (m.city && b.city && m.city.entry.name !== b.city.entry.name) return false;
    if (incidentCountry(m) && incidentCountry(b) && incidentCountry(m) !== incidentCountry(b)) return false;
    let shared = false;
    for (const f of FIELDS) {
      const mine = m.counts[f];
      const b = c.bounds[f];
      if (!mine || !b) continue;
      const [lo, hi] = interval(mine);
      if (lo > b[1] || b[0] > hi) return false;
      shared = true;
    }
    return shared || (precise(m) && precise(b));
  }, dropped);

  const outIncidents: Draft<Incident>[] = incidentClusters.map((c) => {
    const members = c.members;
    const best = c.best;
    const e = emittedDate(best.date)!;
    const counts: Partial<Record<CountField, Count>> = {};
    for (const f of FIELDS) {
      const v = combineCounts(members.map((x) => x.counts[f]).filter((x): x is Count => !!x));
      if (v) counts[f] = v;
    }
    const kind = members.some((x) => x.kind === 'killing') ? 'killing' : best.kind;
    const country = incidentCountry(best) ?? members.map(incidentCountry).find(Boolean);
    const withCity = members.find((x) => x.city && x.city.entry.country === country);
    const place: Place | undefined = withCity?.city ? toPlace(withCity.city.entry) : country ? countryPlace(country) : undefined;
    const richest = [...members].sort((a, b) => Object.keys(b.counts).length - Object.keys(a.counts).length)[0];
    const title = incidentTitle({
      kind, label: kind === best.kind ? best.label : richest.label, counts, vague: Object.assign({}, ...members.map((x) => x.vague)),
      nouns: Object.assign({}, ...members.map((x) => x.nouns)), actor: best.actor ?? richest.actor, detail: best.detail,
      sector: members.find((x) => x.sector)?.sector, future: best.notes.some((n) => n.startsWith('planned')), quote: best.quote,
    });
    const record: Omit<Incident, 'id'> = { date: e.date, kind, title, sources: sourcesOf(members) };
    // "The day is not stated" is data, said by the elements in the reader's language.
    if (e.end) record.end = e.end;
    if (e.end && e.within) record.range = 'within';
    Object.assign(record, counts);
    if (place) record.place = place;
    const notes = [...new Set(members.flatMap((x) => x.notes))];
    if (best.date!.notes.length) notes.push(...best.date!.notes);
    const key = ['incident', kind, e.date, place?.country ?? '', place?.name ?? '', ...FIELDS.map((f) => counts[f]?.value ?? '')].join('|');
    return { record, key, mentions: members, notes };
  });

  const actionClusters = cluster(actions, (m, c) => {
    const b = c.best;
    if (m.kind !== b.kind) return false;
    if ((m.place?.name ?? '') !== (b.place?.name ?? '')) return false;
    if (m.detail && b.detail && m.detail !== b.detail && (m.kind === 'letter' || m.kind === 'petition')) return false;
    if (m.participants && b.participants && !countsCompatible(m.participants, b.participants)) return false;
    return precise(m) && precise(b);
  }, dropped);

  const outActions: Draft<SolidarityAction>[] = actionClusters.map((c) => {
    const best = c.best;
    const e = emittedDate(best.date)!;
    const members = c.members;
    const participants = combineCounts(members.map((x) => x.participants).filter((x): x is Count => !!x));
    const merged = {
      ...best,
      place: best.place ?? members.find((x) => x.place)?.place,
      route: best.route ?? members.find((x) => x.route)?.route,
      embassyOf: best.embassyOf ?? members.find((x) => x.embassyOf)?.embassyOf,
      detail: best.detail ?? members.find((x) => x.detail)?.detail,
    };
    const record: Omit<SolidarityAction, 'id'> = { date: e.date, kind: best.kind, title: actionTitle(merged), sources: sourcesOf(members) };
    if (e.end) record.end = e.end;
    if (e.end && e.within) record.range = 'within';
    if (merged.place) record.place = merged.place;
    if (merged.route) record.route = merged.route;
    if (participants) record.participants = participants;
    const notes = [...new Set(members.flatMap((x) => x.notes))];
    if (best.date!.notes.length) notes.push(...best.date!.notes);
    const key = ['action', best.kind, e.date, merged.place?.country ?? '', merged.place?.name ?? '', merged.detail ?? ''].join('|');
    return { record, key, mentions: members, notes };
  });

  const wageGroups = new Map<string, WageMention[]>();
  for (const w of wages) {
    const country = w.country ?? countryOf(w, w.countries);
    const key = ['wage', w.currency, w.amount, w.period, w.role, country ?? ''].join('|');
    wageGroups.set(key, [...(wageGroups.get(key) ?? []), { ...w, country }]);
  }
  const outWages: Draft<Wage>[] = [...wageGroups.entries()].map(([key, ws]) => {
    const w = ws[0];
    const record: Omit<Wage, 'id'> = { amount: w.amount, currency: w.currency, period: w.period, role: w.role, sources: sourcesOf(ws) };
    if (w.country) record.country = w.country;
    const sector = ws.find((x) => x.sector)?.sector;
    if (sector) record.sector = sector;
    return { record, key, mentions: ws, notes: [...new Set(ws.flatMap((x) => x.notes))] };
  });

  return { wages: outWages, incidents: outIncidents, actions: outActions, dropped };
}
