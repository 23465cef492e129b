/**
 * The base map of the default world view (Equal Earth centred on 0°) without d3-geo: the projection
 * of markers and routes, the globe's outline and bounds from equal-earth.ts, and the countries as the
 * pre-projected paths of world-view.ts, scaled into the frame by one transform.
 */
import { fitWorld, projectWorld, sphereOutline, worldBox } from './equal-earth.js';
import type { BaseMap } from './projection.js';
import type { Size } from './viewport.js';
import type { WorldView } from './world-view.js';

const f3 = (n: number) => Math.round(n * 1000) / 1000;

/** `view` may be missing (not loaded yet, or failed): the globe and the markers show without the countries. */
export function worldBase(size: Size, view: WorldView | undefined): BaseMap {
  const fit = fitWorld(size);
  const content = worldBox(fit);
  return {
    size,
    sphere: sphereOutline(fit),
    countries: view ? view.countries.map(([id, d]) => ({ id, d })) : [],
    landTransform: view ? `translate(${f3(fit.cx)} ${f3(fit.cy)}) scale(${f3(fit.scale / view.scale)})` : undefined,
    project: (lon, lat) => projectWorld(fit, lon, lat),
    content,
    // Countries' own bounds need the geometry (projection.ts).
    countryBox: () => undefined,
    lonLatBox(w, s, e, n) {
      const east = e < w ? e + 360 : e;
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let i = 0; i <= 8; i++) {
        const x = w + ((east - w) * i) / 8;
        for (const y of [s, n, (s + n) / 2]) {
          const p = projectWorld(fit, x, y)!;
          x0 = Math.min(x0, p[0]);
          y0 = Math.min(y0, p[1]);
          x1 = Math.max(x1, p[0]);
          y1 = Math.max(y1, p[1]);
        }
      }
      return [[x0, y0], [x1, y1]];
    },
  };
}
