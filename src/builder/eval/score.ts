/**
 * Scores a build against gold (issue 19): recall and precision per kind of fact, field agreement,
 * every miss and every extra, and three counts that must stay at zero. Pure (no node: imports):
 * node/eval.ts reads the folder and the gold file.
 *
 *   const report = scoreBuild({ feed, documents, bodies }, gold);
 *   console.log(formatEval(report));
 */
import { truncateDate } from '../../feed/dates.js';
import type { CampaignFeed, Count, FactSource } from '../../feed/types.js';
import { COUNT_FIELDS, dateRange, type Gold } from './gold.js';

export { COUNT_FIELDS, parseGold } from './gold.js';
export type { Gold, GoldAction, GoldIncident, GoldItem, GoldNotWage, GoldParse, GoldWage } from './gold.js';

export type Kind = 'incidents' | 'actions' | 'wages' | 'items';
export type FactKind = Exclude<Kind, 'items'>;
export const KINDS: readonly Kind[] = ['incidents', 'actions', 'wages', 'items'];
const FACT_KINDS: readonly FactKind[] = ['incidents', 'actions', 'wages'];

export type Value = string | number | undefined;

/** What the scorer needs of a build (a `BuildResult` has it all). */
export interface EvalInput {
  feed: CampaignFeed;
  /** Each document's file (relative to the folder) and the ids of its items. */
  documents: readonly { file: string; items: readonly string[] }[];
  /** Document bodies (after front matter) for the verbatim check; otherwise the items' content_text. */
  bodies?: Readonly<Record<string, string>>;
}

/** One fact as scored: a gold entry, or an extracted fact's sources in one document. */
interface Row {
  doc: string;
  quotes: string[];
  values: Record<string, Value>;
}

/**
 * How a field takes part: `key` must agree for a match; `given` must agree when gold gives it (the
 * counts); `info` is only reported in the field table.
 */
interface Field {
  name: string;
  role: 'key' | 'given' | 'info';
  agree: (gold: Value, got: Value) => boolean;
}

const same = (g: Value, e: Value): boolean => g === e;
/** At the gold's precision: gold `2014-01` takes `2014-01` or any `2014-01-DD`; a gold day needs that day. */
const atPrecision = (g: Value, e: Value): boolean =>
  typeof g === 'string' && typeof e === 'string' && e.length >= g.length && e.startsWith(g);
/** Gold `XX` (the text names no place) matches a fact with no country. */
const sameCountry = (g: Value, e: Value): boolean => (g === 'XX' ? e === undefined || e === '' || e === 'XX' : g === e);
/** Strict: the whole range of the extracted date (a month is all its days) lies within gold's `from/to`. */
const within = (g: Value, e: Value): boolean => {
  if (typeof g !== 'string' || typeof e !== 'string') return false;
  const [from, to] = g.split('/');
  const [start, end] = dateRange(e);
  return start >= dateRange(from)[0] && end <= dateRange(to ?? from)[1];
};

const FIELDS: Record<Kind, Field[]> = {
  incidents: [
    { name: 'date', role: 'key', agree: atPrecision },
    { name: 'country', role: 'key', agree: sameCountry },
    { name: 'kind', role: 'info', agree: same },
    ...COUNT_FIELDS.map((name): Field => ({ name, role: 'given', agree: same })),
  ],
  actions: [
    { name: 'date', role: 'key', agree: within },
    { name: 'country', role: 'key', agree: sameCountry },
    { name: 'kind', role: 'info', agree: same },
  ],
  wages: [
    { name: 'amount', role: 'key', agree: same },
    { name: 'currency', role: 'key', agree: same },
    { name: 'role', role: 'key', agree: same },
    { name: 'period', role: 'info', agree: same },
  ],
  items: [{ name: 'date', role: 'key', agree: atPrecision }],
};

export interface KindScore {
  gold: number;
  extracted: number;
  matched: number;
  /** matched / gold; null when gold has none. */
  recall: number | null;
  /** matched / extracted; null when nothing was extracted. */
  precision: number | null;
}

export interface FieldAgreement {
  field: string;
  /** A key field agrees in every matched pair by definition. */
  key: boolean;
  /** Over matched pairs: [agree, pairs]. Counts: only pairs where gold or the extract gives one. */
  matched: [number, number];
  /** Over near pairs (a missed gold fact and its nearest extract): [agree, pairs]. */
  near: [number, number];
}

