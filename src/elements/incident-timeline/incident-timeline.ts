import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { isPartialDate } from '../../feed/dates.js';
import type { CampaignFeed } from '../../feed/types.js';
import { defineElement } from '../../runtime/define.js';
import { FeedElement } from '../../runtime/feed-element.js';
import { fromKhmerDigits } from '../../runtime/format.js';
import { baseStyles } from '../../runtime/tokens.styles.js';
import type { AxisController } from './axis-controller.js';
import { EventSelectEvent } from './event-select.js';
import { countryName, loadCountryNames } from '../../runtime/countries.js';
import { facetsOf, filterEvents, isFiltered, NO_FACETS, type Facets, type FilterState } from './filter.js';
import { renderFilters } from './filters-view.js';
import { strings, type TimelineStrings } from './incident-timeline.strings.js';
import { timelineStyles } from './incident-timeline.styles.js';
import { keyAction } from './keys.js';
import { buildEvents, findEvent, refFromHash, type TimelineEvent } from './model.js';
import { indexForSearch } from './search.js';
import type { CardContext } from './render-event.js';
import { summaryLine } from './summary.js';
import { renderVertical } from './vertical-view.js';
import { VirtualListController } from './virtual-list.js';

/** The horizontal layout (axis, markers, zoom), loaded the first time a timeline uses it. */
type HorizontalKit = typeof import('./horizontal.js');
let horizontalKit: Promise<HorizontalKit> | undefined;

/** Lists up to this long filter on every keystroke; longer ones wait for SEARCH_PAUSE_MS of quiet. */
const LIVE_SEARCH_MAX = 2000;
const SEARCH_PAUSE_MS = 200;

/** Kind names in both languages, "action", and the country's name: "killing", "ការសម្លាប់" and "Cambodia" all find. */
function searchWords(e: TimelineEvent): string {
  const en = strings('en');
  const km = strings('km');
  const action = e.type === 'action' ? `${en.action} ${km.action}` : '';
  const country = e.place?.country ? `${countryName(e.place.country, 'en')} ${countryName(e.place.country, 'km')}` : '';
  return `${en.kindLabel[e.kind] ?? ''} ${km.kindLabel[e.kind] ?? ''} ${action} ${country}`;
}

const parseKinds = (v: string | null | undefined) => new Set((v ?? '').split(/[\s,]+/).filter(Boolean));

/**
 * What happened to the workers, in order, with every source: incidents (and, optionally, solidarity
 * actions) from a campaign feed or a TimelineJS file, as a vertical list grouped by year and month or
 * as a zoomable horizontal axis, with filters, honest totals and a "Sources" disclosure per event.
 *
 * Deep links: `#incident-<id>` or `#action-<id>` in the page URL (ids URL-encoded) scroll to the event
 * and focus it, like `highlight`. If the filters hide that event, they are cleared first.
 *
 * Lists longer than 50 events are windowed: only the events near the screen are in the DOM (the
 * page's scrollbar still measures the whole list); the search box finds any event.
 *
 * @tagname incident-timeline
 * @summary A readable, sourced timeline of incidents, for phones, screen readers and long campaigns.
 *
 * @slot - Fallback content (an `<ol>` of the events) shown before the element upgrades and when scripts are stripped.
 * @slot empty - Replaces the message shown when the feed has no incidents.
 *
 * @csspart filters - The filter bar (search, kind chips, country, dates).
 * @csspart search - The search input.
 * @csspart chip - Each kind toggle chip (and "All kinds").
 * @csspart country - The country select.
 * @csspart from - The "from" date field (a year, month or day: `2014`, `2014-01`, `2014-01-03`).
 * @csspart to - The "to" date field.
 * @csspart clear - The "Clear filters" button.
 * @csspart summary - The live summary line ("6 incidents, at least 4 killed, 23 arrested between Dec 2013 and Aug 2014").
 * @csspart list - The vertical list's wrapper.
 * @csspart long-list-note - The note shown above a windowed list.
 * @csspart group-heading - Year and month headings (also `year-heading`, `month-heading`).
 * @csspart year-heading - Year headings.
 * @csspart month-heading - Month headings.
 * @csspart event - Each event in the vertical list (the selected one also has `selected-event`).
 * @csspart selected-event - The selected event.
 * @csspart event-title - An event's title.
 * @csspart date - An event's date or date range.
 * @csspart kind - An event's kind (icon and name).
 * @csspart place - An event's place.
 * @csspart counts - An event's counts ("at least 4 killed").
 * @csspart content-warning - The disclosure hiding a description of a killing (`content-warning`).
 * @csspart sources - The "Sources" disclosure of an event.
 * @csspart sources-toggle - The "Sources (n)" summary that opens it.
 * @csspart source-link - A link to the document a quote comes from.
 * @csspart horizontal - The horizontal layout's wrapper.
 * @csspart axis - The horizontal layout's scrolling track.
 * @csspart marker - An event's marker on the axis (the selected one also has `selected-marker`).
 * @csspart selected-marker - The selected marker.
 * @csspart zoom-in - The zoom-in button.
 * @csspart zoom-out - The zoom-out button.
 * @csspart detail - The selected event in full, under the axis.
 * @csspart date-error - The message under the date fields when one holds text that is not a date.
 * @csspart no-match - The message shown when the filters hide every event.
 *
 * @cssprop [--sw-it-line=color-mix(in srgb, var(--sw-color-text) 25%, transparent)] - The timeline's line and the axis.
 * @cssprop [--sw-it-marker=var(--sw-color-accent)] - Event markers.
 * @cssprop [--sw-it-killing=var(--sw-color-danger)] - Markers of killings and violence (their icon differs too).
 * @cssprop [--sw-it-selected=var(--sw-color-focus)] - Outline of the selected event.
 * @cssprop [--sw-it-sticky-top=0px] - Offset of the sticky year/month headings, for pages with a fixed header.
 * @cssprop [--sw-it-label-width=11em] - Width of a label on the horizontal axis.
 * @cssprop [--sw-it-lane-height=3.25rem] - Height of a lane of labels on the horizontal axis.
 *
 * @fires {EventSelectEvent} event-select - The reader selected an event (click, Enter/Space, or arrow keys on the axis); `detail` is `{ id, type, kind, date, end }`.
 * @fires {FeedLoadEvent} feed-load - The feed was read; `detail` has item and fact counts.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read; `detail.reason` says why.
 * @fires {FeedWarningEvent} feed-warning - Some records were dropped; `detail.problems` lists them.
 */
