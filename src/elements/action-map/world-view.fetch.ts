/**
 * The default world view for the `<script>` (IIFE) builds, which cannot split code: fetched as
 * `geo/world-view.json` from beside the script, on the script's own origin, when a map is drawn.
 * scripts/rollup/action-map-geometry.mjs substitutes this file for `world-view.ts` in those builds.
 */
import type { WorldView } from './world-view.js';

// Read while the script runs: `document.currentScript` is null once it has finished.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export async function loadWorldView(): Promise<WorldView> {
  const res = await fetch(new URL('geo/world-view.json', scriptUrl), { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for the world map`);
  return (await res.json()) as WorldView;
}
