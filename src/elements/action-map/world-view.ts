/**
 * The default world view, pre-projected (see world-view.bake.ts). In source builds (tests, Storybook)
 * it is baked here, in the browser; the library's build replaces this module with the baked data (ES
 * modules: a lazy chunk) or with `world-view.fetch.ts` (the `<script>` builds: `geo/world-view.json`
 * beside the script). See scripts/rollup/action-map-geometry.mjs.
 */

/** Countries as [alpha-2 code (else world-atlas's id), SVG path] in units of `scale` per unscaled Equal Earth unit, centred on (0, 0), y down. */
export interface WorldView {
  scale: number;
  countries: [string, string][];
}

export async function loadWorldView(): Promise<WorldView> {
  const [{ bakeWorldView }, { loadWorld }] = await Promise.all([import('./world-view.bake.js'), import('./world-110m.js')]);
  return bakeWorldView(await loadWorld());
}
