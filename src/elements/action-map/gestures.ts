/**
 * Pointer, pinch and wheel handling for the map. One mouse or pen pointer drags the map; one finger
 * does nothing, so a touch page keeps scrolling (`touch-action: pan-x pan-y` in the styles); two
 * fingers pinch and pan; the wheel zooms only with Ctrl or ⌘ held (and a trackpad pinch, which the
 * browser reports as a Ctrl wheel), otherwise the page scrolls and a hint says how to zoom.
 */

export interface GestureTarget {
  /** Pans by screen pixels. */
  panBy(dx: number, dy: number): void;
  /** Zooms by `factor` around the screen point (x, y). */
  zoomAt(factor: number, x: number, y: number): void;
  /** The wheel turned without a modifier: the page scrolled instead. */
  wheelWithoutModifier(): void;
  /** A drag or pinch began (the element pauses its play-through). */
  gestureStart(): void;
}

type Point = { x: number; y: number };

export class Gestures {
  private pointers = new Map<number, Point>();
  private travelled = 0;
  private dragged = false;

  constructor(private target: GestureTarget) {}

  /** Position of an event in the SVG's own pixels (its viewBox matches its size, but print or zoom may scale it). */
  private local(e: { clientX: number; clientY: number; currentTarget: EventTarget | null }): Point {
    const el = e.currentTarget as SVGSVGElement;
    const rect = el.getBoundingClientRect();
    const vb = el.viewBox?.baseVal;
    const sx = vb && rect.width ? vb.width / rect.width : 1;
    const sy = vb && rect.height ? vb.height / rect.height : 1;
    return { x: (e.clientX - rect.left) * sx, y: (e.clientY - rect.top) * sy };
  }

  readonly down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.pointers.set(e.pointerId, this.local(e));
    if (this.pointers.size === 1) {
      this.travelled = 0;
      this.dragged = false;
    }
    if (this.pointers.size === 2) this.capture(e);
  };

  /**
   * Captures the pointers once a drag or pinch has begun, not on pointerdown: a captured pointer
   * would send the click of a plain press to the map instead of the marker under it.
   */
  private capture(e: PointerEvent): void {
    for (const id of this.pointers.keys()) {
      try {
        (e.currentTarget as Element).setPointerCapture(id);
      } catch {
        /* the pointer may already be gone */
      }
    }
    this.target.gestureStart();
  }

  readonly move = (e: PointerEvent): void => {
    const prev = this.pointers.get(e.pointerId);
    if (!prev) return;
    const cur = this.local(e);
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.entries()].slice(0, 2);
      const other = a[0] === e.pointerId ? b[1] : a[1];
      const d0 = Math.hypot(prev.x - other.x, prev.y - other.y);
      const d1 = Math.hypot(cur.x - other.x, cur.y - other.y);
      const m0 = { x: (prev.x + other.x) / 2, y: (prev.y + other.y) / 2 };
      const m1 = { x: (cur.x + other.x) / 2, y: (cur.y + other.y) / 2 };
      if (d0 > 0 && d1 > 0) this.target.zoomAt(d1 / d0, m0.x, m0.y);
      this.target.panBy(m1.x - m0.x, m1.y - m0.y);
      this.dragged = true;
    } else if (e.pointerType !== 'touch') {
      const dx = cur.x - prev.x;
      const dy = cur.y - prev.y;
      this.travelled += Math.abs(dx) + Math.abs(dy);
      // A click that wobbles a pixel or two is still a click on a marker.
      if (this.travelled > 4) {
        if (!this.dragged) this.capture(e);
        this.dragged = true;
        this.target.panBy(dx, dy);
      }
      if (!this.dragged) return;
    }
    this.pointers.set(e.pointerId, cur);
  };

  readonly up = (e: PointerEvent): void => {
    this.pointers.delete(e.pointerId);
  };

  readonly wheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey)) {
      this.target.wheelWithoutModifier();
      return;
    }
    e.preventDefault();
    const p = this.local(e);
    const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode === 2 ? 1 : 0.002;
    this.target.zoomAt(Math.exp(-e.deltaY * unit), p.x, p.y);
  };

  /** True once after a drag: the click that ends a drag must not activate a marker. */
  consumeDrag(): boolean {
    const d = this.dragged;
    this.dragged = false;
    return d;
  }
}
