import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from './frame.js';
import { boundariesOf, DEFAULT_ROW_HEIGHT, ListGeometry, type MeasuredRow } from './windowing.js';

/** The elements of the rendered list the controller measures and sizes. */
export interface VirtualParts {
  /** Empty block before the rendered rows, as tall as the rows left out above. */
  before: HTMLElement;
  /** The rendered rows' list; each row is `li.event[data-index]`. */
  list: HTMLElement;
  /** Empty block after the rendered rows, as tall as the rows left out below. */
  after: HTMLElement;
}

/** A tall desktop screen gets no more first rows than this many pixels' worth; scrolling adds the rest. */
const MAX_GUESS_HEIGHT = 1440;

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
  /**
   * Where the window's first row was placed, in list coordinates (0 = top of the leading spacer).
   * It stays put while that row leads the window, however the estimates of the rows above it change
   * as more rows are measured: rows on screen never jump, the error goes to the trailing spacer.
   */
  private placed?: { index: number; top: number };
  /** The window as laid out at the last measure: leading spacer, rendered list, first row's offset in it. */
  private laid = { before: 0, height: 0, firstTop: 0 };
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
    this.placed = undefined;
    if (!this.virtual) {
      this.range = [0, rows.length];
      this.listen(false);
      return;
    }
    this.geometry.setRows(
      rows.map((r) => r.key),
      boundariesOf(rows),
    );
    // Before the first render there is nothing to measure: a screen of rows of the default height.
    // The filters and the summary line sit above the list, so that covers the screen and the quarter
    // screen below it that `check` asks for, and the first frame needs no second render; the
    // half-screen margin is added once the reader scrolls. The screen's height stands in for the
    // window's: reading `innerHeight` can make the browser lay out the page first (it is on the list
    // of reads that force layout; a trace of the bench's Chromium showed it here), before there is
    // anything to lay out.
    const guess = Math.ceil(Math.min(window.screen?.availHeight || 800, MAX_GUESS_HEIGHT) / DEFAULT_ROW_HEIGHT);
    this.range = this.desiredRange(0) ?? [0, Math.min(rows.length, Math.max(5, guess))];
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
    this.moveTo([Math.max(0, i - 10), Math.min(this.count, i + 30)]);
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

  /**
   * How far the estimates place the window's first row below where it really is (list coordinates):
   * the viewport, measured on the page, is moved by this much before it is looked up in the estimates.
   */
  private shift(): number {
    const [a] = this.range;
    return a === 0 ? 0 : this.geometry.pos[a] - (this.laid.before + this.laid.firstTop);
  }

  private desiredRange(shift = this.shift()): [number, number] | null {
    const v = this.viewport();
    if (!v) return null;
    const margin = v.height / 2;
    const g = this.geometry;
    const top = v.top + shift;
    const bottom = v.bottom + shift;
    // Off screen: keep a small window at the nearer end, ready for when the reader arrives.
    if (bottom < 0) return g.rangeFor(0, v.height);
    if (top > g.total) return g.rangeFor(g.total - v.height, g.total);
    return g.rangeFor(top - margin, bottom + margin);
  }

  /** Renders the rows [a, b), placing row a where the estimates (corrected by `shift`) put it. */
  private moveTo(next: [number, number], shift = this.shift()): void {
    if (next[0] !== this.placed?.index) this.placed = { index: next[0], top: this.geometry.pos[next[0]] - shift };
    this.range = next;
    this.host.requestUpdate();
  }

  /** Moves the window when the rendered rows no longer cover the viewport with some margin. */
  private check(): void {
    if (!this.virtual || !this.connected) return;
    const v = this.viewport();
    if (!v) return;
    const [a, b] = this.range;
    const { before, height } = this.laid;
    // What is on the page, not what the estimates say: the rendered rows span [before, before + height].
    const slack = v.height / 4;
    const top = Math.max(0, v.top - slack);
    const bottom = v.bottom + slack;
    const covered = (a === 0 || before <= top) && (b >= this.count || before + height >= bottom);
    if (covered) return;
    const next = this.desiredRange();
    if (!next || (next[0] === a && next[1] === b)) return;
    // A safety net: stop after a few rounds without scrolling.
    if (++this.settling > 6) return;
    this.moveTo(next);
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
    const firstTop = rows.find((r) => r.index === a)?.top ?? 0;
    if (a > 0 && this.placed?.index !== a) this.placed = { index: a, top: g.pos[a] };
    const before = a === 0 ? 0 : Math.max(0, this.placed!.top - firstTop);
    const after = b >= this.count ? 0 : Math.max(0, g.total - g.pos[b]);
    this.laid = { before, height: listRect.height, firstTop };
    p.before.style.setProperty('height', `${before}px`);
    p.after.style.setProperty('height', `${after}px`);
  }
}