export class IncidentTimeline extends FeedElement {
  static override styles = [baseStyles, timelineStyles];

  /** Registers the element (default tag `incident-timeline`); never throws. */
  static define(tag = 'incident-timeline', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** `vertical`: a list grouped by year and month. `horizontal`: a zoomable time axis. */
  @property({ reflect: true }) layout: 'vertical' | 'horizontal' = 'vertical';

  /** Also show the feed's solidarity actions (`_campaign.actions`), marked as such. */
  @property({ type: Boolean, reflect: true, attribute: 'include-actions' }) includeActions = false;

  /** Show events from this date on: `2014`, `2014-01` or `2014-01-15`. Events whose period overlaps the range stay. */
  @property() from?: string;

  /** Show events up to this date (inclusive): `2014`, `2014-08` or `2014-08-31`. */
  @property() to?: string;

  /** Kinds to show, separated by spaces or commas (`killing arrest`); empty shows every kind. */
  @property() kinds = '';

  /** ISO 3166-1 alpha-2 code of the only country to show (`KH`); empty shows every country. */
  @property() country = '';

  /** Text search: events whose title, place, description or quotes contain every word. */
  @property() query = '';

  /** Id of an event to scroll to and focus (`i-shooting`, or `incident-i-shooting` / `action-a-rally`). */
  @property() highlight?: string;

  /** Collapse descriptions of killings behind a content warning until the reader opens them. */
  @property({ type: Boolean, reflect: true, attribute: 'content-warning' }) contentWarning = false;

  /** aria-level of the year headings; month headings are one deeper and event titles two deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private activeKey?: string;
  @state() private selectedKey?: string;

  private events: TimelineEvent[] = [];
  private shown: TimelineEvent[] = [];
  /** Position of each shown event by key, built on first use (not while the list first renders). */
  private get indexByKey(): Map<string, number> {
    return (this.shownIndex ??= new Map(this.shown.map((e, i) => [e.key, i])));
  }
  private shownIndex?: Map<string, number>;
  private builtFrom?: { feed: CampaignFeed; actions: boolean };
  /** Whether the events carry their search text yet (built at the first search). */
  private searchable = false;
  private filterKey?: string;
  private pendingRef?: string;
  private summaryMemo?: { key: string; text: string };
  /** What the filter bar shows, recomputed only when the events or the filters change. */
  private facets: Facets = NO_FACETS;
  /** What the reader typed while a long list waits for a pause in typing before it filters. */
  private typedQuery?: string;
  /** Text in the date fields that is not a date (shown as typed, flagged, not applied). */
  @state() private typedDates: { from?: string; to?: string } = {};
  private queryTimer?: ReturnType<typeof setTimeout>;
  private openSources = new Set<string>();
  private openWarnings = new Set<string>();

  private readonly vlist = new VirtualListController(this, () => {
    const r = this.renderRoot;
    const before = r.querySelector<HTMLElement>('.spacer[data-spacer="before"]');
    const list = r.querySelector<HTMLElement>('ol.years');
    const after = r.querySelector<HTMLElement>('.spacer[data-spacer="after"]');
    return before && list && after ? { before, list, after } : null;
  });

  /** The horizontal layout's module and its controller, once loaded (see `loadHorizontal`). */
  private kit?: HorizontalKit;
  private axis?: AxisController;

  /** The layout drawn now: the horizontal one once its module is here, the list until then. */
  private get drawnLayout(): 'vertical' | 'horizontal' {
    return this.layout === 'horizontal' && this.axis ? 'horizontal' : 'vertical';
  }

  private loadHorizontal(): Promise<void> {
    if (this.axis) return Promise.resolve();
    horizontalKit ??= import('./horizontal.js');
    return horizontalKit.then(
      (kit) => {
        if (this.axis) return;
        this.kit = kit;
        this.axis = new kit.AxisController(this, () => this.renderRoot.querySelector<HTMLElement>('.scroller'));
        this.requestUpdate();
      },
      (err: unknown) => {
        horizontalKit = undefined;
        console.warn('solidarity-widgets: <incident-timeline> could not load its horizontal layout; showing the list.', err);
      },
    );
  }

  protected static override localeTables = [loadCountryNames];

  protected override prepareView(): Promise<unknown> | undefined {
    const tables = super.prepareView();
    return this.layout === 'horizontal' ? Promise.all([this.loadHorizontal(), tables]) : tables;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.queryTimer);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private onHashChange = (): void => {
    const ref = refFromHash(location.hash);
    if (ref && findEvent(this.events, ref)) {
      this.pendingRef = ref;
      this.requestUpdate();
    }
  };

  /** The events currently shown (after filters), in date order. */
  get visibleEvents(): readonly TimelineEvent[] {
    return this.shown;
  }

  protected override isEmpty(): boolean {
    return this.events.length === 0;
  }

  private filterState(): FilterState {
    return {
      kinds: parseKinds(this.kinds),
      country: this.country ?? '',
      from: this.from,
      to: this.to,
      query: this.query ?? '',
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.layout === 'horizontal' && !this.axis) void this.loadHorizontal();
    const feed = this.feedController.state === 'ready' ? this.feedController.value?.feed : undefined;
    if (!feed) return;
    let rebuilt = false;
    if (this.builtFrom?.feed !== feed || this.builtFrom.actions !== this.includeActions) {
      this.events = buildEvents(feed, { includeActions: this.includeActions });
      this.searchable = false;
      const newFeed = this.builtFrom?.feed !== feed;
      this.builtFrom = { feed, actions: this.includeActions };
      rebuilt = true;
      // A new feed honours `highlight` or the URL's deep link; showing actions too moves no focus.
      if (newFeed) {
        const hashRef = refFromHash(location.hash);
        if (this.highlight) this.pendingRef = this.highlight;
        else if (hashRef && findEvent(this.events, hashRef)) this.pendingRef = hashRef;
      }
    }
    const f = this.filterState();
    if (f.query.trim() && !this.searchable) {
      this.searchable = true;
      indexForSearch(this.events, searchWords);
    }
    const key = JSON.stringify([[...f.kinds].sort(), f.country, f.from, f.to, f.query, this.drawnLayout]);
    if (rebuilt || key !== this.filterKey) {
      this.filterKey = key;
      this.shown = filterEvents(this.events, f);
      this.shownIndex = undefined;
      this.facets = facetsOf(this.events, f, rebuilt ? undefined : this.facets);
      this.vlist.setRows(this.drawnLayout === 'vertical' ? this.shown : []);
      if (this.drawnLayout === 'horizontal') {
        this.axis!.setEvents(this.shown);
        if (!this.selectedKey || !this.indexByKey.has(this.selectedKey)) this.selectedKey = this.shown[0]?.key;
      }
    }
    if (changed.has('highlight') && this.highlight && !rebuilt) this.pendingRef = this.highlight;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingRef && this.events.length) {
      const ref = this.pendingRef;
      this.pendingRef = undefined;
      void this.reveal(ref);
    }
  }