export interface Listed {
  kind: Kind;
  doc: string;
  fields: Record<string, Value>;
  quotes: string[];
  /** For a miss: the extracted fact of the same document whose quote overlaps it, if any. */
  nearest?: {
    fields: Record<string, Value>;
    quotes: string[];
    differs: string[];
    /** The nearest extract is matched to another gold fact. */
    taken: boolean;
  };
}

export interface QuoteProblem {
  kind: FactKind;
  doc: string;
  id: string;
  quote: string;
}

export interface EvalReport {
  documents: number;
  /** How facts were matched, in words (printed as the header). */
  method: string[];
  scores: Record<Kind, KindScore>;
  fields: Record<FactKind, FieldAgreement[]>;
  misses: Listed[];
  extras: Listed[];
  /** Extracted wages whose amount is a not-wage of the same document (must be 0). */
  notWagesHit: number;
  /** Facts extracted from documents gold lists as silent (must be 0). */
  silentFacts: number;
  /** Fact quotes not found verbatim (white space folded) in their document (must be 0). */
  nonVerbatimQuotes: number;
  details: { notWages: (Listed & { why?: string })[]; silent: Listed[]; nonVerbatim: QuoteProblem[] };
  /** About the gold (documents missing from the build, quotes not in their document) and the build. */
  warnings: string[];
}

export const METHOD = [
  'One-to-one matching: a maximum bipartite matching within each document, so each gold fact and each',
  'extracted fact is used at most once and duplicates count as false positives. A fact with sources in',
  'several documents counts once per document. Keys: incident date (at gold precision), country and every',
  'count gold gives; action country (XX = no country) and date, strictly within from–to (a month-only date',
  'never fits a one-day range; `end` is not scored); wage amount, currency and role; item date.',
];

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const countOf = (c: Count | undefined): number | undefined => (c && typeof c.value === 'number' ? c.value : undefined);

/** One row per document the fact's sources come from. */
function rowsOf(
  sources: readonly FactSource[], docOf: (item: string) => string | undefined, values: Record<string, Value>,
): Row[] {
  const byDoc = new Map<string, string[]>();
  for (const s of sources ?? []) {
    const doc = docOf(s.item);
    if (doc === undefined) continue;
    const quotes = byDoc.get(doc) ?? [];
    if (!quotes.includes(s.quote)) quotes.push(s.quote);
    byDoc.set(doc, quotes);
  }
  return [...byDoc].map(([doc, quotes]) => ({ doc, quotes, values }));
}

function goldRows(gold: Gold): Record<Kind, Row[]> {
  return {
    incidents: gold.incidents.map((g) => ({
      doc: g.doc, quotes: [g.quote],
      values: {
        date: g.date, country: g.country, kind: g.kind,
        ...Object.fromEntries(COUNT_FIELDS.map((c) => [c, g[c]])),
      },
    })),
    actions: gold.actions.map((g) => ({
      doc: g.doc, quotes: [g.quote],
      values: { date: g.from === g.to ? g.from : `${g.from}/${g.to}`, country: g.country, kind: g.kind },
    })),
    wages: gold.wages.map((g) => ({
      doc: g.doc, quotes: [g.quote], values: { amount: g.amount, currency: g.currency, role: g.role, period: g.period },
    })),
    items: gold.items.map((g) => ({ doc: g.doc, quotes: [], values: { date: g.date } })),
  };
}

function extractedRows(feed: CampaignFeed, docOf: (item: string) => string | undefined): Record<Kind, Row[]> {
  const c = feed._campaign ?? { incidents: [], actions: [], wages: [] };
  // Read loosely: a fact may carry its country on itself or on its place.
  const countryOf = (f: { country?: string; place?: { country?: string } }): string | undefined =>
    f.country ?? f.place?.country;
  return {
    incidents: (c.incidents ?? []).flatMap((f) => rowsOf(f.sources, docOf, {
      date: f.date, country: countryOf(f as { country?: string }), kind: f.kind,
      ...Object.fromEntries(COUNT_FIELDS.map((k) => [k, countOf(f[k])])),
    })),
    actions: (c.actions ?? []).flatMap((f) => rowsOf(f.sources, docOf, {
      date: f.date, country: countryOf(f as { country?: string }), kind: f.kind,
    })),
    wages: (c.wages ?? []).flatMap((f) => rowsOf(f.sources, docOf, {
      amount: f.amount, currency: f.currency, role: f.role, period: f.period,
    })),
    items: feed.items.flatMap((i) => {
      const doc = docOf(i.id);
      if (doc === undefined) return [];
      const date = i.date_published ? truncateDate(i.date_published, i._source?.date_precision ?? 'day') : undefined;
      return [{ doc, quotes: [], values: { date } }];
    }),
  };
}

