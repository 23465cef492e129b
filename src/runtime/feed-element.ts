import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CampaignFeed } from '../feed/types.js';
import { DEFAULT_TIMEOUT, FeedController, type FeedState } from './feed-controller.js';
import type { FeedErrorCode } from './errors.js';
import { FeedErrorEvent, FeedLoadEvent, FeedWarningEvent } from './events.js';
import { defineStrings, resolveLang, toLocale, type Locale } from './i18n.js';
import { unwatchLang, watchLang, type LangListener } from './lang-observer.js';
import { LIBRARY_ELEMENT } from './define.js';

const strings = defineStrings({
  en: {
    loading: 'Loading…',
    loaded: 'Content loaded.',
    error: 'This content could not be loaded.',
    errorTimeout: 'This content took too long to load.',
    errorTooLarge: 'This content is too large to show.',
    errorUnreadable: 'This content could not be read.',
    retry: 'Try again',
    empty: 'Nothing to show yet.',
  },
  // To be checked by a native speaker before release.
  km: {
    loading: 'កំពុងផ្ទុក…',
    loaded: 'បានផ្ទុករួចរាល់។',
    error: 'មិនអាចផ្ទុកមាតិកានេះបានទេ។',
    errorTimeout: 'ការផ្ទុកមាតិកានេះចំណាយពេលយូរពេក។',
    errorTooLarge: 'មាតិកានេះធំពេក មិនអាចបង្ហាញបានទេ។',
    errorUnreadable: 'មិនអាចអានមាតិកានេះបានទេ។',
    retry: 'ព្យាយាមម្ដងទៀត',
    empty: 'មិនទាន់មានអ្វីបង្ហាញនៅឡើយទេ។',
  },
});

type Strings = ReturnType<typeof strings>;

function errorMessage(s: Strings, code: FeedErrorCode | undefined): string {
  switch (code) {
    case 'timeout':
      return s.errorTimeout;
    case 'too-large':
      return s.errorTooLarge;
    case 'syntax':
    case 'format':
      return s.errorUnreadable;
    default:
      return s.error;
  }
}

/** What the element shows: the feed's state, with `ready` split into `empty` and `ready`. */
export type ViewState = 'loading' | 'error' | 'empty' | 'ready';

const INLINE_SELECTOR = ':scope > script[type="application/json"], :scope > script[type="application/feed+json"], :scope > script[type="application/geo+json"]';

