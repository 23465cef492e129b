import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, formatNumber } from '../../runtime/format.js';
import type { Locale } from '../../runtime/i18n.js';
import { pagerSlots } from './paging.js';
import { strings } from './press-release-list.strings.js';
import type { Facet } from './release-index.js';
import { tagLabel } from './tag-label.js';

/**
 * The list's controls as templates of plain values and callbacks: search box and filters, year tabs,
 * numbered pager, "Show more". The element owns state and focus; these only draw.
 */

/** Beyond this many years, a year `<select>` in the toolbar replaces the tab list. */
export const MAX_YEAR_TABS = 15;
/** A filter offers at most this many values: the most used ones (and always the chosen one). */
export const MAX_FILTER_OPTIONS = 100;

/** The values a filter offers: all of them, or the most used ones (keeping the chosen one), alphabetically. */
export function offered(facets: readonly Facet[], chosen: string, max = MAX_FILTER_OPTIONS): readonly Facet[] {
  if (facets.length <= max) return facets;
  const top = new Set([...facets].sort((a, b) => b.count - a.count).slice(0, max));
  return facets.filter((f) => top.has(f) || f.key === chosen);
}

export interface ToolbarParts {
  locale: Locale;
  draft: string;
  /** Years for the year `<select>`, used instead of tabs when there are many; empty for none. */
  years: readonly string[];
  year: string;
  onYear: (e: Event) => void;
  publishers: readonly Facet[];
  /** Folded key of the chosen publisher, `''` for all. */
  publisher: string;
  /** Tags to offer; empty hides the tag filter. */
  tags: readonly Facet[];
  tag: string;
  onInput: (e: Event) => void;
  onSearch: () => void;
  onKeydown: (e: KeyboardEvent) => void;
  onPublisher: (e: Event) => void;
  onTag: (e: Event) => void;
}

function select(
  id: string,
  label: string,
  all: string,
  facets: readonly (Facet & { label?: string })[],
  chosen: string,
  onChange: (e: Event) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="filter" @change=${onChange}>
      <option value="" ?selected=${!chosen}>${all}</option>
      ${facets.map((f) => html`<option value=${f.value} ?selected=${f.key === chosen}>${f.label ?? f.value}</option>`)}
    </select>
  </div>`;
}

/** Search box, then the publisher filter (several publishers only) and the tag filter. */
export function renderToolbar(p: ToolbarParts): TemplateResult {
  const s = strings(p.locale);
  return html`<div class="toolbar" part="toolbar">
    <div class="field search" role="search">
      <label for="search">${s.searchLabel}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        .value=${live(p.draft)}
        @input=${p.onInput}
        @search=${p.onSearch}
        @keydown=${p.onKeydown}
      />
    </div>
    ${p.years.length
      ? select(
          'year',
          s.yearLabel,
          s.allYears,
          p.years.map((y) => ({ value: y, key: y, count: 0, label: formatDate(y, p.locale) })),
          p.year,
          p.onYear,
        )
      : nothing}
    ${p.publishers.length > 1
      ? select('publisher', s.publisherLabel, s.allPublishers, offered(p.publishers, p.publisher), p.publisher, p.onPublisher)
      : nothing}
    ${p.tags.length
      ? select('tag', s.tagLabel, s.allTags, offered(p.tags, p.tag).map((f) => ({ ...f, label: tagLabel(f.value, p.locale) })), p.tag, p.onTag)
      : nothing}
  </div>`;
}

/**
 * "All years" and each year, as an ARIA tab list with a roving tabindex: only the selected tab is in
 * the Tab order; the element handles the arrow keys (`onKeydown`).
 */
export function renderTabs(
  locale: Locale,
  years: readonly string[],
  year: string,
  onChoose: (year: string) => void,
  onKeydown: (e: KeyboardEvent) => void,
): TemplateResult {
  const s = strings(locale);
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${s.yearsLabel} @keydown=${onKeydown}>
    ${['', ...years].map(
      (y) => html`<button
        type="button"
        role="tab"
        part="tab"
        id=${`tab-${y || 'all'}`}
        data-year=${y}
        aria-selected=${y === year ? 'true' : 'false'}
        aria-controls="panel"
        tabindex=${y === year ? '0' : '-1'}
        @click=${() => onChoose(y)}
      >
        ${y ? formatDate(y, locale) : s.allYears}
      </button>`,
    )}
  </div>`;
}

/**
 * Previous, page numbers (with gaps when many) and next. At either end previous/next stay focusable
 * with `aria-disabled`, so focus is never lost from under the keyboard.
 */
export function renderPager(locale: Locale, page: number, pages: number, onGo: (page: number) => void): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const s = strings(locale);
  const num = (n: number) => formatNumber(n, locale);
  const step = (label: string, to: number, disabled: boolean, cls: string) =>
    html`<button type="button" part="page" class=${cls} aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && onGo(to)}>
      ${label}
    </button>`;
  return html`<nav class="pager" part="pager" aria-label=${s.pagesLabel}>
    <ul>
      <li>${step(s.previous, page - 1, page === 1, 'previous')}</li>
      ${pagerSlots(page, pages).map((slot) =>
        slot === 'gap'
          ? html`<li class="gap" aria-hidden="true">…</li>`
          : html`<li>
              <button
                type="button"
                part="page"
                aria-label=${s.pageLabel(num(slot))}
                aria-current=${slot === page ? 'page' : nothing}
                @click=${() => onGo(slot)}
              >
                ${num(slot)}
              </button>
            </li>`,
      )}
      <li>${step(s.next, page + 1, page === pages, 'next')}</li>
    </ul>
  </nav>`;
}

/** "Show N more" with how many are shown, while some are left. */
export function renderMore(locale: Locale, shown: number, total: number, size: number, onMore: () => void): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  const s = strings(locale);
  const num = (n: number) => formatNumber(n, locale);
  return html`<div class="more">
    <button type="button" part="more" @click=${onMore}>${s.showMore(num(Math.min(size, total - shown)))}</button>
    <span class="showing">${s.showing(num(shown), num(total))}</span>
  </div>`;
}
