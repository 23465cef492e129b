// <action-map>'s world geometry (world-atlas countries-110m), served from the script's own origin:
// - ES modules: `geometry.ts` imports `./world-110m.js`, which rollup emits as a lazy chunk;
// - the IIFE cannot split code, and inlining would add ~38 KB gz to the one script every partner
//   loads, so there `./world-110m.js` is swapped for `world-110m.fetch.ts`, which fetches
//   `geo/countries-110m.json` from beside the script; the ESM build emits that file into dist/geo/,
//   and an IIFE built into another folder (dist/iife/<tag>.js) emits its own copy beside itself
//   (`emitGeometry`), so "copy the script and the geo/ folder beside it" holds for every script.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FETCHER = fileURLToPath(new URL('../../src/elements/action-map/world-110m.fetch.ts', import.meta.url));
const GEOMETRY = fileURLToPath(new URL('../../node_modules/world-atlas/countries-110m.json', import.meta.url));

/**
 * @param {'esm' | 'iife'} mode
 * @param {{ emitGeometry?: boolean }} [options] emitGeometry: an IIFE build emits geo/ beside its file
 */
export function actionMapGeometry(mode, { emitGeometry = mode === 'esm' } = {}) {
  return {
    name: 'action-map-geometry',
    resolveId(source, importer) {
      if (mode !== 'iife' || !importer || !/action-map[\\/]geometry\.ts$/.test(importer)) return null;
      return /^\.\/world-110m(\.js|\.ts)?$/.test(source) ? FETCHER : null;
    },
    generateBundle(_options, bundle) {
      if (!emitGeometry || !existsSync(GEOMETRY)) return;
      // Only a bundle that draws maps needs the geometry (not the other elements' scripts).
      if (mode === 'iife' && !Object.values(bundle).some((f) => f.type === 'chunk' && Object.keys(f.modules).includes(FETCHER))) return;
      // Re-serialised: the same data without whitespace.
      this.emitFile({ type: 'asset', fileName: 'geo/countries-110m.json', source: JSON.stringify(JSON.parse(readFileSync(GEOMETRY, 'utf8'))) });
    },
  };
}
