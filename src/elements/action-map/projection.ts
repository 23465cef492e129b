/**
 * Projection, loaded lazily with the world geometry (never in the element's entry): d3-geo's Equal
 * Earth projection and path generator, topojson-client, and the ISO 3166 alpha-2 → numeric table that
 * world-atlas ids use. Everything here works in base map pixels (see viewport.ts).
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Box, Size } from './viewport.js';

/** ISO 3166-1 alpha-2 + numeric, for the 174 countries with an id in world-atlas countries-110m. */
const CODES = 'AF4 AL8 AQ10 DZ12 AO24 AZ31 AR32 AU36 AT40 BS44 BD50 AM51 BE56 BT64 BO68 BA70 BW72 BR76 BZ84 SB90 BN96 BG100 MM104 BI108 BY112 KH116 CM120 CA124 CF140 LK144 TD148 CL152 CN156 TW158 CO170 CG178 CD180 CR188 HR191 CU192 CY196 CZ203 BJ204 DK208 DO214 EC218 SV222 GQ226 ET231 ER232 EE233 FK238 FJ242 FI246 FR250 TF260 DJ262 GA266 GE268 GM270 PS275 DE276 GH288 GR300 GL304 GT320 GN324 GY328 HT332 HN340 HU348 IS352 IN356 ID360 IR364 IQ368 IE372 IL376 IT380 CI384 JM388 JP392 KZ398 JO400 KE404 KP408 KR410 KW414 KG417 LA418 LB422 LS426 LV428 LR430 LY434 LT440 LU442 MG450 MW454 MY458 ML466 MR478 MX484 MN496 MD498 ME499 MA504 MZ508 OM512 NA516 NP524 NL528 NC540 VU548 NZ554 NI558 NE562 NG566 NO578 PK586 PA591 PG598 PY600 PE604 PH608 PL616 PT620 GW624 TL626 PR630 QA634 RO642 RU643 RW646 SA682 SN686 RS688 SL694 SK703 VN704 SI705 SO706 ZA710 ZW716 ES724 SS728 SD729 EH732 SR740 SZ748 SE752 CH756 SY760 TJ762 TH764 TG768 TT780 AE784 TN788 TR792 TM795 UG800 UA804 MK807 EG818 GB826 TZ834 US840 BF854 UY858 UZ860 VE862 YE887 ZM894';

let numericByAlpha: Map<string, string> | undefined;
/** `KH` → `116` (world-atlas ids are ISO numeric codes without leading zeros). */
export function numericCode(alpha2: string): string | undefined {
  numericByAlpha ??= new Map(CODES.split(' ').map((c) => [c.slice(0, 2), c.slice(2).padStart(3, '0')]));
  return numericByAlpha.get(alpha2.trim().toUpperCase());
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
  countries: { id: string; d: string }[];
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
    countries: fc.features.map((f, i) => ({ id: String(f.id ?? i), d: path(f) ?? '' })),
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
      .map((c, i) => ({ id: String(c.id ?? i), d: path(c) ?? '', focus: c === f }))
      .filter((c) => c.d !== ''),
    project(x, y) {
      const p = projection([x, y]);
      return p && Number.isFinite(p[0]) ? [p[0], p[1]] : undefined;
    },
    name: f.properties?.name ?? alpha2,
  };
}
