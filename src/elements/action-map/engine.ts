/**
 * The map engine: everything needed only once a map is drawn, loaded lazily (with the geometry) by
 * `geometry.ts` so the element's entry holds just its shell, the table view and the panel.
 * d3-geo + topojson-client (projection.ts), zoom/pan math, clustering, marker layout, SVG templates
 * and pointer gestures. Entry modules import these files as types only.
 */
export * from './projection.js';
export * from './viewport.js';
export * from './markers.js';
export * from './map-view.js';
export { Gestures } from './gestures.js';
