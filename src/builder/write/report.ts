/**
 * The review page (`--report report.md`): per document, what was found, what is uncertain and what
 * failed — read by a human before a feed goes on a partner's site. Uncertain things come first.
 */
import type { Count, Incident, SolidarityAction, Wage } from '../../feed/types.js';
import type { BuildResult, FactWithDraft } from '../build.js';
import { describeCount } from '../language/counts.js';

const one = (s: string): string => s.replace(/\s+/g, ' ').replace(/([*_`[\]<>])/g, '\\$1').trim();
const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
const count = (label: string, c: Count | undefined): string => (c ? `, ${label} ${describeCount(c)}` : '');

type AnyFact =
  | { list: 'wage'; fact: FactWithDraft<Wage> }
  | { list: 'incident'; fact: FactWithDraft<Incident> }
  | { list: 'action'; fact: FactWithDraft<SolidarityAction> };

function describe(f: AnyFact): string {
  if (f.list === 'wage') {
    const w = f.fact;
    return `wage ${w.currency} ${w.amount} per ${w.period}, ${w.role}${w.country ? `, ${w.country}` : ''}${w.sector ? `, ${w.sector}` : ''}`;
  }
  if (f.list === 'incident') {
    const i = f.fact;
    const when = i.end ? `${i.date}–${i.end}` : i.date;
    return `incident ${when} ${i.kind}: ${one(i.title)}${count('deaths', i.deaths)}${count('injured', i.injured)}${count('arrested', i.arrested)}${count('participants', i.participants)}${i.place ? ` (${one(i.place.name)})` : ''}`;
  }
  const a = f.fact;
  return `action ${a.date} ${a.kind}: ${one(a.title)}${count('participants', a.participants)}${a.place ? ` (${one(a.place.name)}${a.place.lat === undefined ? ', no map position' : ''})` : ''}`;
}

/** Notes that a reviewer should check: hedges, inferred dates, assumed periods, capital markers. */
const UNCERTAIN = /hedged|planned|not stated|taken as|assum|refers back|same sentence|earlier sentence|quoted speech|published date|between|marker|no map|too uncertain|known only/i;

export function renderReport(result: BuildResult, options: { title?: string } = {}): string {
  const { feed, documents } = result;
  const camp = feed._campaign!;
  const facts: AnyFact[] = [
    ...result.facts.wages.map((fact) => ({ list: 'wage' as const, fact })),
    ...result.facts.incidents.map((fact) => ({ list: 'incident' as const, fact })),
    ...result.facts.actions.map((fact) => ({ list: 'action' as const, fact })),
  ];
  const present = new Set([...(camp.wages ?? []), ...(camp.incidents ?? []), ...(camp.actions ?? [])].map((f) => f.id));
  const errors = documents.filter((d) => d.status === 'error');
  const lines: string[] = [];
  lines.push(`# ${options.title ?? 'Feed build report'}`, '');
  lines.push(`Built ${camp.generated}: ${plural(documents.length, 'document')} (${errors.length} failed), ${plural(feed.items.length, 'item')}, ` +
    `${plural(camp.wages?.length ?? 0, 'wage')}, ${plural(camp.incidents?.length ?? 0, 'incident')}, ${plural(camp.actions?.length ?? 0, 'action')}` +
    `${camp.country ? `; campaign country ${camp.country}` : ''}.`, '');
  if (result.problems.length) {
    lines.push('## The feed is NOT valid and was not written', '');
    for (const p of result.problems.slice(0, 50)) lines.push(`- \`${p.path}\` ${one(p.message)}`);
    lines.push('');
  }
  lines.push('## Check before publishing', '');
  let any = false;
  for (const d of errors) {
    lines.push(`- **failed** \`${d.file}\`: ${one(d.messages.join('; '))}`);
    any = true;
  }
  for (const f of facts) {
    if (!present.has(f.fact.id)) continue;
    const notes = f.fact._draft.notes.filter((n) => UNCERTAIN.test(n));
    if (notes.length === 0) continue;
    lines.push(`- \`${f.fact.id}\` ${describe(f)} — ${one(notes.join('; '))}`);
    any = true;
  }
  for (const d of result.dropped) {
    lines.push(`- left out (\`${d.file}\`): ${one(d.reason)} — “${one(d.quote)}”`);
    any = true;
  }
  if (!any) lines.push('Nothing uncertain was found.');
  lines.push('');

  lines.push('## Documents', '');
  for (const d of documents) {
    lines.push(`### \`${d.file}\` — ${d.status}`, '');
    if (d.status === 'error') {
      lines.push(`Failed: ${one(d.messages.join('; '))}. No item was made from it; the rest of the feed was built.`, '');
      continue;
    }
    const m = d.meta;
    const metaBits = [
      d.kind === 'listing' ? 'entries dated one by one' : m.published ? `published ${m.published}` : 'no published date',
      m.publisher ? `publisher ${one(m.publisher)}` : 'no publisher',
      `kind ${d.kind ?? 'article'}`,
      m.language ? `language ${m.language}` : undefined,
      m.url ? `url ${m.url}` : undefined,
    ].filter(Boolean);
    lines.push(`Metadata: ${metaBits.join(', ')}. ${plural(d.items.length, 'item')}.`, '');
    for (const w of d.messages) lines.push(`- warning: ${one(w)}`);
    const mine = facts.filter((f) => f.fact._draft.mentions.some((x) => x.file === d.file));
    if (mine.length) {
      lines.push('', 'Found:');
      for (const f of mine) {
        const quotes = f.fact._draft.mentions.filter((x) => x.file === d.file).map((x) => `“${one(x.quote)}”`);
        const state = present.has(f.fact.id) ? '' : ' **(dropped by a correction)**';
        lines.push(`- \`${f.fact.id}\` ${describe(f)}${state}`, `  - ${[...new Set(quotes)].join('\n  - ')}`);
      }
    } else lines.push('', 'Found: no facts (an item only).');
    const skipped = d.notes.filter((n) => !/^date from/.test(n));
    if (skipped.length) {
      lines.push('', 'Uncertain or skipped:');
      for (const n of skipped) lines.push(`- ${one(n)}`);
    }
    lines.push('');
  }
  if (result.corrections) {
    const c = result.corrections;
    lines.push('## Corrections', '');
    for (const e of c.errors) lines.push(`- **error**: ${one(e)}`);
    for (const s of c.stale) lines.push(`- **stale**: ${one(s)}`);
    for (const r of c.rejected) lines.push(`- **refused**: ${one(r)}`);
    for (const a of c.applied) lines.push(`- ${one(a)}`);
    if (!c.errors.length && !c.stale.length && !c.rejected.length && !c.applied.length) lines.push('No corrections.');
    lines.push('');
  }
  return lines.join('\n');
}
