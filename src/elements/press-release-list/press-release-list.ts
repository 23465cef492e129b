import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CampaignFeed, FeedItem } from '../../feed/types.js';
import { safeHttpUrl } from '../../feed/urls.js';
import { defineElement } from '../../runtime/define.js';
import { FeedElement } from '../../runtime/feed-element.js';
import { formatNumber } from '../../runtime/format.js';
import { feedLink } from '../../runtime/links.js';
import { baseStyles } from '../../runtime/tokens.styles.js';
import { HashSyncController } from './hash-sync.js';
import { clampPage, pageCount } from './paging.js';
import { styles } from './press-release-list.styles.js';
import { strings } from './press-release-list.strings.js';
import { MAX_YEAR_TABS, renderMore, renderPager, renderTabs, renderToolbar } from './release-controls.js';
import { headingTemplate, renderRelease } from './release-item.js';
import { buildIndex, filterEntries, fold, prepareSearch, searchTerms, type ReleaseEntry, type ReleaseIndex } from './release-index.js';
import { hashNamespace } from './url-state.js';

/** How long typing pauses before the search runs. */
export const SEARCH_DELAY_MS = 150;

const yearsConverter = {
  fromAttribute: (value: string | null): 'show' | 'hide' =>
    value !== null && /^(hide|hidden|false|no|off|none|0)$/i.test(value.trim()) ? 'hide' : 'show',
  toAttribute: (value: string) => value,
};

/** The most entries one page (or the sidebar) renders: paging exists so that huge feeds stay fast. */
export const MAX_PAGE_SIZE = 100;

const positiveInt = (fallback: number | undefined) => ({
  fromAttribute: (value: string | null): number | undefined => {
    const n = value === null ? NaN : Number.parseInt(value, 10);
    return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_PAGE_SIZE) : fallback;
  },
  toAttribute: (value: number | undefined) => (value === undefined ? null : String(value)),
});

/** A page size or limit set from script (not through the attribute converter) made sane. */
function clampSize(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.min(Math.trunc(n), MAX_PAGE_SIZE) : fallback;
}

type Focus = { to: 'tab' } | { to: 'list' } | { to: 'item'; position: number } | { to: 'search' };

const idle: (fn: () => void) => void = (fn) =>
  typeof requestIdleCallback === 'function' ? void requestIdleCallback(fn, { timeout: 1000 }) : void setTimeout(fn, 30);

