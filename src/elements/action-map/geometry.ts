/**
 * Loads the map's lazy parts once per page, each when first needed: the element's entry stays small
 * and a page that never shows a map never downloads any. All come from the script's own origin.
 * - the engine (engine.ts): every map;
 * - the default world view, pre-projected (world-view.ts): a map of the whole world;
 * - d3-geo, topojson-client and the world's TopoJSON (projection.ts, world-110m.ts): a map framed on a
 *   country, a box or a centre, and the inset.
 */
import type { Topology } from 'topojson-specification';
import type { WorldView } from './world-view.js';

export type Engine = typeof import('./engine.js');
export type GeoEngine = typeof import('./projection.js');

export interface GeoKit {
  geo: GeoEngine;
  world: Topology;
}

/** One load per page; a failed load (offline, blocked) may succeed later, so its rejection is not kept. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
}

export const loadEngine = once<Engine>(() => import('./engine.js'));

export const loadWorldView = once<WorldView>(() => import('./world-view.js').then((m) => m.loadWorldView()));

export const loadGeoKit = once<GeoKit>(() =>
  Promise.all([import('./projection.js'), import('./world-110m.js').then((m) => m.loadWorld())]).then(([geo, world]) => ({ geo, world })),
);
