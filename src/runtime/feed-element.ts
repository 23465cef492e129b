import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CampaignFeed } from '../feed/types.js';
import { FeedController, type FeedState } from './feed-controller.js';
import { FeedErrorEvent, FeedLoadEvent, FeedWarningEvent } from './events.js';
import { defineStrings, resolveLang, toLocale, type Locale } from './i18n.js';

const strings = defineStrings({
  en: {
    loading: 'Loading…',
    error: 'This content could not be loaded.',
    retry: 'Try again',
    empty: 'Nothing to show yet.',
  },
  km: {
    loading: 'កំពុងផ្ទុក…',
    error: 'មិនអាចផ្ទុកមាតិកានេះបានទេ។',
    retry: 'ព្យាយាមម្ដងទៀត',
    empty: 'មិនទាន់មានអ្វីបង្ហាញនៅឡើយទេ។',
  },
});

/**
 * The base every element of the library extends: reads the feed (`src`, inline JSON child or `.feed`),
 * renders the loading / error / empty states, fires the feed events, and resolves the language.
 * Subclasses render only their own view in `renderReady()`.
 *
 * @slot - Fallback content (a list, a table) shown before the element upgrades and when scripts are stripped.
 * @slot empty - Replaces the message shown when the feed has nothing for this element.
 * @csspart loading - The loading skeleton.
 * @csspart error - The error message and its retry button.
 * @csspart retry - The retry button.
 * @csspart empty - The empty-state message.
 * @cssprop [--sw-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--sw-color-text=#1d1d1f] - Text colour.
 * @cssprop [--sw-color-muted=#5b5b66] - Secondary text colour.
 * @cssprop [--sw-color-accent=#a4161a] - Links and highlights.
 * @cssprop [--sw-color-danger=#b00020] - Error and killing markers.
 * @cssprop [--sw-color-surface=#ffffff] - Background.
 * @cssprop [--sw-radius=0.375rem] - Corner radius.
 * @cssprop [--sw-space=1rem] - Base spacing unit.
 * @cssprop [--sw-min-height=12rem] - Height reserved while loading, so nothing jumps.
 * @fires {FeedLoadEvent} feed-load - The feed was read; `detail` has item and fact counts.
 * @fires {FeedErrorEvent} feed-error - The feed could not be read; `detail.reason` says why.
 * @fires {FeedWarningEvent} feed-warning - Some records were dropped; `detail.problems` lists them.
 */
export abstract class FeedElement extends LitElement {
  /** URL of the feed (the project's feed, JSON Feed, RSS, Atom, TimelineJS JSON or GeoJSON). */
  @property() src?: string;

  /** The feed as an object; wins over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /** Colour scheme: `auto` follows the reader's system setting. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Keep the author's light-DOM fallback content for printing. */
  @property({ type: Boolean, reflect: true, attribute: 'print-fallback' }) printFallback = false;

  protected readonly feedController = new FeedController(this, () => ({
    src: this.src ? new URL(this.src, document.baseURI).href : undefined,
    feed: this.feed,
    inline: this.inlineJson(),
  }));

  private lastAnnounced?: unknown;

  /** The shipped language this element speaks: its `lang`, else the page's nearest `lang`. */
  get locale(): Locale {
    return toLocale(resolveLang(this));
  }

  /** The feed's current state. */
  get state(): FeedState {
    return this.feedController.state;
  }

  private inlineJson(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  /** Subclasses: true when the feed has nothing this element can show. */
  protected abstract isEmpty(feed: CampaignFeed): boolean;

  /** Subclasses: the view of a loaded, non-empty feed. */
  protected abstract renderReady(feed: CampaignFeed): TemplateResult;

  /** Subclasses may draw a skeleton shaped like their view. */
  protected renderSkeleton(): TemplateResult {
    return html`<div class="skeleton"></div><div class="skeleton"></div><div class="skeleton"></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.announce();
  }

  private announce(): void {
    const c = this.feedController;
    const marker = c.state === 'ready' ? c.value : c.state === 'error' ? c.error : undefined;
    if (marker === undefined || marker === this.lastAnnounced) return;
    this.lastAnnounced = marker;
    const url = this.src ? new URL(this.src, document.baseURI).href : undefined;
    if (c.state === 'error') {
      const reason = c.error instanceof Error ? c.error.message : String(c.error);
      this.dispatchEvent(new FeedErrorEvent({ reason, url }));
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

  protected override render(): TemplateResult {
    const s = strings(this.locale);
    const c = this.feedController;
    const fallback = this.printFallback ? html`<div class="print-fallback"><slot></slot></div>` : nothing;
    if (c.state === 'loading') {
      return html`<div class="state" part="loading" aria-busy="true" role="status">
          <span class="visually-hidden">${s.loading}</span>${this.renderSkeleton()}
        </div>${fallback}`;
    }
    if (c.state === 'error') {
      return html`<div class="state" part="error" role="alert">
          <p>${s.error}</p>
          <button type="button" part="retry" @click=${() => c.retry()}>${s.retry}</button>
        </div>${fallback}`;
    }
    const feed = c.value!.feed;
    if (this.isEmpty(feed)) {
      return html`<div class="state" part="empty" role="status"><slot name="empty">${s.empty}</slot></div>${fallback}`;
    }
    return html`<div class="view">${this.renderReady(feed)}</div>${fallback}`;
  }
}