/**
 * A partner's press-release page from the campaign feed (or any JSON Feed, RSS or Atom): newest
 * first, with year tabs, publisher and tag filters, a search box and a pager — or, with `limit`, a
 * compact "latest N" list for a sidebar.
 *
 * Each entry shows its title (linked when the item has a `url`), its date at the precision its
 * source states ("January 2014" when only the month is known), its publisher (`_source.publisher`,
 * else the first author), its summary or the first ~300 characters of its text cut at a word, a
 * button to read the full text, and its tags.
 *
 * **Years.** "All years" and each year present, newest first, as a tab list (arrow keys, Home, End);
 * beyond 15 years a "Year" menu in the toolbar takes its place. Filters offer at most the 100 most
 * used publishers or tags; a page shows at most 100 entries. Hostile or huge feeds stay light.
 *
 * **URL hash (`sync-url`).** The reader's year, publisher, tag, search and page are written to the
 * hash as `#prl.year=2014&prl.q=lor%20peang&prl.page=2` (keys `prl.year`, `prl.publisher`, `prl.tag`,
 * `prl.q`, `prl.page`). A list with an `id` uses `prl-<id>.` instead, so two lists on one page keep
 * separate views: give each an id. The rest of the hash is kept as it was. Choosing a tab, filter or
 * page adds a history entry (the back button undoes it); typing a search adds one entry per search,
 * not per keystroke. Without `sync-url` the element never touches the URL.
 *
 * **Subscribe links.** `subscribe-url` (a JSON Feed), `subscribe-rss` and `subscribe-atom` each add a
 * link (absolute or relative to the page; http/https only); the row shows when any is set.
 *
 * @tagname press-release-list
 * @summary Press releases from the feed: year tabs, filters, search and paging, in one element.
 *
 * @slot heading - Replaces the heading made from the `heading` attribute, e.g. your own `<h2>`
 *   styled by the page.
 * @slot empty - Replaces the message shown when the feed has no item for this list.
 * @slot footer - After the list, in every state: a link to your full archive (sidebar mode), a press
 *   contact… A slot cannot repeat inside each entry across the shadow boundary, so per-entry
 *   additions come from the feed (tags, URL), not from slots.
 * @slot - Fallback content (a `<ul>` of links) shown before the element upgrades and when
 *   scripts are stripped; hidden once the list renders (kept for print with `print-fallback`).
 *
 * @csspart header - The row holding the heading and the subscribe links.
 * @csspart heading - The heading made from the `heading` attribute.
 * @csspart subscribe - The subscribe links row.
 * @csspart toolbar - The row of search box and filters.
 * @csspart search - The search input.
 * @csspart filter - The publisher and tag `<select>`s.
 * @csspart tabs - The year tab list.
 * @csspart tab - Each year tab (the selected one has `aria-selected="true"`).
 * @csspart count - The result count (a polite live region).
 * @csspart list - The `<ol>` of entries.
 * @csspart item - Each entry's `<li>`.
 * @csspart title - An entry's title heading.
 * @csspart link - An entry's link (on the title; on the date when the item has no title).
 * @csspart meta - An entry's date-and-publisher line.
 * @csspart date - An entry's `<time>`.
 * @csspart publisher - An entry's publisher.
 * @csspart summary - An entry's summary, excerpt or full text.
 * @csspart toggle - The "Read full text" / "Show less" button.
 * @csspart tags - An entry's tag list; `tag` is each tag.
 * @csspart tag - One tag of an entry.
 * @csspart no-match - The message shown when filters match nothing.
 * @csspart clear - Its "Clear filters" button.
 * @csspart pager - The pager `<nav>`.
 * @csspart page - Each pager button (previous, numbers, next); the current one has `aria-current="page"`.
 * @csspart more - The "Show more" button (`paging="more"`).
 *
 * @cssprop [--sw-prl-gap=1.25rem] - Space between entries.
 * @cssprop [--sw-prl-card-min-width=16rem] - Narrowest card in `layout="cards"` before the grid drops a column.
 * @cssprop [--sw-prl-title-size=1.125rem] - Font size of entry titles.
 * @cssprop [--sw-prl-heading-size=1.5rem] - Font size of the list heading.
 * @cssprop [--sw-prl-indicator=var(--sw-color-accent)] - Colour of the selected tab's underline and the current page's border.
 *
 * @fires {FeedLoadEvent} feed-load - The feed was read; `detail` has item and fact counts.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read; `detail.reason` says why.
 * @fires {FeedWarningEvent} feed-warning - Some records were dropped; `detail.problems` lists them.
 */
export class PressReleaseList extends FeedElement {
  static override styles = [baseStyles, styles];

