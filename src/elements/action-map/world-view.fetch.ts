/**
 * The default world view for the `<script>` (IIFE) builds, which cannot split code: fetched as
 * `geo/world-view.json` from beside the script, on the script's own origin, when a map is drawn.
 * scripts/rollup/action-map-geometry.mjs substitutes this file for `world-view.ts` and for
 * `world-view.early.ts` in those builds.
 */
import type { WorldView } from './world-view.js';
import { loadEngine } from './geometry.js';

// Read while the script runs: `document.currentScript` is null once it has finished.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

async function request(): Promise<WorldView> {
  const res = await fetch(new URL('geo/world-view.json', scriptUrl), { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for the world map`);
  return (await res.json()) as WorldView;
}

// This module runs first in the script (world-view.early.ts). A deferred script runs once the page
// is parsed: a map already on it gets the engine (and, for the whole world, its paths) requested now,
// while the rest of the script starts up, rather than when the element connects.
const MAP = 'action-map:not([view="table"])';
if (document.querySelector(MAP)) loadEngine().catch(() => undefined);
let early = document.querySelector(`${MAP}:not([region]):not([bbox]):not([center])`) ? request() : undefined;
// Reported to the element by loadWorldView(), not as an unhandled rejection.
early?.catch(() => undefined);

export function loadWorldView(): Promise<WorldView> {
  const p = early ?? request();
  early = undefined;
  return p;
}
