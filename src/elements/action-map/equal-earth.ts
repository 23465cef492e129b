/**
 * The Equal Earth projection of the default world view, without d3-geo: the same formula and the same
 * fit to the frame as `geoEqualEarth().fitExtent(…, { type: 'Sphere' })` (projection.ts), so markers
 * land where d3 would put them while the engine has not loaded (or never loads).
 */
import type { Box, Size } from './viewport.js';

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RAD = Math.PI / 180;

/** Unscaled Equal Earth of longitude and latitude in degrees (y up, as in d3's raw projections). */
export function equalEarthRaw(lon: number, lat: number): [number, number] {
  let lambda = lon * RAD;
  // As d3's rotation does: a longitude beyond ±180° wraps around.
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI;
  const l = Math.asin(M * Math.sin(lat * RAD));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  return [(lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))), l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))];
}

/** Half the width and half the height of the unscaled globe (the equator at ±180°, the poles). */
export const HALF_W = equalEarthRaw(180, 0)[0];
export const HALF_H = equalEarthRaw(0, 90)[1];

/** A scale and a centre: base pixel = (cx + scale · x, cy − scale · y) of the raw projection. */
export interface WorldFit {
  scale: number;
  cx: number;
  cy: number;
}

/** The globe fitted into `size` with `pad` pixels around, centred (what d3's fitExtent gives). */
export function fitWorld(size: Size, pad = 2): WorldFit {
  const scale = Math.min((size.w - 2 * pad) / (2 * HALF_W), (size.h - 2 * pad) / (2 * HALF_H));
  return { scale, cx: size.w / 2, cy: size.h / 2 };
}

export function projectWorld(fit: WorldFit, lon: number, lat: number): [number, number] | undefined {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return undefined;
  const [x, y] = equalEarthRaw(lon, lat);
  return [fit.cx + fit.scale * x, fit.cy - fit.scale * y];
}

/** Bounds of the globe in base pixels. */
export function worldBox(fit: WorldFit): Box {
  return [
    [fit.cx - fit.scale * HALF_W, fit.cy - fit.scale * HALF_H],
    [fit.cx + fit.scale * HALF_W, fit.cy + fit.scale * HALF_H],
  ];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The outline of the globe (the water): the meridians at ±180° and the straight lines of the poles. */
export function sphereOutline(fit: WorldFit): string {
  const pts: [number, number][] = [];
  for (let lat = -90; lat <= 90; lat += 5) pts.push(projectWorld(fit, 180, lat)!);
  for (let lat = 90; lat >= -90; lat -= 5) pts.push(projectWorld(fit, -180, lat)!);
  return `M${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`;
}
