/**
 * The default world view (every country, Equal Earth centred on 0°) as ready SVG paths: what the
 * build writes once (scripts/rollup/action-map-geometry.mjs), so a map showing the whole world needs
 * neither d3-geo nor TopoJSON decoding in the browser. Source builds (tests, Storybook) run it there.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { WorldView } from './world-view.js';
import { countryId } from './projection.js';

/**
 * Units per unscaled projection unit: on a 1,240-pixel-wide map a whole unit is a quarter of a pixel,
 * about 7 km, finer than the data itself (1:110 million, about 30 km to the pixel there).
 */
export const VIEW_SCALE = 1000;

/** A path context writing whole units with relative line commands (short, and gzips well). */
class CompactPath {
  d = '';
  private x = 0;
  private y = 0;
  private inLine = false;
  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.d += `M${this.x} ${this.y}`;
    this.inLine = false;
  }
  lineTo(x: number, y: number): void {
    const X = Math.round(x);
    const Y = Math.round(y);
    if (X === this.x && Y === this.y) return;
    const dx = X - this.x;
    const dy = Y - this.y;
    this.d += this.inLine ? `${dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}` : `l${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.inLine = true;
    this.x = X;
    this.y = Y;
  }
  closePath(): void {
    this.d += 'z';
    this.inLine = false;
  }
  arc(): void {}
}

export function bakeWorldView(world: Topology): WorldView {
  // Curves resampled as d3 would for a 1,000-pixel-wide map (scale 185).
  const projection = geoEqualEarth().scale(VIEW_SCALE).translate([0, 0]).precision((Math.SQRT1_2 * VIEW_SCALE) / 185);
  const fc = feature(world, world.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  return {
    scale: VIEW_SCALE,
    countries: fc.features.map((f, i) => {
      const ctx = new CompactPath();
      geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(f);
      return [countryId(f.id, i), ctx.d] as [string, string];
    }),
  };
}
