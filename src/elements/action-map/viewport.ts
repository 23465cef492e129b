/**
 * Zoom and pan as an affine transform from base map pixels (the projection fitted to the frame at
 * zoom 1) to screen pixels: `screen = k · base + (x, y)`. Pure functions, applied to the SVG with a
 * `transform` attribute (never a style), and unit-tested without a browser.
 */

export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  w: number;
  h: number;
}

/** A box in base map pixels: [[x0, y0], [x1, y1]]. */
export type Box = [[number, number], [number, number]];

export interface Limits {
  minK: number;
  maxK: number;
  /** The drawable world in base pixels: panning never loses it entirely. */
  content: Box;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

export function applyTransform(t: Transform, x: number, y: number): [number, number] {
  return [t.k * x + t.x, t.k * y + t.y];
}

export function invertTransform(t: Transform, sx: number, sy: number): [number, number] {
  return [(sx - t.x) / t.k, (sy - t.y) / t.k];
}

/**
 * Keeps the content on screen: when the scaled content is wider (taller) than the viewport no empty
 * margin may show on that axis; when it is smaller it is centred.
 */
export function clampTransform(t: Transform, size: Size, limits: Limits): Transform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k));
  const [[x0, y0], [x1, y1]] = limits.content;
  const axis = (offset: number, lo: number, hi: number, view: number) => {
    const a = k * lo;
    const b = k * hi;
    if (b - a <= view) return (view - (a + b)) / 2;
    return Math.min(-a, Math.max(view - b, offset));
  };
  return { k, x: axis(t.x, x0, x1, size.w), y: axis(t.y, y0, y1, size.h) };
}

/** Scales by `factor` keeping the screen point (px, py) where it is. */
export function zoomAround(t: Transform, factor: number, px: number, py: number, size: Size, limits: Limits): Transform {
  const k = Math.min(limits.maxK, Math.max(limits.minK, t.k * factor));
  const f = k / t.k;
  return clampTransform({ k, x: px - (px - t.x) * f, y: py - (py - t.y) * f }, size, limits);
}

export function panBy(t: Transform, dx: number, dy: number, size: Size, limits: Limits): Transform {
  return clampTransform({ k: t.k, x: t.x + dx, y: t.y + dy }, size, limits);
}

/** The transform that shows `box` (base pixels) as large as fits, centred, with `pad` pixels around. */
export function fitBox(box: Box, size: Size, limits: Limits, pad = 24): Transform {
  const [[x0, y0], [x1, y1]] = box;
  const bw = Math.max(x1 - x0, 1e-9);
  const bh = Math.max(y1 - y0, 1e-9);
  const k = Math.min(limits.maxK, Math.max(limits.minK, Math.min((size.w - 2 * pad) / bw, (size.h - 2 * pad) / bh)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampTransform({ k, x: size.w / 2 - k * cx, y: size.h / 2 - k * cy }, size, limits);
}

/** Shows base point (x, y) at the centre of the viewport with scale `k`. */
export function centreOn(x: number, y: number, k: number, size: Size, limits: Limits): Transform {
  const kk = Math.min(limits.maxK, Math.max(limits.minK, k));
  return clampTransform({ k: kk, x: size.w / 2 - kk * x, y: size.h / 2 - kk * y }, size, limits);
}

/** Bounding box of points (base pixels), or undefined for none. */
export function boxOf(points: Iterable<{ x: number; y: number }>): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return x0 <= x1 ? [[x0, y0], [x1, y1]] : undefined;
}

/** Parses `"w,s,e,n"` (degrees); undefined when malformed or out of range. */
export function parseBbox(value: string | undefined): [number, number, number, number] | undefined {
  const n = parseNumbers(value, 4);
  if (!n) return undefined;
  const [w, s, e, no] = n;
  if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(no) > 90 || s >= no) return undefined;
  return [w, s, e, no];
}

/** Parses `"lon,lat"` (degrees); undefined when malformed or out of range. */
export function parseCenter(value: string | undefined): [number, number] | undefined {
  const n = parseNumbers(value, 2);
  if (!n || Math.abs(n[0]) > 180 || Math.abs(n[1]) > 90) return undefined;
  return [n[0], n[1]];
}

function parseNumbers(value: string | undefined, count: number): number[] | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== count || parts.some((s) => s === '')) return undefined;
  const n = parts.map(Number);
  return n.every(Number.isFinite) ? n : undefined;
}