  static define(tag = 'press-release-list', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  /** Entries per page (and per "Show more"), 1–100. */
  @property({ attribute: 'page-size', converter: positiveInt(10) }) pageSize = 10;

  /** `pages`: a numbered pager with previous/next. `more`: a "Show more" button that adds a page. */
  @property() paging: 'pages' | 'more' = 'pages';

  /** `show` (default) the year tabs (or Year menu), or `hide` them (`years="hide"`, also `false`/`off`/`none`). */
  @property({ converter: yearsConverter }) years: 'show' | 'hide' = 'show';

  /** Show only this publisher's items (case- and accent-insensitive). Tabs and filters then cover only those. */
  @property() publisher?: string;

  /** Show only items with this tag, e.g. `press-release`. Tabs and filters then cover only those. */
  @property() tag?: string;

  /** Sidebar mode: the latest N entries (1–100), compact (title, date, publisher), without tabs, filters or pager. */
  @property({ converter: positiveInt(undefined) }) limit?: number;

  /** Text of the list heading. No heading is drawn without it (unless the `heading` slot is used). */
  @property() heading?: string;

  /** Level of the list heading (1–6); entry titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `list` (rows, like a press page) or `cards` (a responsive grid). */
  @property({ reflect: true }) layout: 'list' | 'cards' = 'list';

  /** URL of the JSON Feed to subscribe to; shows the subscribe row. */
  @property({ attribute: 'subscribe-url' }) subscribeUrl?: string;

  /** URL of an RSS version of the feed, shown in the subscribe row. */
  @property({ attribute: 'subscribe-rss' }) subscribeRss?: string;

  /** URL of an Atom version of the feed, shown in the subscribe row. */
  @property({ attribute: 'subscribe-atom' }) subscribeAtom?: string;

  /** Keep the reader's year, filters, search and page in the URL hash (see above). */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  private _query = '';

  /**
   * The search text. Typing sets it after a short pause; setting it from script searches at once
   * and goes back to the first page.
   */
  @property({ attribute: false })
  get query(): string {
    return this._query;
  }
  set query(value: string) {
    this._query = typeof value === 'string' ? value : value == null ? '' : String(value);
    this.draft = this._query;
    this.page = 1;
  }

  /** The chosen year tab (`''`: all years). */
  @state() private year = '';
  @state() private chosenPublisher = '';
  @state() private chosenTag = '';
  /** The current page; with `paging="more"`, how many pages are shown. */
  @state() private page = 1;
  /** Entries whose full text is open; reset when the feed changes. */
  private expanded = new Set<ReleaseEntry>();

  private draft = '';
  private searchTimer?: ReturnType<typeof setTimeout>;
  private pendingFocus?: Focus;
  private indexMemo?: { items: readonly FeedItem[]; publisher: string; tag: string; index: ReleaseIndex };
  private filterMemo?: { index: ReleaseIndex; facets: string; query: string; terms: readonly string[]; result: readonly ReleaseEntry[] };
  private warmed?: ReleaseIndex;

  private readonly hash = new HashSyncController(this, {
    enabled: () => this.syncUrl,
    namespace: () => hashNamespace(this.id),
    view: () => ({ year: this.year, publisher: this.chosenPublisher, tag: this.chosenTag, query: this.query, page: this.page }),
    apply: (v) => {
      this.year = v.year;
      this.chosenPublisher = v.publisher;
      this.chosenTag = v.tag;
      this.query = v.query;
      this.page = v.page;
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  // ---- data ----

  private indexFor(feed: CampaignFeed): ReleaseIndex {
    const items = Array.isArray(feed.items) ? feed.items : [];
    const publisher = this.publisher ?? '';
    const tag = this.tag ?? '';
    const m = this.indexMemo;
    if (m && m.items === items && m.publisher === publisher && m.tag === tag) return m.index;
    const index = buildIndex(items, { publisher, tag });
    this.indexMemo = { items, publisher, tag, index };
    this.expanded = new Set();
    return index;
  }

  private filtered(index: ReleaseIndex, year: string, publisher: string, tag: string): readonly ReleaseEntry[] {
    const facets = JSON.stringify([year, publisher, tag]);
    const query = this.query;
    const m = this.filterMemo?.index === index && this.filterMemo.facets === facets ? this.filterMemo : undefined;
    if (m && m.query === query) return m.result;
    // Typing one more letter narrows the last result: search only within it.
    const result = filterEntries(index, { year, publisher, tag, query }, m && { terms: m.terms, entries: m.result });
    this.filterMemo = { index, facets, query, terms: searchTerms(query), result };
    return result;
  }

  /** Folds the search text of a large feed in idle time, so the first keystroke is as quick as the rest. */
  private warmSearch(index: ReleaseIndex): void {
    if (this.warmed === index) return;
    this.warmed = index;
    let next = 0;
    const step = () => {
      if (this.warmed !== index || !this.isConnected) return;
      const until = performance.now() + 8;
      do next = prepareSearch(index, next, 250);
      while (next < index.entries.length && performance.now() < until);
      if (next < index.entries.length) idle(step);
    };
    idle(step);
  }

  protected override isEmpty(feed: CampaignFeed): boolean {
    return this.indexFor(feed).entries.length === 0;
  }

  // ---- reader's actions ----

  private chooseYear(year: string): void {
    if (year === this.year) return;
    this.year = year;
    this.page = 1;
    this.hash.write();
  }

  private onTabKeydown(e: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const at = tabs.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const rtl = this.matches(':dir(rtl)');
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    let to: number;
    if (step !== undefined) to = (at + step + tabs.length) % tabs.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = tabs.length - 1;
    else return;
    e.preventDefault();
    this.chooseYear(tabs[to].dataset.year ?? '');
    this.pendingFocus = { to: 'tab' };
    this.requestUpdate();
  }

  private onSearchInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.runSearch(), SEARCH_DELAY_MS);
  }

  private onSearchKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      this.runSearch();
    }
  }

