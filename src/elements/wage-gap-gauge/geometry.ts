import { periodStartDay } from '../../feed/date-ranges.js';
import type { WageRole } from '../../feed/types.js';
import type { HistoryPoint } from './model.js';

/**
 * Each role has its own marker shape, so the figures stay apart in forced colours, in print and for
 * readers who cannot tell the colours apart; the legend repeats the shape beside the label.
 */
export const MARKER_SHAPE: Record<WageRole, 'square' | 'triangle' | 'diamond' | 'circle'> = {
  minimum: 'square',
  offer: 'triangle',
  demand: 'diamond',
  living: 'circle',
};

/** Marker outlines centred on 0,0 (about 16 units across). */
export const MARKER_PATH: Record<WageRole, string> = {
  minimum: 'M-6,-6H6V6H-6Z',
  offer: 'M0,-8L7.5,5.5H-7.5Z',
  demand: 'M0,-8.5L8.5,0L0,8.5L-8.5,0Z',
  living: 'M-7,0A7,7 0 1,0 7,0A7,7 0 1,0 -7,0Z',
};

/** Position on a 0…max scale as a percentage, clamped to the scale. */
export function percentOf(amount: number, max: number): number {
  if (!(max > 0)) return 0;
  return Math.min(100, Math.max(0, (amount / max) * 100));
}

/** `12.3456` → `"12.35"`: SVG attributes need no more precision than that. */
export function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** The half-circle gauge: 0 on the left, the scale's end on the right, drawn over the top. */
export const RADIAL = { width: 240, height: 136, cx: 120, cy: 124, r: 100 } as const;

/** Point at fraction `t` (0…1) of the half circle. */
export function radialPoint(t: number, r: number = RADIAL.r): { x: number; y: number } {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, t)));
  return { x: RADIAL.cx + r * Math.cos(angle), y: RADIAL.cy - r * Math.sin(angle) };
}

/** SVG path of the arc from fraction `t0` to `t1` (never more than the half circle). */
export function radialArc(t0: number, t1: number, r: number = RADIAL.r): string {
  const a = radialPoint(t0, r);
  const b = radialPoint(Math.max(t0, t1), r);
  return `M${fixed(a.x)},${fixed(a.y)}A${r},${r} 0 0 1 ${fixed(b.x)},${fixed(b.y)}`;
}

/** Sparkline drawing box: a 1000 × 100 viewBox stretched to the element's width. */
export const SPARK = { width: 1000, height: 100, top: 8, bottom: 92 } as const;

export interface Sparkline {
  /** Step line: a minimum wage stays in force until the next one. */
  path: string;
  /** Each dated minimum, as percentages of the box (for markers placed with nested `<svg x y>`). */
  points: { xPct: number; yPct: number; point: HistoryPoint }[];
  /** Height of the target line as a percentage of the box, when there is one. */
  targetYPct?: number;
}

/**
 * Lays out the minimum wage over time. The line runs on a little past the last change so the wage
 * now in force shows as a level, not a dot.
 */
export function sparkline(points: readonly HistoryPoint[], target?: number): Sparkline {
  const days = points.map((p) => periodStartDay(p.date));
  const first = days[0];
  const span = Math.max(1, days[days.length - 1] - first);
  const end = first + span * 1.08;
  const top = Math.max(target ?? 0, ...points.map((p) => p.amount)) || 1;
  const x = (day: number) => ((day - first) / (end - first)) * SPARK.width;
  const y = (amount: number) => SPARK.bottom - (amount / top) * (SPARK.bottom - SPARK.top);
  let path = '';
  points.forEach((p, i) => {
    const px = fixed(x(days[i]));
    const py = fixed(y(p.amount));
    path += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  });
  path += `H${SPARK.width}`;
  return {
    path,
    points: points.map((p, i) => ({ xPct: (x(days[i]) / SPARK.width) * 100, yPct: y(p.amount), point: p })),
    targetYPct: target === undefined ? undefined : y(target),
  };
}
