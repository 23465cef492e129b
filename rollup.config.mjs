// Builds dist/: per-element ESM define files, index.js (classes only), all.js, feed.js, the minified
// IIFE for <script src> (all four elements, and one per element in dist/iife/), and the Node CLI of the feed builder. Type declarations come from tsc.
import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { litTrustedTypesPolicy } from './scripts/rollup/trusted-types.mjs';
import { actionMapGeometry } from './scripts/rollup/action-map-geometry.mjs';
import { classicEntry } from './scripts/rollup/classic-entry.mjs';

const elements = existsSync('src/elements')
  ? readdirSync('src/elements', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.define.ts`))
      .map((d) => d.name)
  : [];

const browserPlugins = (minify = true) => [
  litTrustedTypesPolicy(),
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ compact: true }),
  esbuild({ target: 'es2021', minify, tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' } }),
  // A second pass over esbuild's output: about 3% fewer bytes after gzip.
  ...(minify ? [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })] : []),
];

/**
 * One chunk for everything the elements share before their first render (Lit, the feed runtime), so
 * an element's ES module entry is three files: its define file, its class, this runtime. A module
 * only imported on demand (readers of other formats, the map engine) keeps its own lazy chunk; so do
 * modules only dist/feed.js uses.
 */
function sharedRuntimeChunk() {
  let staticIds;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!staticIds) {
      staticIds = new Set();
      const todo = [...getModuleIds()].filter((m) => getModuleInfo(m)?.isEntry && /\.define\.ts$/.test(m));
      while (todo.length) {
        const m = todo.pop();
        if (staticIds.has(m)) continue;
        staticIds.add(m);
        todo.push(...(getModuleInfo(m)?.importedIds ?? []));
      }
    }
    if (!staticIds.has(id) || /[\\/]src[\\/]elements[\\/]/.test(id)) return undefined;
    return 'runtime';
  };
}

const esm = {
  input: {
    index: 'src/index.ts',
    all: 'src/all.ts',
    feed: 'src/feed/index.ts',
    ...Object.fromEntries(elements.map((tag) => [`elements/${tag}`, `src/elements/${tag}/${tag}.define.ts`])),
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: sharedRuntimeChunk(),
    sourcemap: true,
  },
  plugins: [actionMapGeometry('esm'), ...browserPlugins()],
};

const iife = {
  input: 'src/all.iife.ts',
  output: {
    file: 'dist/solidarity-widgets.iife.js',
    format: 'iife',
    name: 'SolidarityWidgets',
    inlineDynamicImports: true,
    // A second copy of this script on the page (two plugins adding it) does nothing at all.
    intro: "if (globalThis[Symbol.for('solidarity-widgets.iife')]) return globalThis[Symbol.for('solidarity-widgets.iife')];",
    outro: "globalThis[Symbol.for('solidarity-widgets.iife')] = exports;",
    sourcemap: true,
  },
  plugins: [actionMapGeometry('iife'), ...browserPlugins()],
};

// One <script> build per element (dist/iife/<tag>.js): a partner who shows one element downloads only
// that element (and Lit and the runtime), not all four. The script holds what the first render needs
// and loads the rest (other feed formats' readers, the map engine and geometry, validation detail,
// the other language's tables) from dist/iife/lazy/ beside itself, when used (classic-entry.mjs).
// Each defines only its own tag and sets no global name. Loaded twice, or after a script that
// already defined the tag (the all-in-one IIFE), it does nothing at all.
const perElementIife = elements.map((tag) => {
  const key = JSON.stringify(`solidarity-widgets.iife.${tag}`);
  return {
    input: { [tag]: `src/elements/${tag}/${tag}.define.ts` },
    output: {
      dir: 'dist/iife',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'lazy/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [
      actionMapGeometry('iife', { emitGeometry: true }),
      ...browserPlugins(),
      classicEntry({
        guard: `if(globalThis[Symbol.for(${key})]||(globalThis.customElements&&customElements.get(${JSON.stringify(tag)})))return;globalThis[Symbol.for(${key})]=true;`,
      }),
    ],
  };
});

const configs = [esm, iife, ...perElementIife];
if (existsSync('src/builder/node/cli.ts')) {
  configs.push({
    input: { cli: 'src/builder/node/cli.ts', index: 'src/builder/index.ts' },
    output: { dir: 'dist/builder', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
    external: (id) => id.startsWith('node:'),
    plugins: [
      // ESM entry points of dependencies (yaml's 'node' condition is CommonJS, which rollup cannot read without a plugin).
      nodeResolve({ preferBuiltins: true, exportConditions: ['import', 'module', 'default'] }),
      json(),
      esbuild({ target: 'node20', platform: 'node', tsconfig: 'tsconfig.json' }),
    ],
  });
}
export default configs;