  private runSearch(): void {
    clearTimeout(this.searchTimer);
    if (this.draft === this.query) return;
    this.query = this.draft;
    this.hash.write(true);
  }

  private choosePublisher(e: Event): void {
    this.chosenPublisher = (e.target as HTMLSelectElement).value;
    this.page = 1;
    this.hash.write();
  }

  private chooseTag(e: Event): void {
    this.chosenTag = (e.target as HTMLSelectElement).value;
    this.page = 1;
    this.hash.write();
  }

  private clearFilters(): void {
    this.year = '';
    this.chosenPublisher = '';
    this.chosenTag = '';
    this.query = '';
    this.hash.write();
    this.pendingFocus = { to: 'search' };
  }

  private goTo(page: number, pages: number): void {
    const to = clampPage(page, pages);
    if (to === this.page) return;
    this.page = to;
    this.hash.write();
    this.pendingFocus = { to: 'list' };
  }

  private showMore(shown: number): void {
    this.page = Math.floor(shown / clampSize(this.pageSize, 10)) + 1;
    this.hash.write();
    this.pendingFocus = { to: 'item', position: shown };
  }

  private toggle(entry: ReleaseEntry): void {
    if (!this.expanded.delete(entry)) this.expanded.add(entry);
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const f = this.pendingFocus;
    this.pendingFocus = undefined;
    if (!f) return;
    const root = this.renderRoot;
    const target =
      f.to === 'tab'
        ? root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
        : f.to === 'list'
          ? root.querySelector<HTMLElement>('ol.items')
          : f.to === 'search'
            ? root.querySelector<HTMLElement>('input[type="search"]')
            : root.querySelector<HTMLElement>(`ol.items > li:nth-child(${f.position + 1}) article`);
    if (!target) return;
    target.focus({ preventScroll: f.to === 'list' });
    if (f.to === 'list' && target.getBoundingClientRect().top < 0) target.scrollIntoView({ block: 'start' });
  }

  // ---- view ----

  protected override render(): TemplateResult {
    return html`${this.renderHeader()}${super.render()}<slot name="footer"></slot>`;
  }

  private renderHeader(): TemplateResult {
    const s = strings(this.locale);
    const heading = this.heading ? headingTemplate(this.headingLevel, this.heading, 'heading') : nothing;
    const base = document.baseURI;
    const links = (
      [
        ['JSON Feed', this.subscribeUrl, 'application/feed+json'],
        ['RSS', this.subscribeRss, 'application/rss+xml'],
        ['Atom', this.subscribeAtom, 'application/atom+xml'],
      ] as const
    )
      .map(([name, url, type]) => ({ name, type, href: safeHttpUrl(url, base) }))
      .filter((l) => l.href);
    const subscribe = links.length
      ? html`<p class="subscribe" part="subscribe">
          <span>${s.subscribe}</span>
          ${links.map((l) => html`<span class="feed-link" data-type=${l.type}>${feedLink(l.href, l.name)}</span>`)}
        </p>`
      : nothing;
    return html`<div class="header" part="header"><slot name="heading">${heading}</slot>${subscribe}</div>`;
  }