/** Word runs of this length shared by two quotes make them overlap (one sentence split differently). */
const RUN = 8;
function overlaps(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.includes(y) || y.includes(x)) return true;
  const runs = (s: string): string[] => {
    const w = s.split(' ');
    const out: string[] = [];
    for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
    return out;
  };
  const seen = new Set(runs(x));
  return runs(y).some((r) => seen.has(r));
}
const quotesOverlap = (g: Row, e: Row): boolean => g.quotes.some((q) => e.quotes.some((r) => overlaps(q, r)));

const keyMatch = (fields: Field[], g: Row, e: Row): boolean =>
  g.doc === e.doc && fields.every((f) => {
    const gv = g.values[f.name];
    return f.role === 'info' || (f.role === 'given' && gv === undefined) || f.agree(gv, e.values[f.name]);
  });

/** Fields that disagree; a count only when gold or the extract gives one. */
const differing = (fields: Field[], g: Row, e: Row): string[] =>
  fields.filter((f) => {
    const gv = g.values[f.name];
    const ev = e.values[f.name];
    if (f.role === 'given' && gv === undefined && ev === undefined) return false;
    return !f.agree(gv, ev);
  }).map((f) => f.name);

/** Maximum bipartite matching (augmenting paths); candidates agreeing on more fields are tried first. */
function matchRows(fields: Field[], gold: Row[], got: Row[]): number[] {
  const byDoc = new Map<string, number[]>();
  got.forEach((e, i) => {
    const list = byDoc.get(e.doc);
    if (list) list.push(i);
    else byDoc.set(e.doc, [i]);
  });
  const prefer = (g: Row, e: Row): number => -differing(fields, g, e).length + (quotesOverlap(g, e) ? 0.5 : 0);
  const adj = gold.map((g) => (byDoc.get(g.doc) ?? [])
    .filter((i) => keyMatch(fields, g, got[i]))
    .sort((a, b) => prefer(g, got[b]) - prefer(g, got[a]) || a - b));
  const goldOf = new Array<number>(got.length).fill(-1);
  const augment = (g: number, seen: Set<number>): boolean => {
    for (const e of adj[g]) {
      if (seen.has(e)) continue;
      seen.add(e);
      if (goldOf[e] < 0 || augment(goldOf[e], seen)) {
        goldOf[e] = g;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, g) => augment(g, new Set()));
  const matchOf = new Array<number>(gold.length).fill(-1);
  goldOf.forEach((g, e) => {
    if (g >= 0) matchOf[g] = e;
  });
  return matchOf;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function scoreBuild(input: EvalInput, gold: Gold): EvalReport {
  const { feed } = input;
  const fileOfItem = new Map<string, string>();
  for (const d of input.documents) for (const id of d.items) fileOfItem.set(id, d.file);
  for (const i of feed.items) if (!fileOfItem.has(i.id) && i._source?.file) fileOfItem.set(i.id, i._source.file);
  const docOf = (item: string): string | undefined => fileOfItem.get(item);

  const bodies = new Map<string, string>();
  for (const d of input.documents) {
    const own = input.bodies?.[d.file];
    const text = own ?? feed.items.filter((i) => fileOfItem.get(i.id) === d.file)
      .map((i) => i.content_text ?? '').join('\n');
    bodies.set(d.file, fold(text));
  }
  const verbatim = (doc: string, quote: string): boolean => bodies.get(doc)?.includes(fold(quote)) ?? false;

  const warnings: string[] = [];
  const known = new Set(input.documents.map((d) => d.file));
  const goldDocs = new Set([...KINDS.flatMap((k) => gold[k].map((g) => g.doc)), ...gold.silent]);
  const absent = [...goldDocs].filter((d) => !known.has(d)).sort();
  if (absent.length) warnings.push(`gold: names ${absent.length} document(s) not in the build: ${absent.join(', ')}`);
  for (const k of FACT_KINDS) {
    gold[k].forEach((g, i) => {
      if (!known.has(g.doc) || verbatim(g.doc, g.quote)) return;
      warnings.push(`gold: ${k}[${i}] (${g.doc}): quote not in the document`);
    });
  }

  const goldBy = goldRows(gold);
  const gotBy = extractedRows(feed, docOf);
  const scores = {} as Record<Kind, KindScore>;
  const fields = {} as Record<FactKind, FieldAgreement[]>;
  const misses: Listed[] = [];
  const extras: Listed[] = [];
  for (const kind of KINDS) {
    const fs = FIELDS[kind];
    const g = goldBy[kind];
    const e = gotBy[kind];
    const matchOf = matchRows(fs, g, e);
    const used = new Set(matchOf.filter((i) => i >= 0));
    scores[kind] = {
      gold: g.length, extracted: e.length, matched: used.size,
      recall: ratio(used.size, g.length), precision: ratio(used.size, e.length),
    };
    const pairs: [Row, Row][] = [];
    const near: [Row, Row][] = [];
    g.forEach((row, i) => {
      if (matchOf[i] >= 0) {
        pairs.push([row, e[matchOf[i]]]);
        return;
      }
      // The nearest extract: same document, an overlapping quote, the fewest differing fields.
      let at = -1;
      e.forEach((cand, j) => {
        if (cand.doc !== row.doc || !quotesOverlap(row, cand)) return;
        if (at < 0 || differing(fs, row, cand).length < differing(fs, row, e[at]).length) at = j;
      });
      const best = at >= 0 ? e[at] : undefined;
      if (best) near.push([row, best]);
      misses.push({
        kind, doc: row.doc, fields: row.values, quotes: row.quotes,
        ...(best ? {
          nearest: { fields: best.values, quotes: best.quotes, differs: differing(fs, row, best), taken: used.has(at) },
        } : {}),
      });
    });
    e.forEach((row, i) => {
      if (!used.has(i)) extras.push({ kind, doc: row.doc, fields: row.values, quotes: row.quotes });
    });
    if (kind === 'items') continue;
    fields[kind] = fs.map((f) => ({
      field: f.name, key: f.role === 'key', matched: agreement(f, pairs), near: agreement(f, near),
    }));
  }

  const silentDocs = new Set(gold.silent);
  const silent = FACT_KINDS.flatMap((kind) => gotBy[kind].filter((r) => silentDocs.has(r.doc))
    .map((r): Listed => ({ kind, doc: r.doc, fields: r.values, quotes: r.quotes })));
  const notWages = gotBy.wages.flatMap((r) => {
    const hit = gold.not_wages.find((n) => n.doc === r.doc && n.amount === r.values.amount);
    return hit ? [{ kind: 'wages' as const, doc: r.doc, fields: r.values, quotes: r.quotes, why: hit.why }] : [];
  });
  const nonVerbatim: QuoteProblem[] = [];
  const c = feed._campaign;
  for (const kind of FACT_KINDS) {
    for (const f of (c?.[kind] ?? []) as { id: string; sources?: FactSource[] }[]) {
      for (const s of f.sources ?? []) {
        const doc = docOf(s.item);
        if (doc !== undefined && verbatim(doc, s.quote)) continue;
        nonVerbatim.push({ kind, doc: doc ?? `(unknown item ${s.item})`, id: f.id, quote: s.quote });
      }
    }
  }
  return {
    documents: input.documents.length,
    method: METHOD,
    scores, fields, misses, extras,
    notWagesHit: notWages.length, silentFacts: silent.length, nonVerbatimQuotes: nonVerbatim.length,
    details: { notWages, silent, nonVerbatim },
    warnings,
  };
}

function agreement(f: Field, pairs: [Row, Row][]): [number, number] {
  let agree = 0;
  let total = 0;
  for (const [g, e] of pairs) {
    const gv = g.values[f.name];
    const ev = e.values[f.name];
    if (f.role === 'given' && gv === undefined && ev === undefined) continue;
    total++;
    if (f.agree(gv, ev)) agree++;
  }
  return [agree, total];
}

// ── Plain-text report ────────────────────────────────────────────────────────────────────────────

const frac = (n: number, d: number): string => (d === 0 ? `— (0/0)` : `${(n / d).toFixed(2)} (${n}/${d})`);
const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length));