  /** Scrolls to the event `ref` names (an id, or `incident-<id>` / `action-<id>`) and focuses it. */
  async reveal(ref: string): Promise<boolean> {
    const e = findEvent(this.events, ref);
    if (!e) return false;
    if (!this.indexByKey.has(e.key)) {
      this.clearFilters();
      await this.updateComplete;
    }
    const i = this.indexByKey.get(e.key);
    if (i === undefined) return false;
    this.selectedKey = e.key;
    await this.focusIndex(i, true);
    return true;
  }

  private async focusIndex(i: number, center = false): Promise<void> {
    const e = this.shown[i];
    if (!e) return;
    this.activeKey = e.key;
    if (this.drawnLayout === 'horizontal') {
      await this.updateComplete;
      await this.axis!.scrollToIndex(i, center);
      const b = this.renderRoot.querySelector<HTMLElement>(`button.h-marker[data-index="${i}"]`);
      b?.focus({ preventScroll: true });
      b?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    await this.vlist.reveal(i);
    await this.updateComplete;
    const li = this.renderRoot.querySelector<HTMLElement>(`li.event[data-index="${i}"]`);
    if (!li) return;
    li.focus({ preventScroll: true });
    // Instant, like the browser's own fragment navigation (and kind to reduced-motion readers).
    li.scrollIntoView({ block: center ? 'center' : 'nearest' });
  }

  private select(i: number): void {
    const e = this.shown[i];
    if (!e) return;
    this.selectedKey = e.key;
    this.activeKey = e.key;
    this.dispatchEvent(new EventSelectEvent({ id: e.id, type: e.type, kind: e.kind, date: e.date, end: e.end }));
  }

  /** Short lists filter on every key; long ones after a pause, so typing never waits for 10,000 rows. */
  private onQueryInput(value: string): void {
    clearTimeout(this.queryTimer);
    if (this.events.length <= LIVE_SEARCH_MAX) {
      this.typedQuery = undefined;
      this.query = value;
      return;
    }
    this.typedQuery = value;
    this.queryTimer = setTimeout(() => {
      this.typedQuery = undefined;
      this.query = value;
    }, SEARCH_PAUSE_MS);
  }

  /** A date typed in the filter bar: applied when it is a date (Khmer digits read too), else kept and flagged. */
  private onDateInput(which: 'from' | 'to', typed: string): void {
    const value = fromKhmerDigits(typed.trim());
    const ok = value === '' || isPartialDate(value);
    this.typedDates = { ...this.typedDates, [which]: ok ? undefined : typed };
    if (ok) this[which] = value || undefined;
  }

  private clearFilters(): void {
    clearTimeout(this.queryTimer);
    this.typedQuery = undefined;
    this.typedDates = {};
    this.kinds = '';
    this.country = '';
    this.query = '';
    this.from = undefined;
    this.to = undefined;
  }

  private onListKeydown = (ev: KeyboardEvent): void => {
    const li = ev.target as HTMLElement;
    // Only on the event itself: arrow keys inside its controls keep their own meaning.
    if (!li.matches?.('li.event')) return;
    this.onKey(ev, 'vertical', Number(li.dataset.index));
  };

  private onKey(ev: KeyboardEvent, layout: 'vertical' | 'horizontal', i: number): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const action = keyAction(ev.key, layout, i, this.shown.length - 1, rtl, this.kit?.ZOOM_STEP ?? 1);
    if (action.type === 'none') return;
    ev.preventDefault();
    if (action.type === 'select') this.select(i);
    else if (action.type === 'zoom') this.axis?.zoomAround(i, action.factor);
    else if (action.to !== i) {
      // On the axis, selection follows focus (the panel below shows the focused event).
      if (layout === 'horizontal') this.select(action.to);
      void this.focusIndex(action.to);
    }
  }