  protected override renderReady(feed: CampaignFeed): TemplateResult {
    const index = this.indexFor(feed);
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2) + 1);
    const limit = clampSize(this.limit, 0);
    if (limit) {
      return html`<ol class="items compact" part="list">
        ${repeat(
          index.entries.slice(0, limit),
          (e) => e,
          (e, i) => html`<li class="item" part="item">${this.item(e, i, level, true)}</li>`,
        )}
      </ol>`;
    }
    this.warmSearch(index);
    const s = strings(this.locale);
    const locale = this.locale;
    const years = this.years === 'hide' ? [] : index.years;
    const year = years.includes(this.year) ? this.year : '';
    const yearTabs = years.length <= MAX_YEAR_TABS ? years : [];
    const pubKey = fold(this.chosenPublisher);
    const publisher = index.publishers.length > 1 && index.publishers.some((p) => p.key === pubKey) ? this.chosenPublisher : '';
    const tagKey = fold(this.chosenTag);
    const showTags = index.tags.length > 1 || (index.tags.length === 1 && index.tags[0].count < index.entries.length);
    const tag = showTags && index.tags.some((t) => t.key === tagKey) ? this.chosenTag : '';
    const results = this.filtered(index, year, publisher, tag);
    const size = clampSize(this.pageSize, 10);
    const pages = pageCount(results.length, size);
    const page = clampPage(this.page, pages);
    const more = this.paging === 'more';
    const start = more ? 0 : (page - 1) * size;
    const visible = results.slice(start, page * size);
    const num = (n: number) => formatNumber(n, locale);

    const toolbar = renderToolbar({
      locale,
      draft: this.draft,
      years: yearTabs.length ? [] : years,
      year,
      onYear: (e) => this.chooseYear((e.target as HTMLSelectElement).value),
      publishers: index.publishers,
      publisher: publisher ? pubKey : '',
      tags: showTags ? index.tags : [],
      tag: tag ? tagKey : '',
      onInput: (e) => this.onSearchInput(e),
      onSearch: () => this.runSearch(),
      onKeydown: (e) => this.onSearchKeydown(e),
      onPublisher: (e) => this.choosePublisher(e),
      onTag: (e) => this.chooseTag(e),
    });
    const tabs = yearTabs.length ? renderTabs(locale, yearTabs, year, (y) => this.chooseYear(y), (e) => this.onTabKeydown(e)) : nothing;

    const list = visible.length
      ? html`<ol class="items" part="list" tabindex="-1" aria-label=${more ? s.releases : s.listLabel(num(page), num(pages))}>
          ${repeat(
            visible,
            (e) => e,
            (e, i) => html`<li class="item" part="item">${this.item(e, start + i, level, false)}</li>`,
          )}
        </ol>`
      : html`<div class="no-match" part="no-match">
          <button type="button" part="clear" @click=${this.clearFilters}>${s.clearFilters}</button>
        </div>`;

    return html`${toolbar}${tabs}
      <div
        id="panel"
        class="panel"
        role=${yearTabs.length ? 'tabpanel' : nothing}
        aria-labelledby=${yearTabs.length ? `tab-${year || 'all'}` : nothing}
      >
        <p class="count" part="count" role="status">${results.length ? s.count(results.length, num(results.length)) : s.noMatch}</p>
        ${list}
        ${more
          ? renderMore(locale, visible.length, results.length, size, () => this.showMore(visible.length))
          : renderPager(locale, page, pages, (to) => this.goTo(to, pages))}
      </div>`;
  }

  private item(e: ReleaseEntry, position: number, level: number, compact: boolean): TemplateResult {
    return renderRelease(e, {
      locale: this.locale,
      level,
      position,
      compact,
      expanded: this.expanded.has(e),
      onToggle: (entry) => this.toggle(entry),
    });
  }
}
