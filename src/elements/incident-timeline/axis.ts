import { dayNumber } from '../../feed/dates.js';

/**
 * Geometry of the horizontal layout, with no DOM: where each event sits on the time axis at a
 * given zoom (`scale`, pixels per day), and in which lane its label fits without covering another.
 */
export interface AxisEvent {
  startDay: number;
  endDay: number;
}

export interface AxisOptions {
  /** Pixels per day. */
  scale: number;
  /** Space before the first and after the last day, in pixels. */
  pad: number;
  /** Width a label needs, in pixels. */
  labelWidth: number;
  /** Lanes of labels above the axis; events that fit in none become bare markers on the axis. */
  maxLanes: number;
  /** Gap between two labels in one lane. */
  gap?: number;
}

export interface AxisLayout {
  minDay: number;
  maxDay: number;
  scale: number;
  pad: number;
  /** Total width of the track. */
  width: number;
  /** Start of each event (px from the track's inline start) and the length of its span. */
  xs: Float64Array;
  spans: Float64Array;
  /** Lane of each event's label, or -1 for a bare marker on the axis. */
  lanes: Int16Array;
  /** Lanes actually used. */
  laneCount: number;
}

export const MIN_SCALE = 0.001;
export const MAX_SCALE = 48;
/** Browsers stop laying out elements past about 33 million pixels; stay far below. */
const MAX_WIDTH = 8_000_000;

export function axisBounds(events: readonly AxisEvent[]): { minDay: number; maxDay: number } {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const e of events) {
    if (e.startDay < minDay) minDay = e.startDay;
    if (e.endDay > maxDay) maxDay = e.endDay;
  }
  if (!Number.isFinite(minDay)) return { minDay: 0, maxDay: 0 };
  return { minDay, maxDay };
}

/** The highest zoom allowed for a span of days (the track never grows past MAX_WIDTH). */
export function maxScaleFor(minDay: number, maxDay: number): number {
  return Math.max(MIN_SCALE, Math.min(MAX_SCALE, MAX_WIDTH / (maxDay - minDay + 1)));
}

/** The zoom that shows every day from `minDay` to `maxDay` in `viewWidth` pixels. */
export function fitScale(minDay: number, maxDay: number, viewWidth: number, pad: number): number {
  const days = maxDay - minDay + 1;
  const s = (viewWidth - 2 * pad) / days;
  return clampScale(s, minDay, maxDay);
}

export function clampScale(s: number, minDay: number, maxDay: number): number {
  if (!Number.isFinite(s)) return 1;
  return Math.min(maxScaleFor(minDay, maxDay), Math.max(MIN_SCALE, s));
}

/**
 * Places events (sorted by start) on the axis. Labels go in the first lane where they do not touch
 * the previous label; when every lane is taken the event becomes a bare marker on the axis line (it
 * stays focusable and named, so nothing is lost to a crowded stretch).
 */
export function layoutAxis(events: readonly AxisEvent[], opts: AxisOptions): AxisLayout {
  const { minDay, maxDay } = axisBounds(events);
  const { scale, pad, labelWidth, maxLanes } = opts;
  const gap = opts.gap ?? 8;
  const n = events.length;
  const xs = new Float64Array(n);
  const spans = new Float64Array(n);
  const lanes = new Int16Array(n);
  const laneEnd = new Float64Array(Math.max(0, maxLanes)).fill(-Infinity);
  let laneCount = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const x = pad + (e.startDay - minDay) * scale;
    const span = Math.max(0, (e.endDay - e.startDay + 1) * scale);
    xs[i] = x;
    spans[i] = span;
    let lane = -1;
    for (let l = 0; l < maxLanes; l++) {
      if (laneEnd[l] + gap <= x) {
        lane = l;
        break;
      }
    }
    if (lane >= 0) {
      laneEnd[lane] = x + labelWidth;
      if (lane + 1 > laneCount) laneCount = lane + 1;
    }
    lanes[i] = lane;
  }
  // Room after the last day for the last label.
  const width = n ? 2 * pad + (maxDay - minDay + 1) * scale + labelWidth : 0;
  return { minDay, maxDay, scale, pad, width, xs, spans, lanes, laneCount };
}

export function dayToX(day: number, l: Pick<AxisLayout, 'minDay' | 'scale' | 'pad'>): number {
  return l.pad + (day - l.minDay) * l.scale;
}

export function xToDay(x: number, l: Pick<AxisLayout, 'minDay' | 'scale' | 'pad'>): number {
  return l.minDay + (x - l.pad) / l.scale;
}

/** Events [a, b) whose start lies in [left, right] (xs sorted ascending). */
export function indexRangeByX(xs: Float64Array, left: number, right: number): [number, number] {
  const lower = (v: number) => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a = lower(left);
  let b = lower(right);
  while (b < xs.length && xs[b] <= right) b++;
  return [a, Math.max(a, b)];
}

export interface Tick {
  day: number;
  kind: 'year' | 'month';
  /** `2014` or `2014-03`: a partial date to format. */
  date: string;
}

/**
 * Year ticks (thinned to every 2, 5, 10… years when crowded) and month ticks (every 1, 2, 3 or 6
 * months, as room allows), between `fromDay` and `toDay` only (the visible stretch).
 */
export function ticks(fromDay: number, toDay: number, scale: number, minGap = 56): Tick[] {
  const out: Tick[] = [];
  const start = new Date(Math.floor(fromDay) * 86_400_000).getUTCFullYear();
  const end = new Date(Math.ceil(toDay) * 86_400_000).getUTCFullYear();
  const yearPx = 365 * scale;
  let step = 1;
  for (const s of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) {
    step = s;
    if (yearPx * s >= minGap) break;
  }
  // Every month, or every 2nd, 3rd or 6th when months are narrow; none when even that is crowded.
  const monthStep = [1, 2, 3, 6].find((m) => 30 * scale * m >= minGap) ?? 0;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  for (let y = Math.ceil(start / step) * step - step; y <= end + step; y += step) {
    const d = dayNumber(y, 1, 1);
    if (d >= fromDay && d <= toDay) out.push({ day: d, kind: 'year', date: pad(y, 4) });
    if (monthStep && step === 1) {
      for (let m = monthStep; m < 12; m += monthStep) {
        const md = dayNumber(y, m + 1, 1);
        if (md >= fromDay && md <= toDay) out.push({ day: md, kind: 'month', date: `${pad(y, 4)}-${pad(m + 1, 2)}` });
      }
    }
    if (out.length > 2000) break;
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * The markers of [a, b) worth rendering: every labelled one (lanes keep them apart already) and,
 * among bare markers on the axis, one per `minGap` pixels — ten thousand dots on one screen are a
 * smear, not information. `keep` (the focused and selected events) is always included; the arrow
 * keys still reach every event, and zooming in brings the others back.
 */
export function visibleMarkers(
  l: Pick<AxisLayout, 'xs' | 'lanes'>,
  a: number,
  b: number,
  minGap = 8,
  keep: readonly number[] = [],
): number[] {
  const out: number[] = [];
  let lastDot = -Infinity;
  for (let i = a; i < b; i++) {
    if (l.lanes[i] >= 0) out.push(i);
    else if (l.xs[i] - lastDot >= minGap) {
      out.push(i);
      lastDot = l.xs[i];
    }
  }
  for (const k of keep) if (k >= 0 && k < l.xs.length && !out.includes(k)) out.push(k);
  return out.sort((x, y) => x - y);
}
