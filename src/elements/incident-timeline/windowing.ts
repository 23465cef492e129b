/**
 * Geometry of a long list that renders only a window of its rows, with no DOM: where each row's top
 * edge would be if all rows were rendered, learned from the rows that have been.
 *
 * The model: row `i` starts at `pos[i]`; the distance to the next row is the row's own height plus a
 * residual (margins, and the headings of a new month or year group when row `i + 1` opens one).
 * Own heights are remembered per key, so filtering and re-sorting keep what was measured; unmeasured
 * rows use the mean measured height. Residuals are learned per boundary type. Everything is O(n) to
 * rebuild and O(log n) to query, so 100,000 rows cost a few milliseconds.
 */
export type Boundary = 0 | 1 | 2; // 0: same month as the row before, 1: new month, 2: new year

export interface MeasuredRow {
  index: number;
  /** Top edge relative to the top of the rendered list (after the leading spacer). */
  top: number;
  height: number;
}

/** Height assumed for a row before any has been measured. */
export const DEFAULT_ROW_HEIGHT = 160;
const DEFAULT_RESIDUAL: Record<Boundary, number> = { 0: 12, 1: 60, 2: 110 };

export class ListGeometry {
  private keys: readonly string[] = [];
  private boundaries: Uint8Array = new Uint8Array(0);
  private own = new Map<string, number>();
  private ownSum = 0;
  private residual: Record<Boundary, number> = { ...DEFAULT_RESIDUAL };
  private head = DEFAULT_RESIDUAL[2];
  private tail = 16;
  /** pos[i]: top of row i; pos[n]: total height. */
  pos = new Float64Array(1);

  get count(): number {
    return this.keys.length;
  }

  get total(): number {
    return this.pos[this.keys.length];
  }

  /** A new list (filtered, re-sorted). Own heights learned so far are kept by key. */
  setRows(keys: readonly string[], boundaries: Uint8Array): void {
    this.keys = keys;
    this.boundaries = boundaries;
    this.rebuild();
  }

  private meanOwn(): number {
    return this.own.size ? this.ownSum / this.own.size : DEFAULT_ROW_HEIGHT;
  }

  private heightOf(i: number): number {
    return this.own.get(this.keys[i]) ?? this.meanOwn();
  }

  rebuild(): void {
    const n = this.keys.length;
    const pos = new Float64Array(n + 1);
    const mean = this.meanOwn();
    // Before the first measure nothing is known per row: no lookup per row (1,000s of them).
    const own = this.own.size ? this.own : undefined;
    let y = n ? this.head : 0;
    for (let i = 0; i < n; i++) {
      pos[i] = y;
      const h = own?.get(this.keys[i]) ?? mean;
      y += h + (i + 1 < n ? this.residual[this.boundaries[i + 1] as Boundary] : this.tail);
    }
    pos[n] = y;
    this.pos = pos;
  }

  /**
   * Learns from the rows of the rendered window [a, b). Returns true when the geometry changed
   * enough (half a pixel) to move anything.
   */
  measure(rows: readonly MeasuredRow[], listHeight: number): boolean {
    let changed = false;
    const sorted = [...rows].sort((x, y) => x.index - y.index);
    for (const r of sorted) {
      const key = this.keys[r.index];
      if (key === undefined) continue;
      const old = this.own.get(key);
      if (old === undefined || Math.abs(old - r.height) > 0.5) {
        this.ownSum += r.height - (old ?? 0);
        this.own.set(key, r.height);
        changed = true;
      }
    }
    for (let j = 0; j + 1 < sorted.length; j++) {
      const r = sorted[j];
      const next = sorted[j + 1];
      if (next.index !== r.index + 1) continue;
      const b = this.boundaries[next.index] as Boundary;
      const res = next.top - r.top - r.height;
      if (Math.abs(this.residual[b] - res) > 0.5) {
        this.residual[b] = res;
        changed = true;
      }
    }
    const first = sorted[0];
    if (first && first.index === 0 && Math.abs(this.head - first.top) > 0.5) {
      this.head = first.top;
      changed = true;
    }
    const last = sorted[sorted.length - 1];
    if (last && last.index === this.keys.length - 1) {
      const t = listHeight - last.top - last.height;
      if (Math.abs(this.tail - t) > 0.5) {
        this.tail = t;
        changed = true;
      }
    }
    if (changed) this.rebuild();
    return changed;
  }

  /** Index of the row at offset `y`: the last row whose top is at or above `y`. */
  indexAt(y: number): number {
    const n = this.keys.length;
    if (n === 0) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pos[mid] <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The rows [a, b) that cover the offsets [top, bottom], at most `cap` of them. */
  rangeFor(top: number, bottom: number, cap = 300): [number, number] {
    const n = this.keys.length;
    if (n === 0) return [0, 0];
    const a = this.indexAt(Math.max(0, top));
    let b = this.indexAt(Math.max(top, bottom)) + 1;
    b = Math.min(n, Math.max(b, a + 1), a + cap);
    return [a, b];
  }
}

/** Boundary types of a sorted list: whether each row opens a new year (2) or month (1) group. */
export function boundariesOf(rows: readonly { year: string; month: string }[]): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    if (i === 0 || rows[i - 1].year !== rows[i].year) out[i] = 2;
    else if (rows[i - 1].month !== rows[i].month) out[i] = 1;
  }
  return out;
}
