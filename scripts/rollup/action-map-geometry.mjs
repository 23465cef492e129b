// <action-map>'s world, served from the script's own origin:
// - the default world view, pre-projected here at build time as SVG paths (world-view.bake.ts), so a
//   map of the whole world needs no d3-geo and no TopoJSON decoding in the browser. ES modules:
//   `geometry.ts` imports `./world-view.js`, replaced by a module of the baked paths that rollup
//   emits as a lazy chunk; the IIFE builds get `world-view.fetch.ts`, which fetches
//   `geo/world-view.json` from beside the script (imported first by the define file, in place of the
//   empty `world-view.early.ts`, so a map already on the page has it requested before the rest runs).
// - the world's TopoJSON (world-atlas countries-110m), for maps framed on a country, box or centre and
//   for the inset: `./world-110m.js` is a lazy chunk with ES modules; the IIFE cannot split code, and
//   inlining would add ~38 KB gz to the one script every partner loads, so there it is swapped for
//   `world-110m.fetch.ts`, which fetches `geo/countries-110m.json` from beside the script.
// The ESM build emits both files into dist/geo/ (for the all-in-one IIFE in dist/), and an IIFE built
// into another folder (dist/iife/<tag>.js) emits its own copy beside itself (`emitGeometry`), so
// "copy the script and the geo/ folder beside it" holds for every script.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const FETCHER = here('../../src/elements/action-map/world-110m.fetch.ts');
const VIEW_FETCHER = here('../../src/elements/action-map/world-view.fetch.ts');
const BAKE = here('../../src/elements/action-map/world-view.bake.ts');
const GEOMETRY = here('../../node_modules/world-atlas/countries-110m.json');
// Not a file: the module of the baked paths (named so, its chunk is `world-view.baked-<hash>.js`).
const BAKED = here('../../src/elements/action-map/world-view.baked.js');

let baked;
/** The default world view as JSON text, baked by world-view.bake.ts (bundled for Node by esbuild). */
function bakedView() {
  baked ??= (async () => {
    const { build } = await import('esbuild');
    const out = await build({ entryPoints: [BAKE], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
    return JSON.stringify(mod.bakeWorldView(JSON.parse(readFileSync(GEOMETRY, 'utf8'))));
  })();
  return baked;
}

/**
 * @param {'esm' | 'iife'} mode
 * @param {{ emitGeometry?: boolean }} [options] emitGeometry: an IIFE build emits geo/ beside its file
 */
export function actionMapGeometry(mode, { emitGeometry = mode === 'esm' } = {}) {
  return {
    name: 'action-map-geometry',
    resolveId(source, importer) {
      // The IIFE's define file imports the fetcher first, so its request starts before the rest runs.
      if (mode === 'iife' && importer && /action-map[\\/]action-map\.define\.ts$/.test(importer) && /^\.\/world-view\.early(\.js|\.ts)?$/.test(source)) return VIEW_FETCHER;
      if (!importer || !/action-map[\\/]geometry\.ts$/.test(importer)) return null;
      if (/^\.\/world-view(\.js|\.ts)?$/.test(source)) return mode === 'iife' ? VIEW_FETCHER : BAKED;
      if (mode === 'iife' && /^\.\/world-110m(\.js|\.ts)?$/.test(source)) return FETCHER;
      return null;
    },
    async load(id) {
      if (id !== BAKED) return null;
      // JSON.parse of one string literal: parsed faster than the same data as an object literal.
      return `const view = JSON.parse(${JSON.stringify(await bakedView())});\nexport function loadWorldView() { return Promise.resolve(view); }\n`;
    },
    async generateBundle(_options, bundle) {
      if (!emitGeometry || !existsSync(GEOMETRY)) return;
      // Only a bundle that draws maps needs the geometry (not the other elements' scripts).
      if (mode === 'iife' && !Object.values(bundle).some((f) => f.type === 'chunk' && Object.keys(f.modules).includes(FETCHER))) return;
      // Re-serialised: the same data without whitespace.
      this.emitFile({ type: 'asset', fileName: 'geo/countries-110m.json', source: JSON.stringify(JSON.parse(readFileSync(GEOMETRY, 'utf8'))) });
      this.emitFile({ type: 'asset', fileName: 'geo/world-view.json', source: await bakedView() });
    },
  };
}
