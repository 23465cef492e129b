/**
 * The map engine: everything needed only once a map is drawn, loaded lazily by `geometry.ts` so the
 * element's entry holds just its shell, the table view and the panel. Zoom/pan math, the default
 * world view's projection (no d3-geo), clustering, marker layout, SVG templates and pointer gestures.
 * d3-geo and TopoJSON (projection.ts) load only for a map framed on a country, a box or a centre, and
 * for the inset. Entry modules import these files as types only.
 */
export * from './viewport.js';
export * from './markers.js';
export * from './map-view.js';
export { worldBase } from './world-base.js';
export { Gestures } from './gestures.js';

