import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from './frame.js';
import { boundariesOf, ListGeometry, type MeasuredRow } from './windowing.js';

/** The elements of the rendered list the controller measures and sizes. */
export interface VirtualParts {
  /** Empty block before the rendered rows, as tall as the rows left out above. */
  before: HTMLElement;
  /** The rendered rows' list; each row is `li.event[data-index]`. */
  list: HTMLElement;
  /** Empty block after the rendered rows, as tall as the rows left out below. */
  after: HTMLElement;
}

export interface VirtualRow {
  key: string;
  year: string;
  month: string;
}

/**
 * Windowing for the vertical list: renders only the rows near the viewport (plus half a screen
 * above and below), keeps the list as tall as all rows would be (spacers sized from measured
 * heights), and moves the window as the page scrolls. Short lists are rendered whole, so the
 * browser's find-in-page and printing see everything.
 *
 * The page scrolls, not the element: a nested scroll box would trap touch scrolling on phones. The
 * controller listens to scroll events in the capture phase on `window`, which also reports scrolling
 * containers around the element.
 */
export class VirtualListController implements ReactiveController {
  readonly geometry = new ListGeometry();
  /** Rows [a, b) to render. */
  range: [number, number] = [0, 0];
  virtual = false;
  private count = 0;
  private connected = false;
  private listening = false;
  private cancelFrame?: () => void;
  private settling = 0;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private parts: () => VirtualParts | null,
    /** Lists longer than this are windowed. */
    readonly threshold = 50,
  ) {
    host.addController(this);
  }

  /** A new list of rows (feed loaded, filters changed). */
  setRows(rows: readonly VirtualRow[]): void {
    this.count = rows.length;
    this.virtual = rows.length > this.threshold;
    this.settling = 0;
    if (!this.virtual) {
      this.range = [0, rows.length];
      this.listen(false);
      return;
    }
    this.geometry.setRows(
      rows.map((r) => r.key),
      boundariesOf(rows),
    );
    // Before the first render there is nothing to measure: about one and a half screens of rows.
    const guess = Math.ceil((1.5 * (window.innerHeight || 800)) / 120);
    this.range = this.desiredRange() ?? [0, Math.min(rows.length, Math.max(5, guess))];
    this.listen(true);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.virtual) this.listen(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen(false);
  }

  hostUpdated(): void {
    if (!this.virtual) return;
    this.remeasure();
    this.schedule();
  }

  /** Makes sure row `i` is rendered (scrolling to it is the caller's job, once it exists). */
  async reveal(i: number): Promise<void> {
    if (i < 0 || i >= this.count) return;
    const [a, b] = this.range;
    if (!this.virtual || (i >= a && i < b)) return;
    this.range = [Math.max(0, i - 10), Math.min(this.count, i + 30)];
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  private listen(on: boolean): void {
    on = on && this.connected;
    if (on === this.listening) return;
    this.listening = on;
    if (on) {
      window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      window.addEventListener('resize', this.onScroll, { passive: true });
      this.resizeObserver ??= new ResizeObserver(() => this.onResize());
    } else {
      window.removeEventListener('scroll', this.onScroll, { capture: true });
      window.removeEventListener('resize', this.onScroll);
      this.resizeObserver?.disconnect();
      this.observed = undefined;
      this.cancelFrame?.();
      this.cancelFrame = undefined;
    }
  }

  private onScroll = (): void => {
    this.settling = 0;
    this.schedule();
  };

  private onResize(): void {
    if (!this.virtual) return;
    this.remeasure();
    this.schedule();
  }

  private schedule(): void {
    if (this.cancelFrame || !this.listening) return;
    this.cancelFrame = nextFrame(() => {
      this.cancelFrame = undefined;
      this.check();
    });
  }

  /** Viewport in list coordinates (0 = top of the first row's slot), with the screen height. */
  private viewport(): { top: number; bottom: number; height: number } | null {
    const p = this.parts();
    if (!p) return null;
    const r = p.before.getBoundingClientRect();
    const height = window.innerHeight || document.documentElement.clientHeight || 800;
    return { top: -r.top, bottom: height - r.top, height };
  }

  private desiredRange(): [number, number] | null {
    const v = this.viewport();
    if (!v) return null;
    const margin = v.height / 2;
    const g = this.geometry;
    // Off screen: keep a small window at the nearer end, ready for when the reader arrives.
    if (v.bottom < 0) return g.rangeFor(0, v.height);
    if (v.top > g.total) return g.rangeFor(g.total - v.height, g.total);
    return g.rangeFor(v.top - margin, v.bottom + margin);
  }

  /** Moves the window when the rendered rows no longer cover the viewport with some margin. */
  private check(): void {
    if (!this.virtual || !this.connected) return;
    const v = this.viewport();
    if (!v) return;
    const g = this.geometry;
    const [a, b] = this.range;
    const slack = v.height / 4;
    const top = Math.max(0, Math.min(v.top, g.total - v.height) - slack);
    const bottom = Math.min(g.total, Math.max(v.bottom, v.height) + slack);
    const covered = g.pos[a] <= top && (b >= this.count || g.pos[b] >= bottom);
    if (covered) return;
    const next = this.desiredRange();
    if (!next || (next[0] === a && next[1] === b)) return;
    // Estimates can be off by a lot on the first pass; stop after a few rounds without scrolling.
    if (++this.settling > 6) return;
    this.range = next;
    this.host.requestUpdate();
  }

  /** Learns row heights from the DOM and sizes the spacers so the list is as tall as all rows. */
  private remeasure(): void {
    const p = this.parts();
    if (!p) return;
    if (this.observed !== p.list && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(p.list);
      this.observed = p.list;
    }
    const listRect = p.list.getBoundingClientRect();
    const rows: MeasuredRow[] = [];
    for (const li of p.list.querySelectorAll<HTMLElement>('li.event[data-index]')) {
      const r = li.getBoundingClientRect();
      rows.push({ index: Number(li.dataset.index), top: r.top - listRect.top, height: r.height });
    }
    const g = this.geometry;
    g.measure(rows, listRect.height);
    const [a, b] = this.range;
    const first = rows.find((r) => r.index === a);
    const before = a === 0 ? 0 : Math.max(0, g.pos[a] - (first?.top ?? 0));
    const after = b >= this.count ? 0 : Math.max(0, g.total - before - listRect.height);
    p.before.style.setProperty('height', `${before}px`);
    p.after.style.setProperty('height', `${after}px`);
  }
}
