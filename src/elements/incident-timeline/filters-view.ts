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
  /** What the date fields show: the `from`/`to` dates, or what the reader typed that is not a date. */
  fromValue: string;
  toValue: string;
  /** Which date field holds text that is not a date (it is kept, marked invalid, and not applied). */
  fromInvalid: boolean;
  toInvalid: boolean;
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
      ${dateField('from', s.from, c.fromValue, c.fromInvalid, c.onFrom)}
      ${dateField('to', s.to, c.toValue, c.toInvalid, c.onTo)}
      ${c.fromInvalid ? html`<span id="from-error" class="error date-note" part="date-error">${s.from}: ${s.dateInvalid}</span>` : nothing}
      ${c.toInvalid ? html`<span id="to-error" class="error date-note" part="date-error">${s.to}: ${s.dateInvalid}</span>` : nothing}
      <span id="date-hint" class="hint date-note">${s.dateHint}</span>
      ${c.filtered
        ? html`<button type="button" class="clear" part="clear" @click=${c.onClear}>${s.clear}</button>`
        : nothing}
    </div>
  </div>`;
}

/**
 * A date field that takes what the timeline's dates are: a year, a month or a day (`2014`, `2014-01`,
 * `2014-01-03`), Khmer digits too. A text field, not `<input type=date>`: a date picker cannot say
 * "January 2014", and its first layout costs ≈17 ms in Chromium (measured: it loads the locale's
 * date patterns), more than the rest of the filter bar. Text that is not a date stays in the field,
 * marked invalid with a message (under the row, so the fields stay aligned), and filters nothing.
 */
function dateField(
  id: 'from' | 'to',
  label: string,
  value: string,
  invalid: boolean,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="field date">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" part=${id} autocomplete="off" spellcheck="false" size="10"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error date-hint` : 'date-hint'}
      .value=${live(value)}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).value)} />
  </div>`;
}
