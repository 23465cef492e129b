/**
 * The world geometry for the ES module build: world-atlas countries-110m as a module of its own, so
 * rollup emits it as a separate chunk that `geometry.ts` imports only when a map is drawn.
 * (The IIFE build swaps this file for `world-110m.fetch.ts`; see rollup.config.mjs.)
 */
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export function loadWorld(): Promise<Topology> {
  return Promise.resolve(world as unknown as Topology);
}