  private onListClick = (ev: MouseEvent): void => {
    const li = (ev.target as HTMLElement).closest?.<HTMLElement>('li.event');
    if (li) this.select(Number(li.dataset.index));
  };

  private onMarkerKeydown = (ev: KeyboardEvent): void => {
    const b = ev.target as HTMLElement;
    if (b.matches?.('button.h-marker')) this.onKey(ev, 'horizontal', Number(b.dataset.index));
  };

  private onMarkerClick = (ev: MouseEvent): void => {
    const b = (ev.target as HTMLElement).closest?.<HTMLElement>('button.h-marker');
    if (b) this.select(Number(b.dataset.index));
  };

  private onToggle = (ev: Event): void => {
    const d = ev.currentTarget as HTMLDetailsElement;
    const set = d.dataset.disclosure === 'warning' ? this.openWarnings : this.openSources;
    const key = d.dataset.key ?? '';
    if (d.open === set.has(key)) return;
    if (d.open) set.add(key);
    else set.delete(key);
    // A windowed list renders a source list only once its disclosure is open.
    if (set === this.openSources && this.vlist.virtual) this.requestUpdate();
  };

  private summaryText(s: TimelineStrings): string {
    const key = `${this.filterKey}|${this.locale}|${this.events.length}`;
    if (this.summaryMemo?.key !== key) {
      this.summaryMemo = { key, text: summaryLine(this.shown, this.events.length, this.includeActions, s, this.locale) };
    }
    return this.summaryMemo.text;
  }