/** Whether the HTML parser has moved past `node` (something follows it or one of its ancestors). */
function parsedPast(node: Node): boolean {
  for (let n: Node | null = node; n && n !== document; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

/**
 * The base every element of the library extends: reads the feed (`src`, an inline JSON child or
 * `.feed`, in any supported format), renders the loading / error / empty states, announces them,
 * fires the feed events, and resolves the language. Subclasses render only their own view in
 * `renderReady()`.
 *
 * Announcements (one polite live region per element): errors always; loading, empty and ready only
 * after the element has already shown a result once (a retry, a new `src`), so a page with four
 * elements does not read out eight messages while it loads. While loading, the state has `aria-busy`.
 *
 * Language: the element speaks its own `lang`, else the nearest ancestor's (English and Khmer are
 * shipped; anything else falls back to English), and re-renders when its `lang` attribute or any
 * `lang` in the document changes. `lang` stays the platform's property (not redeclared, so no
 * default value can shadow inheritance); subclasses still see `changed.has('lang')` in `willUpdate`.
 *
 * Inline JSON is re-read whenever the element's children change (a `MutationObserver` while
 * connected): the HTML parser, a framework or a CMS may add or edit the `<script>` after the upgrade.
 *
 * Before the element upgrades (or when scripts are stripped) its light-DOM children show as they are:
 * put a plain list or table of the same content there. After the upgrade they are hidden (the shadow
 * root has no default slot), except in print with `print-fallback`.
 *
 * @attr {string} lang - Language of the element: `en` or `km` (others fall back to English). Inherited from the nearest ancestor with `lang` when absent.
 * @slot - Fallback content (a list, a table) shown before the element upgrades and when scripts are stripped; printed instead of the view with `print-fallback`.
 * @slot empty - Replaces the message shown when the feed has nothing for this element.
 * @csspart loading - The loading skeleton (has `aria-busy="true"`).
 * @csspart error - The error state: a short message and the retry button.
 * @csspart error-message - The error message.
 * @csspart retry - The retry button.
 * @csspart empty - The empty-state message.
 * @csspart view - The rendered view of a loaded feed.
 * @cssprop [--sw-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--sw-color-text=#1d1d1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--sw-color-muted=#5b5b66] - Secondary text colour (dark theme: #b4b4c0).
 * @cssprop [--sw-color-accent=#a4161a] - Links and highlights (dark theme: #ff8a8a).
 * @cssprop [--sw-color-danger=#b00020] - Error and killing markers (dark theme: #ff9aa8).
 * @cssprop [--sw-color-surface=#ffffff] - Background (dark theme: #17171c).
 * @cssprop [--sw-color-border=color-mix(in srgb, text 20%, transparent)] - Lines and borders.
 * @cssprop [--sw-color-focus=#1a5fb4] - Focus ring (dark theme: #8ab4f8).
 * @cssprop [--sw-radius=0.375rem] - Corner radius.
 * @cssprop [--sw-space=1rem] - Base spacing unit.
 * @cssprop [--sw-min-height] - Height kept by every state, so nothing below the element moves when the feed arrives. Unset, the loading, error and empty states keep the element's typical height and the view takes what it needs.
 * @fires {FeedLoadEvent} feed-load - The feed was read; `detail` has item and fact counts and the format.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read; `detail.reason` says why, `detail.code` classifies it.
 * @fires {FeedWarningEvent} feed-warning - Some records or fields were left out; `detail.problems` lists them with JSON paths.
 */
export abstract class FeedElement extends LitElement implements LangListener {
  /** URL of the feed: the project's feed, JSON Feed, RSS, Atom, TimelineJS JSON or GeoJSON. http(s) only. */
  @property() src?: string;

  /** The feed as an object (any supported JSON format), as text (JSON or XML), or an XML `Document`; wins over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /** Colour scheme: `auto` follows the reader's system setting. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Keep the author's light-DOM fallback content for printing. */
  @property({ type: Boolean, reflect: true, attribute: 'print-fallback' }) printFallback = false;

  /** Milliseconds to wait for `src` before showing the error state. */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT;

  protected readonly feedController = new FeedController(
    this,
    () => {
      this.readInline();
      return { src: this.src, feed: this.feed, inline: this.inline, inlinePending: this.inlinePending, timeout: this.timeout };
    },
    () => this.prepareView(),
  );

  /**
   * Tables an element needs in the reader's language beyond English (its Khmer strings, Khmer country
   * names), each a loader that answers undefined once its table is here. They load beside the feed,
   * so the first view is already in the reader's language, and again when the page's language changes.
   */
  protected static localeTables: readonly ((locale: Locale) => Promise<void> | undefined)[] = [];

  private loadLocaleTables(): Promise<unknown> | undefined {
    const pending = (this.constructor as typeof FeedElement).localeTables.map((load) => load(this.locale)).filter((p) => p !== undefined);
    return pending.length ? Promise.all(pending) : undefined;
  }

  /**
   * What the view needs besides the feed, loaded beside it (see FeedController): by default the
   * locale tables; a subclass adds the modules its current settings need (and calls super).
   */
  protected prepareView(): Promise<unknown> | undefined {
    return this.loadLocaleTables();
  }

  /** The inline JSON child's text, as last read. */
  private inline?: string;
  /** There is an inline JSON child, but the HTML parser has not moved past it yet. */
  private inlinePending = false;
  /** The child `inline` was read from, and whether the children changed since (then it is read again). */
  private inlineFrom?: Element;
  private inlineStale = true;
  private waitingForParser = false;
  private lastEventMarker?: unknown;
  private renderedLang?: string;
  private lastView?: ViewState;
  private settledOnce = false;
  private liveText = '';
  private focusAfterRetry = false;
  private childObserver?: MutationObserver;

  /** `lang` is the platform's own property; observing its attribute re-renders on change without shadowing it. */
  /** Marks the library's elements, so another copy of the library defining the same tag is no surprise. */
  static readonly [LIBRARY_ELEMENT] = true;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate('lang', old);
  }

  /** The shipped language this element speaks: its `lang`, else the page's nearest `lang`. */
  get locale(): Locale {
    return toLocale(resolveLang(this));
  }

  /** The feed's current state. */
  get state(): FeedState {
    return this.feedController.state;
  }

  /** What is shown: `loading`, `error`, `empty` or `ready`. */
  get viewState(): ViewState {
    const c = this.feedController;
    if (c.state !== 'ready') return c.state;
    const v = c.value;
    return !v || this.isEmpty(v.feed) ? 'empty' : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may arrive after the upgrade (the parser is still adding children, a framework
    // renders them later, a CMS edits them): re-read it whenever the children change.
    this.childObserver ??= new MutationObserver(() => {
      this.inlineStale = true;
      if (this.readInline()) this.requestUpdate();
    });
    this.inlineStale = true;
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    unwatchLang(this);
  }

  /** @internal Called by the page-wide `lang` observer. */
  langMayHaveChanged(): void {
    if (resolveLang(this) !== this.renderedLang) this.requestUpdate('lang');
  }

  /** Reads the inline JSON child into `inline` and `inlinePending`; true when either changed. */
  private readInline(): boolean {
    const script = this.querySelector(INLINE_SELECTOR);
    let text: string | undefined;
    let pending = false;
    // While the page is still arriving, the parser may have added only part of the JSON (the rest is
    // still on the network): reading it now would show an error for a feed that is fine. It is read
    // once the parser has moved past it, or when the page is parsed; meanwhile the element keeps
    // showing that it is loading (not that the feed is empty).
    if (script && document.readyState === 'loading' && !parsedPast(script)) {
      pending = true;
      if (!this.waitingForParser) {
        this.waitingForParser = true;
        document.addEventListener('DOMContentLoaded', () => {
          this.waitingForParser = false;
          this.requestUpdate();
        }, { once: true });
      }
    } else if (script) {
      // Read once per change: a feed of 1,000 events is a third of a megabyte of text, and every
      // update asks for it.
      text = script === this.inlineFrom && !this.inlineStale ? this.inline : (script.textContent ?? undefined);
      this.inlineFrom = script;
      this.inlineStale = false;
    }
    const changed = text !== this.inline || pending !== this.inlinePending;
    this.inline = text;
    this.inlinePending = pending;
    return changed;
  }

  /** Subclasses: true when the feed has nothing this element can show. */
  protected abstract isEmpty(feed: CampaignFeed): boolean;

  /** Subclasses: the view of a loaded, non-empty feed. */
  protected abstract renderReady(feed: CampaignFeed): TemplateResult;

  /** Subclasses may draw a skeleton shaped like their view. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton"></div><div class="skeleton"></div><div class="skeleton"></div>`;
  }

  /** The live-region text for a change of view (see the class comment for the policy). */
  private announcement(view: ViewState, s: Strings): string {
    switch (view) {
      case 'error':
        return errorMessage(s, this.feedController.error?.code);
      case 'loading':
        return this.settledOnce ? s.loading : '';
      case 'empty':
        return this.settledOnce ? this.querySelector(':scope > [slot="empty"]')?.textContent?.trim() || s.empty : '';
      case 'ready':
        return this.settledOnce ? s.loaded : '';
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A page that turns to another language after the first view: shown in it once its tables are here.
    this.loadLocaleTables()?.then(() => this.requestUpdate());
  }

  protected override update(changed: PropertyValues): void {
    this.renderedLang = resolveLang(this);
    // Decided before rendering, so the live region changes in the same render as the view.
    const view = this.viewState;
    if (view !== this.lastView) {
      this.liveText = this.announcement(view, strings(this.locale));
      this.lastView = view;
      if (view !== 'loading') this.settledOnce = true;
    }
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.fireEvents();
    if (this.focusAfterRetry) {
      // The retry button just vanished with the state it belonged to: keep focus in the element.
      const view = this.viewState;
      const target = this.renderRoot.querySelector<HTMLElement>(view === 'error' ? '[part~="retry"]' : '[data-focus-target]');
      target?.focus();
      if (view !== 'loading') this.focusAfterRetry = false;
    }
  }

  private fireEvents(): void {
    const c = this.feedController;
    const marker = c.state === 'ready' ? c.value : c.state === 'error' ? c.error : undefined;
    if (marker === undefined || marker === this.lastEventMarker) return;
    this.lastEventMarker = marker;
    const url = this.src ? this.absoluteSrc() : undefined;
    const error = c.error;
    if (error) {
      this.dispatchEvent(new FeedErrorEvent({ reason: error.message, url, code: error.code }));
      return;
    }
    const v = c.value!;
    if (v.problems.length) this.dispatchEvent(new FeedWarningEvent({ url, problems: v.problems }));
    const camp = v.feed._campaign;
    this.dispatchEvent(
      new FeedLoadEvent({
        url,
        format: v.format,
        items: v.feed.items.length,
        wages: camp?.wages?.length ?? 0,
        incidents: camp?.incidents?.length ?? 0,
        actions: camp?.actions?.length ?? 0,
      }),
    );
  }

  private absoluteSrc(): string | undefined {
    try {
      return new URL(this.src!, document.baseURI).href;
    } catch {
      return this.src;
    }
  }

  private onRetry = (e: Event): void => {
    this.focusAfterRetry = this.renderRoot.contains(e.target as Node) && (e.target as HTMLElement).matches(':focus');
    this.feedController.retry();
  };

  protected override render(): TemplateResult {
    const s = strings(this.locale);
    const c = this.feedController;
    const view = this.viewState;
    const fallback = this.printFallback ? html`<div class="print-fallback"><slot></slot></div>` : nothing;
    let body: TemplateResult;
    switch (view) {
      case 'loading':
        body = html`<div class="state" part="loading" aria-busy="true" tabindex="-1" data-focus-target>
          <span class="visually-hidden">${s.loading}</span>
          <div class="skeleton-box" aria-hidden="true">${this.renderSkeleton()}</div>
        </div>`;
        break;
      case 'error':
        body = html`<div class="state" part="error">
          <p part="error-message">${errorMessage(s, c.error?.code)}</p>
          <button type="button" part="retry" @click=${this.onRetry}>${s.retry}</button>
        </div>`;
        break;
      case 'empty':
        body = html`<div class="state" part="empty" tabindex="-1" data-focus-target><slot name="empty">${s.empty}</slot></div>`;
        break;
      case 'ready':
        body = html`<div class="view" part="view" tabindex="-1" data-focus-target>${this.renderReady(c.value!.feed)}</div>`;
        break;
    }
    return html`<div class="visually-hidden" role="status">${this.liveText}</div>${body}${fallback}`;
  }
}
