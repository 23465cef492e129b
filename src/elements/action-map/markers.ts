/**
 * From entries and the current zoom to the markers on screen: projection to base pixels, clustering,
 * culling to the viewport, sizes, accessible names and reading order. Pure (the projection is passed
 * in), so tests can check names and order without drawing a map.
 */
import type { Locale } from '../../runtime/i18n.js';
import { placeName } from '../../runtime/places.js';
import { formatNumber } from '../../runtime/format.js';
import { clusterPoints, readingOrder, type Cluster } from './cluster.js';
import { entryName, placeText, radiusScale, type MapEntry } from './entries.js';
import type { MapStrings } from './action-map.strings.js';
import type { Size, Transform } from './viewport.js';

/** Cluster radius in screen pixels: markers closer than this merge. */
export const CLUSTER_RADIUS = 22;

export interface Positioned {
  entry: MapEntry;
  x: number;
  y: number;
  weight: number;
}

export interface MarkerView {
  /** Key of the cluster: the key of its first member (stable while that member stays in it). */
  key: string;
  /** Position in overlay pixels (scaled, not yet translated). */
  x: number;
  y: number;
  r: number;
  members: MapEntry[];
  samePlace: boolean;
  name: string;
  /** The number on a cluster's bubble, in the reader's digits. */
  count: string;
  shape: 'action' | 'incident' | 'cluster';
  /** The number of people is known (size means something). */
  sized: boolean;
}

export function positionEntries(entries: readonly MapEntry[], project: (lon: number, lat: number) => [number, number] | undefined): Positioned[] {
  const out: Positioned[] = [];
  for (const entry of entries) {
    if (!entry.at) continue;
    const p = project(entry.at.lon, entry.at.lat);
    if (p) out.push({ entry, x: p[0], y: p[1], weight: entry.participants ?? 0 });
  }
  return out;
}

/** Zoom levels are snapped to steps of √2 for clustering, so a smooth zoom does not re-cluster every frame. */
export function clusterZoom(k: number): number {
  return 2 ** (Math.round(Math.log2(k) * 2) / 2);
}

export function clusterName(members: readonly MapEntry[], samePlace: boolean, locale: Locale, s: MapStrings): string {
  const n = formatNumber(members.length, locale);
  if (samePlace) return s.samePlace(n, placeText(members[0].record.place, locale) || members[0].record.title);
  // A Set, not a list: a cluster of 100,000 actions must not cost 100,000² comparisons.
  const places = new Set<string>();
  for (const m of members) places.add(placeName(m.record.place, locale) || m.record.title);
  const first = [...places].slice(0, 3);
  const shown = first.join(', ');
  return s.cluster(n, places.size > 3 ? `${shown} ${s.andMore(formatNumber(places.size - 3, locale))}` : shown);
}

export interface MarkerInput {
  points: readonly Positioned[];
  clusters: readonly Cluster[];
  t: Transform;
  size: Size;
  locale: Locale;
  strings: MapStrings;
  rtl: boolean;
  maxParticipants: number;
}

/** The markers inside the viewport (with a margin), in reading order. */
export function visibleMarkers(input: MarkerInput): MarkerView[] {
  const { points, clusters, t, size, locale, strings, rtl } = input;
  const radius = radiusScale(input.maxParticipants);
  const margin = 40;
  const out: MarkerView[] = [];
  for (const c of clusters) {
    const x = c.x * t.k;
    const y = c.y * t.k;
    const sx = x + t.x;
    const sy = y + t.y;
    if (sx < -margin || sy < -margin || sx > size.w + margin || sy > size.h + margin) continue;
    const members = c.members.map((i) => points[i].entry);
    const single = members.length === 1;
    const e = members[0];
    out.push({
      key: e.key,
      x,
      y,
      r: single ? radius(e.participants) : Math.min(24, 11 + 3 * Math.log2(members.length)),
      members,
      samePlace: c.samePlace,
      name: single ? entryName(e, locale) : clusterName(members, c.samePlace, locale, strings),
      count: single ? '' : formatNumber(members.length, locale),
      shape: single ? e.type : 'cluster',
      sized: single && e.participants !== undefined,
    });
  }
  return readingOrder(out, Math.max(24, size.h / 12), rtl);
}

export function clustersFor(points: readonly Positioned[], k: number): Cluster[] {
  return clusterPoints(points, clusterZoom(k), CLUSTER_RADIUS);
}