/** Key fields of a fact in one line: `2014-01-03 KH violence deaths=4`. */
export function describe(kind: Kind, v: Record<string, Value>): string {
  if (kind === 'items') return String(v.date ?? 'no date');
  if (kind === 'wages') return `${v.amount} ${v.currency} ${v.role} per ${v.period}`;
  const counts = COUNT_FIELDS.filter((c) => v[c] !== undefined).map((c) => ` ${c}=${v[c]}`).join('');
  const none = kind === 'actions' ? 'no place' : 'no country';
  const where = v.country === undefined || v.country === '' ? none : v.country;
  return `${v.date ?? 'no date'} ${where} ${v.kind}${counts}`;
}

export function formatEval(report: EvalReport): string {
  const out: string[] = [`Evaluation of ${report.documents} documents against gold`, ...report.method, ''];
  const head = [pad('kind', 11), pad('recall', 17), pad('precision', 17), pad('gold', 6), pad('extracted', 11)];
  out.push(`${head.join('')}matched`);
  for (const k of KINDS) {
    const s = report.scores[k];
    out.push(`${pad(k, 11)}${pad(frac(s.matched, s.gold), 17)}${pad(frac(s.matched, s.extracted), 17)}` +
      `${pad(String(s.gold), 6)}${pad(String(s.extracted), 11)}${s.matched}`);
  }
  out.push('', 'Must be 0:');
  out.push(`  wages whose amount is a not-wage of their document  ${report.notWagesHit}`);
  out.push(`  facts from silent documents                          ${report.silentFacts}`);
  out.push(`  quotes not verbatim in their document                ${report.nonVerbatimQuotes}`);
  for (const w of report.details.notWages) {
    out.push(`    not-wage: ${w.doc} ${describe('wages', w.fields)}${w.why ? ` (gold: ${w.why})` : ''}`);
  }
  for (const s of report.details.silent) out.push(`    silent: ${s.doc} ${s.kind} ${describe(s.kind, s.fields)}`);
  for (const q of report.details.nonVerbatim) out.push(`    not verbatim: ${q.doc} ${q.id}: "${q.quote}"`);

  if (report.warnings.length) out.push('', 'Notes:', ...report.warnings.map((w) => `  ${w}`));
  out.push('', 'Field agreement (agree/pairs). matched: gold fact and its match. near: a missed gold fact and the');
  out.push('extracted fact of its document whose quote overlaps it with the fewest differing fields.');
  out.push('* key field (agrees in every matched pair). Counts: only pairs where gold or the extract gives one.');
  for (const k of FACT_KINDS) {
    out.push(`  ${pad(k, 15)}${pad('matched', 14)}near`);
    for (const f of report.fields[k]) {
      const name = pad(f.field + (f.key ? '*' : ''), 13);
      out.push(`    ${name}${pad(`${f.matched[0]}/${f.matched[1]}`, 14)}${f.near[0]}/${f.near[1]}`);
    }
  }

  const list = (title: string, rows: Listed[]): void => {
    out.push('', `${title}: ${rows.length}`);
    for (const k of KINDS) {
      const of = rows.filter((r) => r.kind === k);
      if (!of.length) continue;
      out.push(`  ${k} (${of.length})`);
      for (const r of of) {
        out.push(`    ${r.doc}  ${describe(k, r.fields)}`);
        for (const q of r.quotes) out.push(`      "${q}"`);
        if (r.nearest) {
          const n = r.nearest;
          const taken = n.taken ? '; matched to another gold fact' : '';
          const note = `differs: ${n.differs.join(', ') || 'nothing'}${taken}`;
          out.push(`      nearest: ${describe(k, n.fields)} (${note})`);
          for (const q of r.nearest.quotes) if (!r.quotes.includes(q)) out.push(`        "${q}"`);
        }
      }
    }
  };
  list('Misses (gold facts not matched)', report.misses);
  list('Extras (extracted facts matching no gold fact)', report.extras);
  return `${out.join('\n')}\n`;
}
