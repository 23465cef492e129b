import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isPartialDate } from '../../feed/dates.js';
import { WAGE_PERIODS, WAGE_ROLES, type CampaignFeed, type ExchangeRate, type WagePeriod, type WageRole } from '../../feed/types.js';
import { defineElement } from '../../runtime/define.js';
import { FeedElement } from '../../runtime/feed-element.js';
import { dateText, numberText } from './format-cache.js';
import type { Locale } from '../../runtime/i18n.js';
import { feedLink } from '../../runtime/links.js';
import { baseStyles } from '../../runtime/tokens.styles.js';
import { citation, describe, footnotes, money, statedText, type Footnote } from './describe.js';
import { buildGauge, type Figure, type GaugeModel } from './model.js';
import { currencyName, toCurrencyCode } from './money.js';
import type { GaugeTarget } from './select.js';
import { barScale, historyView, markerKey, radialScale } from './views.js';
import { styles } from './wage-gap-gauge.styles.js';
import { strings, type GaugeStrings } from './wage-gap-gauge.strings.js';

const FIGURE_ATTRIBUTES: readonly WageRole[] = WAGE_ROLES;
/** Attributes people reach for that the contract has no role for: ignored, with a console warning. */
const UNSUPPORTED_FIGURES = ['rise', 'increase', 'raise'];

