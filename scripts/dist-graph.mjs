// What a page loads from dist/ for one element, read from the built files themselves (import
// statements and source maps), never from hashed chunk names. Used by `npm run bench` (the action-map
// plug-in's size budget) and by test/node/size-budget.test.ts. Run on its own for the budget table:
//   node scripts/dist-graph.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const STATIC_IMPORT = /(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

const read = (dist, file) => readFileSync(join(dist, file), 'utf8');
const resolve = (file, spec) => join(dirname(file), spec);

/** `file` (relative to `dist`) and every file it imports statically, transitively: what must arrive before it runs. */
export function staticClosure(file, dist = 'dist', seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  for (const m of read(dist, file).matchAll(STATIC_IMPORT)) staticClosure(resolve(file, m[1]), dist, seen);
  return [...seen];
}

/** Chunks that `files` import with `import()`, each with what it adds statically beyond `files`. */
export function lazyChunks(files, dist = 'dist') {
  const loaded = new Set(files);
  const out = new Map();
  for (const f of files) {
    for (const m of read(dist, f).matchAll(DYNAMIC_IMPORT)) {
      const chunk = resolve(f, m[1]);
      if (loaded.has(chunk) || out.has(chunk)) continue;
      out.set(chunk, staticClosure(chunk, dist).filter((x) => !loaded.has(x)));
    }
  }
  return [...out].map(([file, adds]) => ({ file, adds }));
}

/** The source files a built file was made from (its source map), relative to the repository root. */
export function sourcesOf(file, dist = 'dist') {
  const map = join(dist, `${file}.map`);
  if (!existsSync(map)) return [];
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.map((s) => relative('.', join(dist, dirname(file), s)).replace(/^(\.\.\/)+/, ''));
}

/** gzip -9 size of the files joined, as the bench's per-element table has always counted. */
export function gzSize(files, dist = 'dist') {
  return files.length ? gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dist, f)))), { level: 9 }).length : 0;
}

export function elementTags(dist = 'dist') {
  const dir = join(dist, 'elements');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort() : [];
}

/**
 * An element's ES module cost, in parts:
 * - `own`: the files of its static closure that no other element's entry loads (its define file and
 *   its own chunk: class, styles, strings, views). "Not loaded by any other element" rather than "built
 *   from src/elements/<tag>/ only": a helper that only this element uses is merged into its chunk by
 *   rollup, and it is this element's cost all the same.
 * - `shared`: the rest of the static closure (Lit and the feed runtime): a page showing several
 *   elements pays it once.
 * - `closure`: both, everything loaded before the element renders.
 * - `lazy`: chunks it imports on demand (map engine, geometry, the rarer feed readers), each with the
 *   files it adds.
 */
export function elementCost(tag, dist = 'dist') {
  const closure = staticClosure(`elements/${tag}.js`, dist);
  const others = new Set(elementTags(dist).filter((t) => t !== tag).flatMap((t) => staticClosure(`elements/${t}.js`, dist)));
  return {
    closure,
    own: closure.filter((f) => !others.has(f)),
    shared: closure.filter((f) => others.has(f)),
    lazy: lazyChunks(closure, dist),
  };
}

