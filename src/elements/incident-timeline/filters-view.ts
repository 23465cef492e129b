import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../runtime/i18n.js';
import { formatNumber } from '../../runtime/format.js';
import { kindIcon } from './icons.js';
import type { EventKind } from './model.js';
import type { TimelineStrings } from './incident-timeline.strings.js';

export interface FiltersContext {
  s: TimelineStrings;
  locale: Locale;
  /** Every kind in the feed with how many events it would show under the other filters. */
  kindCounts: Map<EventKind, number>;
  /** Total under the other filters (what "All kinds" shows). */
  allCount: number;
  selectedKinds: ReadonlySet<string>;
  countries: string[];
  country: string;
  countryName: (code: string) => string;
  /** `YYYY-MM-DD` values for the date inputs, and their bounds. */
  fromValue: string;
  toValue: string;
  minDay: string;
  maxDay: string;
  query: string;
  filtered: boolean;
  onQuery: (value: string) => void;
  onKind: (kind: string | null) => void;
  onCountry: (code: string) => void;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
  onClear: () => void;
}

/**
 * Text search (the find-in-page of a long, windowed list), kind chips with counts, country and
 * date range. Every control has a visible label; chips are toggle buttons (`aria-pressed`).
 */
export function renderFilters(c: FiltersContext): TemplateResult {
  const { s, locale } = c;
  const n = (v: number) => formatNumber(v, locale);
  const kinds = [...c.kindCounts.entries()];
  return html`<div class="filters" part="filters" role="search" aria-label=${s.filters}>
    <div class="field search">
      <label for="q">${s.search}</label>
      <input
        id="q"
        type="search"
        part="search"
        autocomplete="off"
        aria-describedby="q-hint"
        .value=${live(c.query)}
        @input=${(e: Event) => c.onQuery((e.target as HTMLInputElement).value)}
      />
      <span id="q-hint" class="hint">${s.searchHint}</span>
    </div>
    ${kinds.length > 1
      ? html`<fieldset class="kinds">
          <legend>${s.kinds}</legend>
          <button type="button" class="chip" part="chip" aria-pressed=${c.selectedKinds.size === 0 ? 'true' : 'false'}
            @click=${() => c.onKind(null)}>
            ${s.allKinds} <span class="chip-count">(${n(c.allCount)})</span>
          </button>
          ${kinds.map(
            ([k, count]) => html`<button
              type="button"
              class="chip"
              part="chip"
              data-kind=${k}
              aria-pressed=${c.selectedKinds.has(k) ? 'true' : 'false'}
              @click=${() => c.onKind(k)}
            >
              ${kindIcon(k)}<span>${s.kindLabel[k] ?? s.kindLabel.other}</span>
              <span class="chip-count">(${n(count)})</span>
            </button>`,
          )}
        </fieldset>`
      : nothing}
    <div class="row">
      ${c.countries.length > 1
        ? html`<div class="field">
            <label for="country">${s.country}</label>
            <select id="country" part="country" @change=${(e: Event) => c.onCountry((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!c.country}>${s.allCountries}</option>
              ${c.countries.map(
                (code) => html`<option value=${code} ?selected=${c.country.toUpperCase() === code}>${c.countryName(code)}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      <div class="field">
        <label for="from">${s.from}</label>
        <input id="from" type="date" part="from" .value=${live(c.fromValue)} min=${c.minDay} max=${c.maxDay}
          @change=${(e: Event) => c.onFrom((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="to">${s.to}</label>
        <input id="to" type="date" part="to" .value=${live(c.toValue)} min=${c.minDay} max=${c.maxDay}
          @change=${(e: Event) => c.onTo((e.target as HTMLInputElement).value)} />
      </div>
      ${c.filtered
        ? html`<button type="button" class="clear" part="clear" @click=${c.onClear}>${s.clear}</button>`
        : nothing}
    </div>
  </div>`;
}
