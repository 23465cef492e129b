// `npm run bench`: what partners pay for the library, measured side by side in one Chromium run.
// 1. gzip size of every file in dist/ (what a page downloads).
// 2. For each element plug-in in bench/elements/: time to the first frame showing N records, for the
//    element versus the same content as static HTML, both delivered in the page itself, interleaved
//    runs, medians, and the ratio; times are taken in the page (bench/page-timing.mjs). The element page loads the plug-in's `script` (default: the
//    element's own `iife/<tag>.js`) with `defer`, as the README's embed does; the same page with the
//    all-in-one IIFE, and with the element's script blocking in the head, are measured beside it.
//    Plug-ins may add their own figures (`extra`, given `script`); BENCH_EXTRAS=0 skips those.
// Figures vary with the machine's load: compare the ratios, not the milliseconds, across runs.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { requireChromium, chromiumArgs } from '../scripts/chromium.mjs';
import { timeToContent, scriptTag } from './page-timing.mjs';
import { coldTable } from './cold.mjs';
import { elementCost, elementTags, gzSize, moduleSizes, staticClosure } from '../scripts/dist-graph.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
// BENCH_SIZES=100,1000 measures only those record counts (of the sizes a plug-in lists).
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : null;
const only = process.argv.slice(2);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function table(rows, headers) {
  const cells = [headers, ...rows.map((r) => headers.map((h) => String(r[h] ?? '')))];
  const widths = headers.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  return cells
    .map((c, n) => {
      const line = c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
      return n === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!existsSync('dist/.stamp')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. Sizes.
const files = walk('dist').filter((f) => /\.(js|json)$/.test(f) && !f.endsWith('.map') && !f.includes('/types/') && !f.includes('/builder/'));
const sizes = files
  .map((f) => {
    const buf = readFileSync(f);
    return { file: relative('dist', f), raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
console.log('\n## Size of dist/ (what a page downloads)\n');
console.log(table(sizes.map((s) => ({ file: s.file, raw: kb(s.raw), gzip: kb(s.gz) })), ['file', 'raw', 'gzip']));

// Per-element cost: the element's define file plus every chunk it imports, transitively.
const elementRows = sizes
  .filter((s) => s.file.startsWith('elements/'))
  .map((s) => {
    const all = staticClosure(s.file);
    const gz = gzSize(all);
    return { element: s.file.replace(/^elements\//, '').replace(/\.js$/, ''), 'static imports': String(all.length), 'gzip (all static imports)': kb(gz) };
  });
if (elementRows.length) {
  console.log('\n## Per element, everything loaded before it renders (lazy chunks excluded)\n');
  console.log(table(elementRows, ['element', 'static imports', 'gzip (all static imports)']));
}

// Size goals: what a first visit downloads before anything renders.
const KB = 1024;
const goalRows = [];
const allClosure = staticClosure('all.js');
goalRows.push({ figure: `all.js with its static imports (${allClosure.length} files)`, gzip: kb(gzSize(allClosure)), goal: '≤ 60 KB', ok: gzSize(allClosure) <= 60 * KB ? '✓' : '✗' });
for (const tag of elementTags()) {
  const file = `iife/${tag}.js`;
  if (existsSync(join('dist', file))) goalRows.push({ figure: file, gzip: kb(gzSize([file])), goal: '≤ 35 KB', ok: gzSize([file]) <= 35 * KB ? '✓' : '✗' });
}
for (const tag of elementTags()) {
  const n = staticClosure(`elements/${tag}.js`).length;
  goalRows.push({ figure: `elements/${tag}.js: files before its first render (static imports)`, gzip: String(n), goal: '≤ 3', ok: n <= 3 ? '✓' : '✗' });
}
console.log('\n## Size goals (gzip -9)\n');
console.log(table(goalRows, ['figure', 'gzip', 'goal', 'ok']));

// Where the bytes go: per source module, from the source maps, for the runtime every element shares
// (its ES module chunks) and for each per-element IIFE.
const sharedFiles = [...new Set(elementTags().flatMap((t) => elementCost(t).shared))];
const area = (m) =>
  m.startsWith('src/') ? m.split('/').slice(0, m.startsWith('src/elements/') ? 3 : 2).join('/') : m.split('/')[0].startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0];
const byArea = (rows) => {
  const out = new Map();
  for (const r of rows) out.set(area(r.module), (out.get(area(r.module)) ?? 0) + r.gzip);
  return [...out].sort((a, b) => b[1] - a[1]);
};
if (sharedFiles.length) {
  const rows = moduleSizes(sharedFiles);
  console.log(`\n## The shared runtime, per module (${sharedFiles.length} ES module chunks, ${kb(gzSize(sharedFiles))} gz)\n`);
  console.log(table(rows.filter((r) => r.gzip >= 200).map((r) => ({ module: r.module, raw: kb(r.raw), gzip: kb(r.gzip) })), ['module', 'raw', 'gzip']));
}
const iifeAreas = elementTags()
  .filter((t) => existsSync(join('dist', 'iife', `${t}.js`)))
  .map((t) => ({ tag: t, areas: new Map(byArea(moduleSizes([`iife/${t}.js`]))) }));
if (iifeAreas.length) {
  const names = [...new Set(iifeAreas.flatMap((r) => [...r.areas.keys()]))].sort((a, b) => Math.max(...iifeAreas.map((r) => r.areas.get(b) ?? 0)) - Math.max(...iifeAreas.map((r) => r.areas.get(a) ?? 0)));
  console.log('\n## Per-element IIFE, by area (gzip share, from the source maps)\n');
  console.log(table(names.map((n) => ({ area: n, ...Object.fromEntries(iifeAreas.map((r) => [r.tag, r.areas.has(n) ? kb(r.areas.get(n)) : ''])) })), ['area', ...iifeAreas.map((r) => r.tag)]));
}

// 2. First render, element vs static HTML.
const plugins = [];
if (existsSync('bench/elements')) {
  for (const f of readdirSync('bench/elements').filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = (await import(pathToFileURL(join(process.cwd(), 'bench/elements', f)).href)).default;
    if (!only.length || only.includes(mod.tag)) plugins.push(mod);
  }
}
if (!plugins.length) {
  console.log('\nNo element plug-ins in bench/elements/.');
  process.exit(0);
}

const pages = new Map();
const srv = await startServer({
  root: '.',
  mounts: { '/dist/': 'dist', '/node_modules/': 'node_modules', '/bench/': 'bench', '/test/fixtures/': 'test/fixtures' },
  csp: null,
  // Scripts and data are served as a host or CDN serves a released file (cached for an hour); each
  // figure is taken after a warm-up load, so it is a reader's second page view, for every page alike.
  cacheControl: 'public, max-age=3600',
  handle: (req, res) => {
    const html = pages.get(req.url);
    if (!html) return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
    return true;
  },
});
const escapeJson = (json) => JSON.stringify(json).replace(/</g, '\\u003c');
const doc = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

// Each figure is the in-page time at which the frame showing the content was painted (see
// bench/page-timing.mjs): DOMContentLoaded for static HTML, the element's `feed-load` for an element.
const timeTo = async (url, kind) => (await timeToContent(context, url, kind)).t;

// The script each element page loads, relative to dist/: the plug-in's `script`, by default the
// element's own IIFE (`iife/<tag>.js`); the all-in-one IIFE is measured beside it.
const ALL_IN_ONE = 'solidarity-widgets.iife.js';
const scriptOf = (plugin) => plugin.script ?? `iife/${plugin.tag}.js`;

const results = [];
const extras = [];
// BENCH_WARM=0 skips this table (and the plug-ins' extras) to time only the cold first visit.
for (const plugin of process.env.BENCH_WARM === '0' ? [] : plugins) {
  for (const n of plugin.sizes.filter((n) => !SIZES || SIZES.includes(n))) {
    const feed = plugin.makeFeed(n);
    const key = `${plugin.tag}-${n}`;
    pages.set(`/__bench/${key}/static`, doc(plugin.staticHtml(feed)));
    // The element's own script (dist/iife/<tag>.js unless the plug-in says otherwise) and, beside it,
    // the all-in-one IIFE of the four elements, so both costs are visible; both with `defer`, as the
    // README shows. The element's script blocking in the head (no `defer`) is measured too.
    const elementPage = (script, blocking = false) =>
      doc(
        `<${plugin.tag} ${plugin.attributes ?? ''}><script type="application/json">${escapeJson(feed)}</script></${plugin.tag}>`,
        scriptTag(`/dist/${script}`, { blocking }),
      );
    pages.set(`/__bench/${key}/element`, elementPage(scriptOf(plugin)));
    pages.set(`/__bench/${key}/all-in-one`, elementPage(ALL_IN_ONE));
    pages.set(`/__bench/${key}/blocking`, elementPage(scriptOf(plugin), true));
    const s = [];
    const e = [];
    const a = [];
    const b = [];
    await timeTo(`${srv.origin}/__bench/${key}/element`, 'element'); // warm the script cache
    await timeTo(`${srv.origin}/__bench/${key}/all-in-one`, 'element');
    await timeTo(`${srv.origin}/__bench/${key}/blocking`, 'element');
    for (let i = 0; i < RUNS; i++) {
      s.push(await timeTo(`${srv.origin}/__bench/${key}/static`, 'static'));
      e.push(await timeTo(`${srv.origin}/__bench/${key}/element`, 'element'));
      a.push(await timeTo(`${srv.origin}/__bench/${key}/all-in-one`, 'element'));
      b.push(await timeTo(`${srv.origin}/__bench/${key}/blocking`, 'element'));
    }
    const row = {
      element: plugin.tag,
      N: String(n),
      'static HTML ms': median(s).toFixed(0),
      'element ms': median(e).toFixed(0),
      ratio: `${(median(e) / median(s)).toFixed(2)}×`,
      'all-in-one ms': median(a).toFixed(0),
      'all-in-one ratio': `${(median(a) / median(s)).toFixed(2)}×`,
      'blocking ratio': `${(median(b) / median(s)).toFixed(2)}×`,
      goal: plugin.goal ?? '≤ 1.2×',
    };
    results.push(row);
    console.error(`  measured ${plugin.tag} N=${n}: ${row.ratio}`);
  }
  if (plugin.extra && process.env.BENCH_EXTRAS !== '0') {
    const script = `/dist/${scriptOf(plugin)}`;
    for (const r of await plugin.extra({ browser, context, baseUrl: srv.origin, pages, median, script })) extras.push({ element: plugin.tag, ...r });
  }
}

if (results.length) {
console.log(`\n## First render: element vs the same content as static HTML (median of ${RUNS}, same Chromium, interleaved)\n`);
console.log('element ms: the page loads the element\'s own script (dist/iife/<tag>.js) with `defer`, as the README shows; all-in-one: dist/solidarity-widgets.iife.js (all four elements), also with `defer`;');
console.log('blocking ratio: the element\'s own script as a plain <script src> in the head, which runs before the body is parsed.\n');
console.log(table(results, ['element', 'N', 'static HTML ms', 'element ms', 'ratio', 'all-in-one ms', 'all-in-one ratio', 'blocking ratio', 'goal']));
}
if (extras.length) {
  console.log('\n## Other figures\n');
  console.log(
    table(
      extras.map((r) => ({ element: r.element, figure: r.name, value: `${typeof r.value === 'number' ? r.value.toFixed(r.value < 10 ? 2 : 0) : r.value}${r.unit ? ' ' + r.unit : ''}`, goal: r.goal ?? '' })),
      ['element', 'figure', 'value', 'goal'],
    ),
  );
}

// 3. A first visit: the README's embed, cold (bench/cold.mjs).
if (process.env.BENCH_COLD !== '0') {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
  const { rows, flat } = await coldTable({ browser, plugins, sizes: SIZES, runs, median });
  console.log(`\n## A first visit, cold: the README's embed (script with defer, element with src) vs static HTML (median of ${runs}, a new browser context per load, no-store, gzip)\n`);
  console.log('iife: dist/iife/<tag>.js; all-in-one: dist/solidarity-widgets.iife.js; esm: <script type=module src=dist/elements/<tag>.js>; esm scripts: script files fetched before the first render.\n');
  console.log(table(rows, ['element', 'N', 'static ms', 'iife ms', 'iife ÷ static', 'goal', 'all-in-one ÷ static', 'esm ÷ static', 'esm scripts']));
  if (flat.length) {
    console.log('');
    console.log(table(flat, ['element', 'figure', 'value', 'goal']));
  }
}
await browser.close();
await srv.close();