/** The element's own entry code may weigh this much, gzipped (issue 9: `<action-map>` ≤ 15 KB gz). */
export const OWN_CODE_BUDGET = 15 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The lazy import that brings `source` (e.g. the map engine's `map-view.ts`) with it. */
function lazyWith(cost, source, dist) {
  return cost.lazy.find((c) => c.adds.some((f) => sourcesOf(f, dist).some((s) => s.endsWith(source))));
}

/**
 * Rows of the size-budget table for `<action-map>` (figure, gzip, goal, ok): what issue 9's "element
 * entry size without geometry ≤ 15 KB gz" measures, and what it leaves out.
 */
export function actionMapBudget(dist = 'dist') {
  const cost = elementCost('action-map', dist);
  const own = gzSize(cost.own, dist);
  const rows = [
    { figure: `own entry code: ${cost.own.join(', ')}`, gzip: kb(own), goal: '≤ 15 KB', ok: own <= OWN_CODE_BUDGET ? '✓' : '✗' },
    { figure: `shared runtime (Lit, feed runtime; paid once for all four elements): ${cost.shared.length} files`, gzip: kb(gzSize(cost.shared, dist)) },
    { figure: 'whole static closure (all loaded before first render)', gzip: kb(gzSize(cost.closure, dist)) },
  ];
  const lazy = [
    ['map engine, lazy (clustering, SVG; d3-geo and topojson-client only for a framed map)', 'action-map/map-view.ts'],
    ['geometry chunk, lazy (world-atlas countries-110m, ESM)', 'action-map/world-110m.ts'],
    ['RSS/Atom reader, lazy (only for an XML feed)', 'feed/readers/xml-feed.ts'],
    ['TimelineJS reader, lazy', 'feed/readers/timelinejs.ts'],
    ['GeoJSON reader, lazy', 'feed/readers/geojson.ts'],
  ];
  for (const [figure, source] of lazy) {
    const chunk = lazyWith(cost, source, dist);
    if (chunk) rows.push({ figure, gzip: kb(gzSize(chunk.adds, dist)) });
  }
  for (const [figure, file] of [
    ['geometry JSON fetched by the IIFE (geo/countries-110m.json)', 'geo/countries-110m.json'],
    ['per-element IIFE, all in one file (iife/action-map.js)', 'iife/action-map.js'],
  ]) {
    if (existsSync(join(dist, file))) rows.push({ figure, gzip: kb(gzSize([file], dist)) });
  }
  return rows;
}

/**
 * What each source module weighs inside built files, read from their source maps: every generated
 * character is credited to the module its mapping names. `gzip` shares the files' joined gzip size
 * among modules in proportion to each module's own gzipped text, so the column adds up to the real
 * total. Modules from node_modules are named by package path (`lit-html/lit-html.js`).
 * @param {string[]} files paths relative to `dist`
 * @returns {{ module: string, raw: number, gzip: number }[]} largest first
 */
export function moduleSizes(files, dist = 'dist') {
  const texts = new Map();
  for (const file of files) {
    const code = read(dist, file);
    if (!existsSync(join(dist, `${file}.map`))) continue;
    const raw = JSON.parse(read(dist, `${file}.map`));
    const map = new TraceMap(raw);
    const starts = [0];
    for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
    const segs = [];
    eachMapping(map, (m) => segs.push([starts[m.generatedLine - 1] + m.generatedColumn, m.source ?? '']));
    segs.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < segs.length; i++) {
      const end = i + 1 < segs.length ? segs[i + 1][0] : code.length;
      const name = segs[i][1].includes('node_modules/') ? segs[i][1].replace(/^.*node_modules\//, '') : segs[i][1].replace(/^(\.\.\/|\.\/)+/, '');
      texts.set(name, (texts.get(name) ?? '') + code.slice(segs[i][0], end));
    }
  }
  const total = gzSize(files, dist);
  const rows = [...texts].map(([module, text]) => ({ module, raw: text.length, alone: gzipSync(text, { level: 9 }).length }));
  const sum = rows.reduce((a, r) => a + r.alone, 0) || 1;
  return rows.map((r) => ({ module: r.module, raw: r.raw, gzip: Math.round((r.alone * total) / sum) })).sort((a, b) => b.gzip - a.gzip);
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function textTable(rows, headers) {
  const cells = [headers, ...rows.map((r) => headers.map((h) => String(r[h] ?? '')))];
  const widths = headers.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('\n## <action-map> size budget (ES modules, gzip -9)\n');
  console.log(textTable(actionMapBudget(), ['figure', 'gzip', 'goal', 'ok']));
  console.log('\n## Per element: own code, shared runtime, whole static closure (gzip -9)\n');
  const rows = elementTags().map((tag) => {
    const c = elementCost(tag);
    return { element: tag, own: kb(gzSize(c.own)), shared: kb(gzSize(c.shared)), 'static closure': kb(gzSize(c.closure)), files: String(c.closure.length) };
  });
  console.log(textTable(rows, ['element', 'own', 'shared', 'static closure', 'files']));
}
