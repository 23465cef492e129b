/**
 * Groups map points that would overlap on screen at a given zoom. Pure: the element calls it again
 * when the zoom changes, and tests call it with plain numbers.
 *
 * Greedy "leader" clustering on a grid: points are visited heaviest first (then in input order, so the
 * result is stable); each unassigned point opens a cluster and takes every unassigned point within
 * `radius` screen pixels of it. The grid makes each look-up touch only the 3×3 neighbouring cells,
 * so the cost stays linear in the number of points.
 */

export interface ClusterPoint {
  /** Position in base map pixels (zoom 1). */
  x: number;
  y: number;
  /** Visiting order: heavier points lead their cluster (e.g. participants). */
  weight?: number;
}

export interface Cluster {
  /** Mean position of the members, in base map pixels. */
  x: number;
  y: number;
  /** Indices into the input array, in input order. */
  members: number[];
  /** True when all members stand on the same spot: zooming in can never separate them. */
  samePlace: boolean;
}

/** Two points closer than this (base pixels) count as the same spot. */
const SAME_SPOT = 1e-6;

/**
 * @param points positions at zoom 1
 * @param zoom current scale factor (screen pixels per base pixel)
 * @param radius cluster radius in screen pixels
 */
export function clusterPoints(points: readonly ClusterPoint[], zoom: number, radius: number): Cluster[] {
  const r = radius / zoom;
  const r2 = r * r;
  const cells = new Map<string, number[]>();
  const cellOf = (p: ClusterPoint) => [Math.floor(p.x / r), Math.floor(p.y / r)] as const;
  for (let i = 0; i < points.length; i++) {
    const [cx, cy] = cellOf(points[i]);
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  }
  const order = points.map((_, i) => i);
  order.sort((a, b) => (points[b].weight ?? 0) - (points[a].weight ?? 0) || a - b);
  const taken = new Uint8Array(points.length);
  const clusters: Cluster[] = [];
  for (const lead of order) {
    if (taken[lead]) continue;
    const p = points[lead];
    const [cx, cy] = cellOf(p);
    const members: number[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (taken[j]) continue;
          const q = points[j];
          const ex = q.x - p.x;
          const ey = q.y - p.y;
          if (ex * ex + ey * ey <= r2) {
            taken[j] = 1;
            members.push(j);
          }
        }
      }
    }
    members.sort((a, b) => a - b);
    let sx = 0;
    let sy = 0;
    let samePlace = true;
    for (const j of members) {
      sx += points[j].x;
      sy += points[j].y;
      if (Math.abs(points[j].x - p.x) > SAME_SPOT || Math.abs(points[j].y - p.y) > SAME_SPOT) samePlace = false;
    }
    clusters.push({ x: sx / members.length, y: sy / members.length, members, samePlace });
  }
  return clusters;
}

/**
 * Reading order of markers on screen, documented for keyboard users: top to bottom in horizontal bands
 * of `band` pixels, and within a band from west to east (east to west for right-to-left readers).
 */
export function readingOrder<T extends { x: number; y: number }>(items: readonly T[], band: number, rtl = false): T[] {
  const b = Math.max(1, band);
  return [...items].sort((a, c) => {
    const ba = Math.floor(a.y / b);
    const bc = Math.floor(c.y / b);
    if (ba !== bc) return ba - bc;
    return rtl ? c.x - a.x : a.x - c.x;
  });
}
