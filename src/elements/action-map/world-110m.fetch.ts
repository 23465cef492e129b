/**
 * The world geometry for the `<script>` (IIFE) build, which cannot split code: rather than inline
 * 38 KB gz of geometry into the one script every partner page loads, fetch `geo/countries-110m.json`
 * from beside the script, on the same origin as the script, only when a map is drawn.
 * rollup.config.mjs substitutes this file for `world-110m.ts` in that build.
 */
import type { Topology } from 'topojson-specification';

// Read while the script runs: `document.currentScript` is null once it has finished.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export async function loadWorld(): Promise<Topology> {
  const res = await fetch(new URL('geo/countries-110m.json', scriptUrl), { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for the map geometry`);
  return (await res.json()) as Topology;
}
