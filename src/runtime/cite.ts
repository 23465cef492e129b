/**
 * A citation of one fact, in plain text, for a reader to copy: what happened, the date at the
 * precision the sources give, the place, the counts with their qualifiers, each source (publisher,
 * date, address, the sentence quoted) and the dataset it comes from (the feed's title and home page).
 * In English or Khmer; nothing is invented (a missing place or publisher is left out).
 */
import type { CampaignFeed, Count, FactSource, FeedItem, Incident, Place, Qualifier, SolidarityAction, Wage } from '../feed/types.js';
import type { FactKind } from '../feed/export/csv.js';
import { countryName } from './countries.js';
import { formatDate, formatNumber } from './format.js';
import { defineStrings, type Locale } from './i18n.js';

const strings = defineStrings({
  en: {
    qualifier: { exact: '', 'at-least': 'at least ', about: 'about ', 'more-than': 'more than ' } satisfies Record<Qualifier, string>,
    counts: { deaths: 'killed', injured: 'injured', arrested: 'arrested', participants: 'people taking part' },
    role: { minimum: 'minimum wage', offer: 'offer', demand: "workers' demand", living: 'living wage' } satisfies Record<Wage['role'], string>,
    per: { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year' } satisfies Record<Wage['period'], string>,
    since: (d: string) => `in force from ${d}`,
    sources: 'Sources',
    source: 'Source',
    dataset: 'Dataset',
    quoted: (q: string) => `“${q}”`,
  },
  km: {
    qualifier: { exact: '', 'at-least': 'យ៉ាងហោចណាស់ ', about: 'ប្រហែល ', 'more-than': 'ច្រើនជាង ' },
    counts: { deaths: 'នាក់ស្លាប់', injured: 'នាក់រងរបួស', arrested: 'នាក់ត្រូវចាប់ខ្លួន', participants: 'នាក់ចូលរួម' },
    role: { minimum: 'ប្រាក់ឈ្នួលអប្បបរមា', offer: 'សំណើ', demand: 'ការទាមទាររបស់កម្មករ', living: 'ប្រាក់ឈ្នួលសមរម្យសម្រាប់ការរស់នៅ' },
    per: { hour: 'ក្នុងមួយម៉ោង', day: 'ក្នុងមួយថ្ងៃ', week: 'ក្នុងមួយសប្តាហ៍', month: 'ក្នុងមួយខែ', year: 'ក្នុងមួយឆ្នាំ' },
    since: (d: string) => `ចូលជាធរមានចាប់ពី ${d}`,
    sources: 'ប្រភព',
    source: 'ប្រភព',
    dataset: 'សំណុំទិន្នន័យ',
    quoted: (q: string) => `«${q}»`,
  },
});

type S = ReturnType<typeof strings>;

const placeText = (p: Place | undefined, locale: Locale): string => {
  if (!p) return '';
  const country = p.country ? countryName(p.country, locale) : '';
  return country && p.name !== country && p.name !== p.country ? `${p.name}, ${country}` : p.name || country;
};

const countText = (c: Count, noun: string, s: S, locale: Locale) => `${s.qualifier[c.qualifier]}${formatNumber(c.value, locale)} ${noun}`;

function sourceLines(feed: CampaignFeed, sources: readonly FactSource[], s: S, locale: Locale): string[] {
  const items = new Map(feed.items.map((i) => [i.id, i]));
  return sources.map((src) => {
    const it = items.get(src.item);
    const parts = [
      it?._source?.publisher ?? it?.authors?.map((a) => a.name).join(', '),
      it?.title,
      it?.date_published ? formatDate(it.date_published.slice(0, 10), locale) : undefined,
      it?.url,
    ].filter((x): x is string => !!x);
    return `- ${s.quoted(src.quote)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  });
}

function datasetLine(feed: CampaignFeed, s: S): string {
  return `${s.dataset}: ${[feed.title, feed.home_page_url].filter(Boolean).join(', ')}`;
}

/** The citation of `fact` (of `kind`) from `feed`, in `locale`. */
export function citation(feed: CampaignFeed, kind: FactKind, fact: Incident | SolidarityAction | Wage | FeedItem, locale: Locale = 'en'): string {
  const s = strings(locale);
  const lines: string[] = [];
  if (kind === 'items') {
    const it = fact as FeedItem;
    const parts = [it._source?.publisher ?? it.authors?.map((a) => a.name).join(', '), it.date_published ? formatDate(it.date_published.slice(0, 10), locale) : undefined, it.url];
    lines.push(`${it.title ?? it.id}${parts.some(Boolean) ? `. ${parts.filter(Boolean).join(', ')}` : ''}`);
  } else if (kind === 'wages') {
    const w = fact as Wage;
    const head = [`${s.role[w.role]}: ${formatNumber(w.amount, locale)} ${w.currency} ${s.per[w.period]}`];
    if (w.country) head.push(countryName(w.country, locale));
    if (w.effective) head.push(s.since(formatDate(w.effective, locale)));
    lines.push(head.join(', '));
    lines.push(`${w.sources.length > 1 ? s.sources : s.source}:`, ...sourceLines(feed, w.sources, s, locale));
  } else {
    const e = fact as Incident | SolidarityAction;
    const when = e.end ? `${formatDate(e.date, locale)} – ${formatDate(e.end, locale)}` : formatDate(e.date, locale);
    lines.push([e.title, when, placeText(e.place, locale)].filter(Boolean).join(', '));
    const counts = (['deaths', 'injured', 'arrested', 'participants'] as const)
      .map((k) => ((e as Incident)[k] ? countText((e as Incident)[k]!, s.counts[k], s, locale) : ''))
      .filter(Boolean);
    if (counts.length) lines.push(counts.join('; '));
    if (e.description) lines.push(e.description);
    lines.push(`${e.sources.length > 1 ? s.sources : s.source}:`, ...sourceLines(feed, e.sources, s, locale));
  }
  lines.push(datasetLine(feed, s));
  return lines.join('\n');
}
