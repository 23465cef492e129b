/**
 * Loads the map engine and the world geometry once per page, lazily: the element's entry stays small
 * and a page that never shows a map never downloads either. Both come from the script's own origin.
 */
import type { Topology } from 'topojson-specification';

export type Engine = typeof import('./engine.js');

export interface MapKit {
  engine: Engine;
  world: Topology;
}

let pending: Promise<MapKit> | undefined;

export function loadMapKit(): Promise<MapKit> {
  pending ??= Promise.all([import('./engine.js'), import('./world-110m.js').then((m) => m.loadWorld())]).then(
    ([engine, world]) => ({ engine, world }),
  );
  // A failed load (offline, blocked) may succeed later: do not keep the rejection.
  pending.catch(() => (pending = undefined));
  return pending;
}
