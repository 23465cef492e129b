// Builds the campaign studio (studio/index.html's script and its build worker) into <out>/studio/.
// Used by scripts/build-site.mjs (`npm run build-site`) and scripts/release.mjs (`npm run release`);
// the output folder comes from STUDIO_OUT (default: site). The library's own build is rollup.config.mjs.
// STUDIO_FORMAT=iife builds the page's script as one classic script with everything inlined (the
// builder, the readers, the map outlines), for a studio opened from a file on disk: browsers load
// neither module scripts nor workers nor fetched files from file:// (no source maps there: the
// archive stays small).
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import { litTrustedTypesPolicy } from './scripts/rollup/trusted-types.mjs';
import { actionMapGeometry } from './scripts/rollup/action-map-geometry.mjs';

const out = `${process.env.STUDIO_OUT || 'site'}/studio`;
const classic = process.env.STUDIO_FORMAT === 'iife';

const plugins = () => [
  litTrustedTypesPolicy(),
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ compact: true }),
  esbuild({ target: 'es2021', minify: true, tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' } }),
];

export default [
  {
    input: 'src/studio/main.ts',
    output: classic
      ? { file: `${out}/main.js`, format: 'iife', inlineDynamicImports: true, sourcemap: false }
      : { dir: out, format: 'es', entryFileNames: 'main.js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    // The ES-module geometry (a lazy chunk, or inlined in the classic script), never a fetch.
    plugins: [actionMapGeometry('esm', { emitGeometry: false }), ...plugins()],
  },
  {
    // A classic worker in one file: no module loading inside the worker, nothing for Trusted Types to check.
    input: 'src/studio/worker.ts',
    output: { file: `${out}/worker.js`, format: 'iife', inlineDynamicImports: true, sourcemap: !classic },
    plugins: plugins(),
  },
];
