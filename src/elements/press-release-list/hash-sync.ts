import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHash, writeHash, type HashView } from './url-state.js';

/** What the controller needs from its element. */
export interface HashSyncOptions {
  /** True while the element should follow and write the hash (`sync-url`). */
  enabled: () => boolean;
  /** This element's hash namespace (see `hashNamespace`). */
  namespace: () => string;
  /** The element's current view. */
  view: () => HashView;
  /** Shows a view read from the hash (first load, back button, a link that changed the hash). */
  apply: (view: HashView) => void;
}

/**
 * Keeps an element's view in the URL hash while `enabled()`: reads it when enabled and whenever the
 * hash changes (back/forward, links), and writes it on `write()`. Listens to `window` only while
 * connected and enabled; when disabled it neither reads nor writes the URL.
 */
export class HashSyncController implements ReactiveController {
  private listening = false;
  private lastWriteWasSearch = false;
  private readonly onChange = () => {
    this.lastWriteWasSearch = false;
    this.options.apply(readHash(location.hash, this.options.namespace()));
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HashSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.enabled()) this.start();
  }

  hostUpdate(): void {
    // `sync-url` switched on or off after connecting.
    const on = this.options.enabled() && this.host.isConnected;
    if (on && !this.listening) this.start();
    else if (!on && this.listening) this.stop();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(): void {
    if (this.listening) return;
    this.listening = true;
    window.addEventListener('hashchange', this.onChange);
    window.addEventListener('popstate', this.onChange);
    this.onChange();
  }

  private stop(): void {
    if (!this.listening) return;
    this.listening = false;
    window.removeEventListener('hashchange', this.onChange);
    window.removeEventListener('popstate', this.onChange);
  }

  /**
   * Records the current view in the hash. Each call adds a history entry (the back button undoes it),
   * except successive `search` writes, which replace theirs: one entry per search, not per keystroke.
   */
  write(search = false): void {
    if (!this.listening) return;
    const next = writeHash(location.hash, this.options.namespace(), this.options.view());
    const current = location.hash === '#' ? '' : location.hash;
    if (next === current) return;
    const replace = search && this.lastWriteWasSearch;
    this.lastWriteWasSearch = search;
    const url = `${location.pathname}${location.search}${next}`;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
