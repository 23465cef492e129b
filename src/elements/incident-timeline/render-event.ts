import { html, nothing, type TemplateResult } from 'lit';
import { datePrecision } from '../../feed/dates.js';
import type { PartialDate } from '../../feed/types.js';
import { formatDate, toKhmerDigits } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { feedLink } from '../../runtime/links.js';
import { placeText } from '../../runtime/places.js';
import { groupSources } from '../../runtime/sources.js';
import { COUNT_FIELDS } from './counts.js';
import { kindIcon } from './icons.js';
import type { TimelineEvent } from './model.js';
import type { TimelineStrings } from './incident-timeline.strings.js';

/** What an event card needs besides the event: language, options and which disclosures are open. */
export interface CardContext {
  s: TimelineStrings;
  locale: Locale;
  /** aria-level of the event's title. */
  level: number;
  contentWarning: boolean;
  /** Prefix of the ids inside the card, unique within the shadow root. */
  idPrefix: string;
  /** Keys of events whose "Sources" / content-warning disclosures the reader opened. */
  openSources: ReadonlySet<string>;
  /**
   * Render a closed "Sources" disclosure without its quotes (they arrive when it opens). Used on
   * windowed lists, where find-in-page cannot reach them anyway, to keep each new row cheap.
   */
  lazySources?: boolean;
  openWarnings: ReadonlySet<string>;
  onToggle: (e: Event) => void;
}

/**
 * The date of an event as what the sources say: "3 January 2014", "January 2014", "2014", and a
 * range as a span ("12–14 August 2014"; "December 2013 – January 2014").
 */
export function dateRangeText(date: PartialDate, end: PartialDate | undefined, locale: Locale): [string, string?] {
  if (!end || end === date) return [formatDate(date, locale)];
  const sameMonth =
    datePrecision(date) === 'day' && datePrecision(end) === 'day' && date.slice(0, 7) === end.slice(0, 7);
  if (sameMonth) {
    const day = String(Number(date.slice(8, 10)));
    return [locale === 'km' ? toKhmerDigits(day) : day, formatDate(end, locale)];
  }
  return [formatDate(date, locale), formatDate(end, locale)];
}

export function renderDate(e: TimelineEvent, locale: Locale, s: TimelineStrings, id?: string): TemplateResult {
  const [a, b] = dateRangeText(e.date, e.end, locale);
  if (b === undefined) return html`<span class="date" part="date" id=${id ?? nothing}><time datetime=${e.date}>${a}</time></span>`;
  const short = !a.includes(' ');
  return html`<span class="date" part="date" id=${id ?? nothing}
    ><time datetime=${e.date}>${a}</time><span aria-hidden="true">${short ? '–' : ' – '}</span
    ><span class="visually-hidden"> ${s.dateRangeTo} </span><time datetime=${e.end!}>${b}</time>${e.within
      ? html`<span class="day-unstated"> (${s.dayNotStated})</span>`
      : nothing}</span
  >`;
}

export function kindText(e: TimelineEvent, s: TimelineStrings): string {
  return s.kindLabel[e.kind] ?? s.kindLabel.other;
}

/** The kind as icon + words, never as colour alone. */
export function renderKind(e: TimelineEvent, s: TimelineStrings, id?: string): TemplateResult {
  return html`<span class="kind" part="kind" data-kind=${e.kind} id=${id ?? nothing}>${kindIcon(e.kind)}<span
      >${kindText(e, s)}</span
    ></span>`;
}

/** "at least 4 killed", "more than 200,000 people" for each count the event has. */
export function countTexts(e: TimelineEvent, s: TimelineStrings, locale: Locale): string[] {
  const out: string[] = [];
  for (const f of COUNT_FIELDS) {
    const c = e.counts[f];
    if (c) out.push(s.count(f, c.qualifier, c.value, locale));
  }
  return out;
}

/** Descriptions of killings hide behind a disclosure when the page asks for a content warning. */
export function needsWarning(e: TimelineEvent): boolean {
  return e.kind === 'killing' || (e.counts.deaths?.value ?? 0) > 0;
}

function renderSources(e: TimelineEvent, c: CardContext): TemplateResult | typeof nothing {
  if (!e.sources.length) return nothing;
  const { s, locale } = c;
  const groups = groupSources(e.sources, (src) => src.itemId);
  return html`<details class="sources" part="sources" data-key=${e.key} data-disclosure="sources"
    ?open=${c.openSources.has(e.key)} @toggle=${c.onToggle}>
    <summary part="sources-toggle">${s.sources(groups.length)}</summary>
    ${c.lazySources && !c.openSources.has(e.key) ? nothing : html`<ol class="source-list">
      ${groups.map(
        ({ first: src, quotes }) => html`<li>
          <figure>
            ${quotes.map((q) => html`<blockquote>${q}</blockquote>`)}
            <figcaption>
              <cite>${feedLink(src.url, src.title ?? src.itemId, 'source-link')}</cite>${src.publisher
                ? html`, <span class="publisher">${src.publisher}</span>`
                : nothing}${src.date
                ? html`, <time datetime=${src.date}>${formatDate(src.date, locale)}</time>`
                : nothing}
            </figcaption>
          </figure>
        </li>`,
      )}
    </ol>`}
  </details>`;
}

function renderDescription(e: TimelineEvent, c: CardContext): TemplateResult | typeof nothing {
  if (!e.description) return nothing;
  if (!c.contentWarning || !needsWarning(e)) return html`<p class="description">${e.description}</p>`;
  return html`<details class="warning" part="content-warning" data-key=${e.key} data-disclosure="warning"
    ?open=${c.openWarnings.has(e.key)} @toggle=${c.onToggle}>
    <summary><span class="warning-text">${c.s.contentWarning}</span> <span class="warning-show">${c.s.showDescription}</span></summary>
    <p class="description">${e.description}</p>
  </details>`;
}

/**
 * The body of an event: kind, date, title, place, counts, organisers, description, sources.
 * Feed text goes through text bindings only; links only through `feedLink`.
 */
export function renderEventBody(e: TimelineEvent, c: CardContext): TemplateResult {
  const { s, locale } = c;
  const p = c.idPrefix;
  const counts = countTexts(e, s, locale);
  const place = placeText(e.place, locale);
  return html`<div class="meta">
      ${renderDate(e, locale, s, `${p}-d`)} ${renderKind(e, s, `${p}-k`)}
      ${e.type === 'action' ? html`<span class="badge">${s.action}</span>` : nothing}
    </div>
    <div class="title" part="event-title" role="heading" aria-level=${c.level} id=${`${p}-t`}>${e.title}</div>
    ${place ? html`<p class="place" part="place">${place}</p>` : nothing}
    ${counts.length
      ? html`<ul class="counts" part="counts">${counts.map((t) => html`<li>${t}</li>`)}</ul>`
      : nothing}
    ${e.organisers.length ? html`<p class="organisers">${s.organisedBy(e.organisers.join(', '))}</p>` : nothing}
    ${renderDescription(e, c)} ${renderSources(e, c)}`;
}

/** The ids that name an event for screen readers: title, then date, then kind. */
export function labelIds(prefix: string): string {
  return `${prefix}-t ${prefix}-d ${prefix}-k`;
}
