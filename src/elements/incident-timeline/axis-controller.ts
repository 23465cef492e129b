import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  axisBounds,
  clampScale,
  dayToX,
  fitScale,
  indexRangeByX,
  layoutAxis,
  xToDay,
  type AxisEvent,
  type AxisLayout,
} from './axis.js';
import { nextFrame } from './frame.js';

/** Space before the first and after the last event on the track. */
export const AXIS_PAD = 24;
const MAX_LANES = 4;
/** Zoom step of the buttons and the + / - keys. */
export const ZOOM_STEP = 1.5;

/** Scroll offset from the inline start, whatever the direction (RTL scrollLeft runs 0 → negative). */
export function logicalScroll(el: HTMLElement): number {
  return getComputedStyle(el).direction === 'rtl' ? -el.scrollLeft : el.scrollLeft;
}

export function setLogicalScroll(el: HTMLElement, x: number): void {
  const max = Math.max(0, el.scrollWidth - el.clientWidth);
  const v = Math.max(0, Math.min(max, x));
  el.scrollLeft = getComputedStyle(el).direction === 'rtl' ? -v : v;
}

/**
 * The horizontal layout's state and gestures: zoom (buttons, keys, Ctrl/⌘ + wheel, two-finger
 * pinch with pointer events), the axis layout at the current zoom, and which markers are near the
 * visible stretch of the scrolling track (only those are rendered). Zooming keeps the day under the
 * pointer (or the focused event) in place.
 */
export class AxisController implements ReactiveController {
  layout: AxisLayout = layoutAxis([], { scale: 1, pad: AXIS_PAD, labelWidth: 0, maxLanes: MAX_LANES });
  /** Pixels per day; 0 until fitted to the width. */
  scale = 0;
  /** Markers [a, b) to render. */
  range: [number, number] = [0, 0];
  /** Visible stretch of the track, in px from its inline start (with a margin). */
  visible: [number, number] = [0, 0];
  private events: readonly AxisEvent[] = [];
  private anchor?: { day: number; px: number };
  private cancelFrame?: () => void;
  private pointers = new Map<number, { x: number; y: number }>();
  private pinch?: { dist: number; scale: number; px: number };
  private labelWidth = 176;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private scroller: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelFrame?.();
    this.cancelFrame = undefined;
    this.pointers.clear();
    this.pinch = undefined;
  }

  /** New events (feed, filters, layout switched on): fit them to the width again. */
  setEvents(events: readonly AxisEvent[]): void {
    this.events = events;
    const fs = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    this.labelWidth = 11 * fs;
    this.scale = 0;
    this.relayout();
  }

  private viewWidth(): number {
    return this.scroller()?.clientWidth || this.host.clientWidth || 640;
  }

  private relayout(): void {
    const { minDay, maxDay } = axisBounds(this.events);
    this.scale = this.scale
      ? clampScale(this.scale, minDay, maxDay)
      : fitScale(minDay, maxDay, this.viewWidth() - this.labelWidth, AXIS_PAD);
    this.layout = layoutAxis(this.events, {
      scale: this.scale,
      pad: AXIS_PAD,
      labelWidth: this.labelWidth,
      maxLanes: MAX_LANES,
    });
    this.updateRange();
  }

  hostUpdated(): void {
    const el = this.scroller();
    if (!el || !this.anchor) return;
    setLogicalScroll(el, dayToX(this.anchor.day, this.layout) - this.anchor.px);
    this.anchor = undefined;
    this.updateRange();
  }

  /** Days visible across the scroller at the current zoom. */
  get daysAcross(): number {
    return this.viewWidth() / (this.scale || 1);
  }

  /** Zooms by `factor`, keeping the day at `px` (from the scroller's inline start) where it is. */
  zoom(factor: number, px = this.viewWidth() / 2): void {
    const el = this.scroller();
    const day = xToDay((el ? logicalScroll(el) : 0) + px, this.layout);
    const before = this.scale;
    this.scale = this.scale * factor;
    this.relayout();
    if (this.scale === before) return;
    this.anchor = { day, px };
    this.host.requestUpdate();
  }

  /** Zooms around event `i`, which stays under the reader's eyes (and focus). */
  zoomAround(i: number, factor: number): void {
    const el = this.scroller();
    const x = this.layout.xs[i];
    if (!el || x === undefined) return this.zoom(factor);
    const px = Math.max(0, Math.min(this.viewWidth(), x - logicalScroll(el)));
    this.zoom(factor, px);
  }

  /** Scrolls the track so event `i` is in view, and renders it. */
  async scrollToIndex(i: number, center = false): Promise<void> {
    const el = this.scroller();
    const x = this.layout.xs[i];
    if (!el || x === undefined) return;
    const w = el.clientWidth;
    const cur = logicalScroll(el);
    if (center || x < cur + 8 || x + this.labelWidth > cur + w - 8) {
      setLogicalScroll(el, center ? x - w / 2 + this.labelWidth / 2 : x < cur ? x - 16 : x + this.labelWidth - w + 16);
    }
    if (this.updateRange()) this.host.requestUpdate();
    await this.host.updateComplete;
  }

  onScroll = (): void => {
    if (this.cancelFrame) return;
    this.cancelFrame = nextFrame(() => {
      this.cancelFrame = undefined;
      if (this.updateRange()) this.host.requestUpdate();
    });
  };

  /** Recomputes the rendered markers; true when they changed. */
  private updateRange(): boolean {
    const el = this.scroller();
    const w = this.viewWidth();
    const left = el ? logicalScroll(el) : 0;
    const margin = w / 2;
    this.visible = [left - margin, left + w + margin];
    const next = indexRangeByX(this.layout.xs, this.visible[0] - this.labelWidth, this.visible[1]);
    if (next[0] === this.range[0] && next[1] === this.range[1]) return false;
    this.range = next;
    return true;
  }

  /** Ctrl/⌘ + wheel zooms (trackpad pinch arrives the same way); a plain wheel scrolls as usual. */
  onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    this.zoom(Math.exp(-e.deltaY * 0.002), this.pxOf(e.clientX));
  };

  private pxOf(clientX: number): number {
    const el = this.scroller();
    if (!el) return 0;
    const r = el.getBoundingClientRect();
    return getComputedStyle(el).direction === 'rtl' ? r.right - clientX : clientX - r.left;
  }

  private pinchState(): { dist: number; mid: number } | undefined {
    if (this.pointers.size !== 2) return undefined;
    const [a, b] = [...this.pointers.values()];
    return { dist: Math.hypot(a.x - b.x, a.y - b.y), mid: (a.x + b.x) / 2 };
  }

  onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const p = this.pinchState();
    if (p && p.dist > 0) this.pinch = { dist: p.dist, scale: this.scale, px: this.pxOf(p.mid) };
  };

  onPointerMove = (e: PointerEvent): void => {
    if (!this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    const p = this.pinchState();
    if (!this.pinch || !p || p.dist === 0) return;
    const target = this.pinch.scale * (p.dist / this.pinch.dist);
    this.zoom(target / this.scale, this.pinch.px);
  };

  onPointerUp = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
    if (this.pointers.size < 2) this.pinch = undefined;
  };
}
