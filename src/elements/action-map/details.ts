/**
 * What the popup panel and the table say about one entry: kind, date, place, people, organisers,
 * route and the sources with their quotes. Feed text only through Lit text bindings; links only
 * through `feedLink` (http/https).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedItem, Incident, SolidarityAction } from '../../feed/types.js';
import { isPartialDate } from '../../feed/dates.js';
import { formatDate, formatNumber } from '../../runtime/format.js';
import { feedLink } from '../../runtime/links.js';
import type { Locale } from '../../runtime/i18n.js';
import { placeName } from '../../runtime/places.js';
import { groupSources } from '../../runtime/sources.js';
import type { MapStrings } from './action-map.strings.js';
import { countValue, dateText, placeText, type MapEntry } from './entries.js';

export function kindText(e: MapEntry, s: MapStrings): string {
  const kind = s.kinds[e.record.kind as keyof MapStrings['kinds']] ?? s.kinds.other;
  return e.type === 'incident' ? `${s.incident}: ${kind}` : kind;
}

/** "More than 40 people", "At least 4 killed"… one line per count the record states. */
export function countLines(e: MapEntry, s: MapStrings, locale: Locale): string[] {
  const r = e.record as Partial<Incident>;
  const out: string[] = [];
  const line = (c: Incident['deaths'], fmt: MapStrings['people']) => {
    const v = countValue(c);
    if (v !== undefined && c) out.push(fmt(formatNumber(v, locale), c.qualifier));
  };
  line(r.participants, s.people);
  line(r.deaths, s.deaths);
  line(r.injured, s.injured);
  line(r.arrested, s.arrested);
  return out;
}

function organisers(e: MapEntry): string[] {
  const o = (e.record as SolidarityAction).organisers;
  return Array.isArray(o) ? o.filter((x) => typeof x === 'string' && x.trim() !== '') : [];
}

function routeText(e: MapEntry, locale: Locale): string {
  const r = (e.record as SolidarityAction).route;
  return Array.isArray(r) ? r.map((p) => placeName(p, locale)).filter(Boolean).join(' → ') : '';
}

function itemDate(item: FeedItem, locale: Locale): string {
  const d = item.date_published;
  if (typeof d !== 'string') return '';
  const precision = item._source?.date_precision ?? 'day';
  const partial = precision === 'year' ? d.slice(0, 4) : precision === 'month' ? d.slice(0, 7) : d.slice(0, 10);
  return isPartialDate(partial) ? formatDate(partial, locale) : '';
}

const squash = (t: string): string => t.replace(/\s+/gu, ' ').trim();

/** Whether a title only repeats the quote (the quote itself, or its beginning cut with "…"). */
export function repeatsQuote(title: string, quote: string): boolean {
  const t = squash(title);
  const q = squash(quote);
  if (t === '' || q === '') return false;
  if (t === q) return true;
  const cut = t.replace(/\s*(…|\.\.\.)$/u, '');
  return cut !== t && cut.length > 0 && q.startsWith(cut);
}

export function sourceList(e: MapEntry, items: ReadonlyMap<string, FeedItem>, locale: Locale, withQuotes: boolean, s: MapStrings): TemplateResult {
  const sources = Array.isArray(e.record.sources) ? e.record.sources : [];
  return html`<ul class="sources">
    ${groupSources(sources, (src) => src.item).map(({ first: src, quotes }) => {
      const item = items.get(src.item);
      const publisher = item?._source?.publisher;
      // Shown under its quote, a title that only repeats the quote gives way to the publisher.
      const repeated = withQuotes && !!item?.title && quotes.some((q) => repeatsQuote(item.title!, q));
      const label = repeated ? publisher || s.source : item?.title || src.item;
      const meta = item ? [repeated ? undefined : publisher, itemDate(item, locale)].filter(Boolean).join(', ') : '';
      return html`<li>
        ${withQuotes ? quotes.map((q) => html`<blockquote>${q}</blockquote>`) : nothing}
        <cite>${feedLink(item?.url, label, 'source-link')}</cite>${meta ? html`<span class="meta"> — ${meta}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The body of the popup panel for one entry (its heading is given by the caller for focus). */
export function entryDetails(e: MapEntry, items: ReadonlyMap<string, FeedItem>, s: MapStrings, locale: Locale): TemplateResult {
  const r = e.record;
  const place = placeText(r.place, locale);
  const org = organisers(e);
  const route = routeText(e, locale);
  return html`
    <p class="kind">${kindText(e, s)} · <time datetime=${r.date}>${dateText(r, locale)}</time>${dayNote(e, s)}</p>
    ${place ? html`<p class="where">${place}</p>` : nothing}
    <ul class="facts">
      ${countLines(e, s, locale).map((l) => html`<li>${l}</li>`)}
      ${org.length ? html`<li>${s.organisedBy}: ${org.join(', ')}</li>` : nothing}
      ${route ? html`<li>${s.route}: ${route}</li>` : nothing}
    </ul>
    ${typeof r.description === 'string' && r.description ? html`<p class="description">${r.description}</p>` : nothing}
    ${Array.isArray(r.sources) && r.sources.length
      ? html`<h4 class="sources-title">${s.sources}</h4>${sourceList(e, items, locale, true, s)}`
      : nothing}`;
}

/** " (day not stated)" when the record happened on a day within its range that no source gives. */
export function dayNote(e: MapEntry, s: MapStrings): string {
  const r = e.record;
  return r.range === 'within' && typeof r.end === 'string' && r.end !== r.date ? ` (${s.dayNotStated})` : '';
}

export function organiserText(e: MapEntry, s: MapStrings): string {
  const org = organisers(e);
  return org.length ? `${s.organisedBy}: ${org.join(', ')}` : '';
}