  private cardContext(s: TimelineStrings): CardContext {
    const locale = this.locale;
    return {
      s,
      locale,
      level: this.headingLevel,
      contentWarning: this.contentWarning,
      idPrefix: '',
      openSources: this.openSources,
      openWarnings: this.openWarnings,
      onToggle: this.onToggle,
    };
  }

  private renderFilterBar(s: TimelineStrings): TemplateResult {
    const f = this.filterState();
    const facets = this.facets;
    return renderFilters({
      s,
      locale: this.locale,
      kindCounts: facets.kindCounts,
      allCount: facets.allCount,
      selectedKinds: f.kinds,
      countries: facets.countries,
      country: f.country,
      countryName: (code) => countryName(code, this.locale),
      fromValue: this.typedDates.from ?? f.from ?? '',
      toValue: this.typedDates.to ?? f.to ?? '',
      fromInvalid: this.typedDates.from !== undefined,
      toInvalid: this.typedDates.to !== undefined,
      query: this.typedQuery ?? f.query,
      filtered: isFiltered(f),
      onQuery: (v) => this.onQueryInput(v),
      onKind: (k) => {
        if (k === null) return void (this.kinds = '');
        const set = parseKinds(this.kinds);
        if (set.has(k)) set.delete(k);
        else set.add(k);
        this.kinds = [...set].join(' ');
      },
      onCountry: (c) => (this.country = c),
      onFrom: (v) => this.onDateInput('from', v),
      onTo: (v) => this.onDateInput('to', v),
      onClear: () => {
        this.clearFilters();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#q')?.focus());
      },
    });
  }

  protected override renderReady(): TemplateResult {
    const s = strings(this.locale);
    const card = this.cardContext(s);
    const activeIndex = this.activeKey ? (this.indexByKey.get(this.activeKey) ?? -1) : -1;
    const selectedIndex = this.selectedKey ? (this.indexByKey.get(this.selectedKey) ?? -1) : -1;
    const label = this.includeActions ? s.timelineWithActions : s.timeline;
    let body: TemplateResult | typeof nothing = nothing;
    if (!this.shown.length) {
      body = html`<p class="no-match" part="no-match">${s.noMatch}</p>`;
    } else if (this.drawnLayout === 'horizontal') {
      const axis = this.axis!;
      body = this.kit!.renderHorizontal({
        card,
        events: this.shown,
        axis,
        level: this.headingLevel,
        activeIndex,
        selectedIndex,
        onKeydown: this.onMarkerKeydown,
        onMarkerClick: this.onMarkerClick,
        onZoom: (factor) => axis.zoom(factor),
      });
    } else {
      body = renderVertical({
        card,
        events: this.shown,
        range: this.vlist.range,
        virtual: this.vlist.virtual,
        level: this.headingLevel,
        activeIndex,
        selectedIndex,
        label,
        longListNote: s.longList,
        onKeydown: this.onListKeydown,
        onClick: this.onListClick,
      });
    }
    return html`<section class="timeline" aria-label=${label}>
      ${guard([this.filterKey, this.typedQuery, this.typedDates, this.facets, s], () => this.renderFilterBar(s))}
      <p class="summary" part="summary" role="status">${this.summaryText(s)}</p>
      ${body}
    </section>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="skeleton"></div>
      <div class="skeleton"></div>
      <div class="skeleton"></div>
      <div class="skeleton"></div>`;
  }
}
