/**
 * Projection, loaded lazily with the world geometry (never in the element's entry) for maps framed on
 * a country, a box or a centre, and for the inset: d3-geo's Equal Earth projection and path
 * generator and topojson-client. (The whole world centred on 0° needs neither: world-base.ts.)
 * Everything here works in base map pixels (see viewport.ts).
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Box, Size } from './viewport.js';
import { NUMERIC_CODES } from '../../feed/countries/codes.generated.js';

let numericByAlpha: Map<string, string> | undefined;
let alphaByNumeric: Map<string, string> | undefined;

/** `KH` → `116` (world-atlas ids are ISO numeric codes without leading zeros). */
export function numericCode(alpha2: string): string | undefined {
  numericByAlpha ??= new Map(NUMERIC_CODES.split(' ').map((c) => [c.slice(0, 2), c.slice(2).padStart(3, '0')]));
  return numericByAlpha.get(alpha2.trim().toUpperCase());
}

/** A world-atlas feature's id as the map names countries: its alpha-2 code (`KH`), else its own id. */
export function countryId(id: string | number | undefined, index: number): string {
  alphaByNumeric ??= new Map(NUMERIC_CODES.split(' ').map((c) => [c.slice(2).padStart(3, '0'), c.slice(0, 2)]));
  return (id !== undefined && alphaByNumeric.get(String(id).padStart(3, '0'))) || String(id ?? index);
}

type Countries = FeatureCollection<Geometry, { name: string }>;
const featuresOf = new WeakMap<Topology, Countries>();

function countries(world: Topology): Countries {
  let fc = featuresOf.get(world);
  if (!fc) {
    fc = feature(world, world.objects.countries as GeometryCollection<{ name: string }>) as Countries;
    featuresOf.set(world, fc);
  }
  return fc;
}

function countryFeature(world: Topology, alpha2: string | undefined): Feature<Geometry, { name: string }> | undefined {
  if (!alpha2) return undefined;
  const id = numericCode(alpha2);
  return id ? countries(world).features.find((f) => String(f.id).padStart(3, '0') === id) : undefined;
}

export interface BaseMap {
  size: Size;
  /** Outline of the globe (the water). */
  sphere: string;
  /** Each country's path, with its alpha-2 code as id (world-atlas's own id where it has none). */
  countries: { id: string; d: string }[];
  /** The SVG transform of the countries' paths when they are not in base pixels (pre-projected paths). */
  landTransform?: string;
  /** Base pixels of a point, or undefined when it cannot be projected. */
  project(lon: number, lat: number): [number, number] | undefined;
  /** Bounds of the globe in base pixels: what panning keeps on screen. */
  content: Box;
  /** Bounds of a country (alpha-2) in base pixels. */
  countryBox(alpha2: string): Box | undefined;
  /** Bounds of a longitude/latitude box in base pixels. */
  lonLatBox(w: number, s: number, e: number, n: number): Box;
}

/** The longitude to centre the world on so a country (or box) is not sheared at the map's edge. */
export function centreLongitude(world: Topology, frame: { region?: string; bbox?: [number, number, number, number]; center?: [number, number] }): number {
  const f = countryFeature(world, frame.region);
  if (f) {
    const [[w], [e]] = geoPath().bounds(f) as Box;
    return w <= e ? (w + e) / 2 : ((w + e + 360) / 2) % 360;
  }
  if (frame.bbox) {
    const [w, , e] = frame.bbox;
    return w <= e ? (w + e) / 2 : (((w + e + 360) / 2 + 180) % 360) - 180;
  }
  return frame.center ? frame.center[0] : 0;
}

function projectionFor(size: Size, lon: number, pad: number): GeoProjection {
  return geoEqualEarth().rotate([-lon, 0]).fitExtent([[pad, pad], [size.w - pad, size.h - pad]], { type: 'Sphere' });
}

/** Projects the world into a frame of `size` pixels, centred on longitude `lon`. */
export function buildBaseMap(world: Topology, size: Size, lon = 0): BaseMap {
  const projection = projectionFor(size, lon, 2);
  const path = geoPath(projection).digits(1);
  const fc = countries(world);
  return {
    size,
    sphere: path({ type: 'Sphere' }) ?? '',
    countries: fc.features.map((f, i) => ({ id: countryId(f.id, i), d: path(f) ?? '' })),
    project(x, y) {
      const p = projection([x, y]);
      return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : undefined;
    },
    content: path.bounds({ type: 'Sphere' }) as Box,
    countryBox(alpha2) {
      const f = countryFeature(world, alpha2);
      return f ? (path.bounds(f) as Box) : undefined;
    },
    lonLatBox(w, s, e, n) {
      const east = e < w ? e + 360 : e;
      const pts: [number, number][] = [];
      for (let i = 0; i <= 8; i++) {
        const x = w + ((east - w) * i) / 8;
        pts.push([x, s], [x, n], [x, (s + n) / 2]);
      }
      return path.bounds({ type: 'MultiPoint', coordinates: pts }) as Box;
    },
  };
}

export interface InsetMap {
  /** Every country cut to the inset's frame; `focus` marks the inset's own country. */
  countries: { id: string; d: string; focus: boolean }[];
  project(lon: number, lat: number): [number, number] | undefined;
  name: string;
}

/** A small map of one country (alpha-2) with its neighbours, fitted to `size`. */
export function buildInset(world: Topology, alpha2: string, size: Size): InsetMap | undefined {
  const f = countryFeature(world, alpha2);
  if (!f) return undefined;
  const lon = centreLongitude(world, { region: alpha2 });
  const projection = geoEqualEarth().rotate([-lon, 0]).fitExtent([[6, 6], [size.w - 6, size.h - 6]], f);
  projection.clipExtent([[0, 0], [size.w, size.h]]);
  const path = geoPath(projection).digits(1);
  return {
    countries: countries(world).features
      .map((c, i) => ({ id: countryId(c.id, i), d: path(c) ?? '', focus: c === f }))
      .filter((c) => c.d !== ''),
    project(x, y) {
      const p = projection([x, y]);
      return p && Number.isFinite(p[0]) ? [p[0], p[1]] : undefined;
    },
    name: f.properties?.name ?? alpha2,
  };
}