function period(value: string | undefined): WagePeriod | undefined {
  const v = value?.trim().toLowerCase();
  return WAGE_PERIODS.includes(v as WagePeriod) ? (v as WagePeriod) : undefined;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * How far the legal minimum wage is from what workers need: the wage in force, the offer on the table,
 * the workers' demand and a living-wage estimate on one scale, with the gap in money and percent, a
 * headline sentence, and the source of every figure.
 *
 * Figures come from the feed's `_campaign.wages` (one per role, for one country and sector, in force at
 * one date) or from attributes for an embed without a feed: `<wage-gap-gauge minimum="80" demand="160"
 * currency="USD">`. Attribute figures replace the feed's figure of the same role. Only the four roles of
 * the feed contract can ever be shown: a `rise` attribute or a wage of another role is ignored.
 *
 * Without `as-of`, the figures are those in force on the target's `effective` date — a demand is set
 * against the minimum in force when it was made. The caption always states that date, any exchange rate
 * used (with its date) and any working-time assumption.
 *
 * @tag wage-gap-gauge
 * @summary The gap between the minimum wage and the workers' demand or a living wage, with its sources.
 *
 * @csspart headline - The headline sentence ("The minimum wage covers 50% of the workers' demand: …").
 * @csspart meter - The element with `role="meter"` that holds the scale.
 * @csspart scale - The SVG scale (horizontal bar or half circle).
 * @csspart legend - The list of figures beside their marker shapes.
 * @csspart gap - The sentence giving the gap in money and percent.
 * @csspart source-ref - A numbered button beside a figure: shows its source's quote on hover and focus.
 * @csspart tooltip - The quote shown by a source button.
 * @csspart caption - Notes (date, exchange rate, working time) and the sources.
 * @csspart notes - The list of notes.
 * @csspart sources - The numbered list of sources.
 * @csspart source-link - A link to a source item.
 * @csspart history - The minimum wage over time (with `history`).
 *
 * @cssprop [--sw-gauge-fill=var(--sw-color-accent, #a4161a)] - Fill of the scale up to the minimum wage.
 * @cssprop [--sw-gauge-gap=var(--sw-color-danger, #b00020)] - Hatching of the gap between the minimum and the target.
 * @cssprop [--sw-gauge-track=color-mix(in srgb, currentColor 12%, transparent)] - The empty scale.
 * @cssprop [--sw-gauge-marker=var(--sw-color-text, #1d1d1f)] - Marker shapes.
 * @cssprop [--sw-gauge-headline-size=1.25rem] - Font size of the headline sentence.
 * @cssprop [--sw-gauge-duration=900ms] - Length of the fill animation on first view (none with reduced motion).
 *
 * @fires {FeedLoadEvent} feed-load - The feed was read; `detail` has item and fact counts.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read; `detail.reason` says why.
 * @fires {FeedWarningEvent} feed-warning - Some records were dropped (a wage of an unknown role, for one).
 */
export class WageGapGauge extends FeedElement {
  static override styles = [baseStyles, styles];

  static define(tag = 'wage-gap-gauge', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** ISO 3166-1 alpha-2 code of the country whose wages to show (e.g. `KH`). Default: the target's. */
  @property() country?: string;

  /** Sector whose wages to show (e.g. `garment`). Default: the target's. */
  @property() sector?: string;

  /**
   * Show the figures in force at this date (`2014`, `2014-01`, `2014-01-03`): per role, the latest
   * `effective` that is not after the end of that period. Default: the target figure's `effective`.
   */
  @property({ attribute: 'as-of' }) asOf?: string;

  /** What the minimum is measured against. Falls back to the other one when the feed lacks it. */
  @property() target: GaugeTarget = 'demand';

  /** The legal minimum wage, replacing the feed's (in `currency` per `period`). */
  @property({ type: Number }) minimum?: number;

  /** The offer on the table (government or employers), replacing the feed's. */
  @property({ type: Number }) offer?: number;

  /** The workers' demand, replacing the feed's. */
  @property({ type: Number }) demand?: number;

  /** A living-wage estimate, replacing the feed's. */
  @property({ type: Number }) living?: number;

  /** ISO 4217 currency of the attribute figures. Default: the feed figure's, else none (bare numbers). Never relabels feed figures. */
  @property() currency?: string;

  /** Period of the attribute figures: `hour`, `day`, `week`, `month` (default) or `year`. */
  @property() period?: WagePeriod;

  /**
   * Show the figures in this ISO 4217 currency, converted with the rate (from `rates` or the feed's
   * `_campaign.rates`) dated closest to the figures' date; the rate and its date are printed. Without a
   * rate the original currency stays, with a note saying so.
   */
  @property({ attribute: 'display-currency' }) displayCurrency?: string;

  /** Exchange rates from the page (`{from, to, rate, date, source?}`: 1 `from` = `rate` `to`). Replace the feed's when given. */
  @property({ attribute: false }) rates?: ExchangeRate[];

  /** Show pay per `hour`, `day`, `week`, `month` or `year`. Default: the minimum's period. */
  @property() per?: WagePeriod;

  /** Working days in a month, for converting between days and months. */
  @property({ type: Number, attribute: 'working-days' }) workingDays = 26;

  /** Working hours in a day, for converting hourly pay. */
  @property({ type: Number, attribute: 'working-hours' }) workingHours = 8;

  /** Also draw the minimum wage over time (when the feed has two or more dated minima). */
  @property({ type: Boolean, reflect: true }) history = false;

  /** `bar` (a horizontal scale) or `radial` (a half circle). */
  @property({ reflect: true }) variant: 'bar' | 'radial' = 'bar';

  /** `pending` until the gauge is first seen: the fill then grows once (never with reduced motion). */
  @state() private reveal: 'pending' | 'done' = 'done';
  @state() private dismissedTip?: string;

  private observer?: IntersectionObserver;
  private cached?: { feed: CampaignFeed; model: GaugeModel };
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    const motion = typeof matchMedia === 'function' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!this.hasUpdated && motion && typeof IntersectionObserver === 'function') this.reveal = 'pending';
    this.warnUnsupported();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected static override localeTables = [strings.load];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.cached = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.reveal === 'pending' && !this.observer && this.renderRoot.querySelector('.scale')) {
      this.observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.reveal = 'done';
        this.observer?.disconnect();
      });
      this.observer.observe(this);
    }
  }

  private warn(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`solidarity-widgets: <${this.localName}> ${message}`);
  }

  private warnUnsupported(): void {
    for (const name of UNSUPPORTED_FIGURES) {
      if (this.hasAttribute(name)) {
        this.warn(name, `ignores ${name}="${this.getAttribute(name)}": it shows only the minimum wage, an offer, the demand and a living wage.`);
      }
    }
  }

  private figureOverrides(): Partial<Record<WageRole, number>> {
    const out: Partial<Record<WageRole, number>> = {};
    for (const role of FIGURE_ATTRIBUTES) {
      const v = this[role as 'minimum'];
      if (v === undefined || v === null) continue;
      if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[role] = v;
      else this.warn(`${role}:${String(v)}`, `ignores ${role}="${this.getAttribute(role) ?? v}": not a positive number.`);
    }
    return out;
  }

  /** The model for this feed and these attributes, computed once per update. */
  private model(feed: CampaignFeed): GaugeModel {
    if (this.cached?.feed === feed) return this.cached.model;
    const camp = feed._campaign;
    const displayCurrency = toCurrencyCode(this.displayCurrency);
    if (this.displayCurrency && !displayCurrency) this.warn(`dc:${this.displayCurrency}`, `ignores display-currency="${this.displayCurrency}": not an ISO 4217 code.`);
    const asOf = this.asOf?.trim() || undefined;
    if (asOf && !isPartialDate(asOf)) this.warn(`as-of:${asOf}`, `ignores as-of="${asOf}": not a date such as 2014, 2014-01 or 2014-01-03.`);
    if (this.currency && !toCurrencyCode(this.currency)) this.warn(`cur:${this.currency}`, `ignores currency="${this.currency}": not an ISO 4217 code.`);
    for (const [name, value] of [['per', this.per], ['period', this.period]] as const) {
      if (value && !period(value)) this.warn(`${name}:${value}`, `ignores ${name}="${value}": not one of ${WAGE_PERIODS.join(', ')}.`);
    }
    const model = buildGauge({
      wages: camp?.wages,
      rates: Array.isArray(this.rates) && this.rates.length ? this.rates : (camp?.rates ?? []),
      query: {
        country: this.country?.trim() || undefined,
        sector: this.sector?.trim() || undefined,
        asOf,
        target: this.target === 'living' ? 'living' : 'demand',
      },
      overrides: this.figureOverrides(),
      overrideCurrency: toCurrencyCode(this.currency),
      overridePeriod: period(this.period),
      displayCurrency,
      per: period(this.per),
      time: { days: positive(this.workingDays, 26), hours: positive(this.workingHours, 8) },
    });
    this.cached = { feed, model };
    return model;
  }

  protected override isEmpty(feed: CampaignFeed): boolean {
    return this.model(feed).figures.length === 0;
  }

  protected override renderReady(feed: CampaignFeed): TemplateResult {
    const locale = this.locale;
    const s = strings(locale);
    const m = this.model(feed);
    const text = describe(m, this.target === 'living' ? 'living' : 'demand', s, locale);
    const notes = footnotes(m.figures, feed.items ?? []);
    const pending = this.reveal === 'pending';
    const scale = this.variant === 'radial' ? radialScale(m, pending, locale) : barScale(m, pending, locale);
    const historyNote =
      m.history?.currency && m.history.currency !== m.currency ? s.historyCurrency(currencyName(m.history.currency, locale)) : undefined;
    return html`<figure class="gauge ${locale}" part="gauge">
      <p class="headline" part="headline">${text.headline}</p>
      ${text.meter
        ? html`<div class="meter" part="meter" role="meter" aria-label=${text.meter.label} aria-valuemin=${text.meter.min}
            aria-valuemax=${text.meter.max} aria-valuenow=${text.meter.now} aria-valuetext=${text.meter.text}>${scale}</div>`
        : html`<div class="meter" part="meter">${scale}</div>`}
      ${this.renderLegend(m, notes.byFigure, s, locale)}
      ${text.gap ? html`<p class="gap-text" part="gap">${text.gap}</p>` : nothing}
      ${this.history && m.history ? historyView(m.history, s, locale, historyNote) : nothing}
      <figcaption class="caption" part="caption">
        ${text.notes.length ? html`<ul class="notes" part="notes">${text.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
        ${notes.list.length ? this.renderSources(notes.list, s, locale) : nothing}
      </figcaption>
      ${this.renderTable(m, notes.byFigure, s, locale)}
    </figure>`;
  }

  private renderLegend(m: GaugeModel, refs: Map<Figure, Footnote[]>, s: GaugeStrings, locale: Locale): TemplateResult {
    return html`<ul class="legend" part="legend" aria-label=${s.figuresLabel}>
      ${repeat(
        m.figures,
        (f) => f.role,
        (f) => {
          const stated = statedText(f, m, s, locale);
          return html`<li class="entry entry-${f.role}">
            ${markerKey(f.role)}
            <span class="label">${s.role[f.role]}</span>
            <strong class="amount">${money(f, locale)}</strong>
            ${stated ? html`<span class="stated">(${stated})</span>` : nothing}
            ${f.effective ? html`<span class="since">${s.since(dateText(f.effective, locale))}</span>` : nothing}
            ${f.fromPage ? html`<span class="since">${s.fromPage}</span>` : nothing}
            ${(refs.get(f) ?? []).map((fn) => this.renderRef(f, fn, s, locale))}
          </li>`;
        },
      )}
    </ul>`;
  }

  private renderRef(f: Figure, fn: Footnote, s: GaugeStrings, locale: Locale): TemplateResult {
    const id = `tip-${f.role}-${fn.n}`;
    const n = numberText(fn.n, locale);
    return html`<span class="ref-wrap"
      ><button type="button" class="ref" part="source-ref" aria-label=${s.sourceRef(n)} aria-describedby=${id}
        @click=${() => this.showFootnote(fn.n)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape') this.dismissedTip = id;
        }}
        @blur=${() => this.clearDismissed(id)}
        @mouseleave=${() => this.clearDismissed(id)}>${n}</button
      ><span class="tip" part="tooltip" role="tooltip" id=${id} ?hidden=${this.dismissedTip === id}
        >“${fn.quote}”${fn.item?.title ? html` — ${fn.item.title}` : nothing}</span
      ></span>`;
  }

  private clearDismissed(id: string): void {
    if (this.dismissedTip === id) this.dismissedTip = undefined;
  }

  private showFootnote(n: number): void {
    const li = this.renderRoot.querySelector<HTMLElement>(`#fn-${n}`);
    if (!li) return;
    li.scrollIntoView?.({ block: 'nearest' });
    li.focus();
  }

  private renderSources(list: Footnote[], s: GaugeStrings, locale: Locale): TemplateResult {
    return html`<p class="sources-heading" id="sources-heading">${s.sources}</p>
      <ol class="sources" part="sources" aria-labelledby="sources-heading">
        ${list.map((fn) => {
          const title = fn.item?.title?.trim() || s.untitled;
          const cite = citation(fn.item, locale);
          return html`<li id="fn-${fn.n}" tabindex="-1">
            <q>${fn.quote}</q> — ${feedLink(fn.item?.url, title, 'source-link')}${cite ? html`, ${cite}` : nothing}
          </li>`;
        })}
      </ol>`;
  }

  private renderTable(m: GaugeModel, refs: Map<Figure, Footnote[]>, s: GaugeStrings, locale: Locale): TemplateResult {
    // Wrapped: a table ignores `width: 1px`, so the hiding box is a div around it.
    return html`<div class="visually-hidden"><table>
      <caption>${s.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${s.colFigure}</th>
          <th scope="col">${s.colAmount}</th>
          <th scope="col">${s.colStated}</th>
          <th scope="col">${s.colSince}</th>
          <th scope="col">${s.colSources}</th>
        </tr>
      </thead>
      <tbody>
        ${m.figures.map(
          (f) => html`<tr>
            <th scope="row">${s.role[f.role]}</th>
            <td>${money(f, locale)} ${s.per[m.period]}</td>
            <td>${statedText(f, m, s, locale) ?? s.none}</td>
            <td>${f.effective ? dateText(f.effective, locale) : f.fromPage ? s.fromPage : s.none}</td>
            <td>${(refs.get(f) ?? []).map((fn) => numberText(fn.n, locale)).join(', ') || s.none}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}
