// Bench plug-in for <action-map>.
// Main table (the runner's): the element reading N actions as inline JSON until its feed is ready,
// against the same actions as a static HTML table by country (what the element's table view and a
// no-JS fallback show). The runner stops at "feed ready"; the map itself draws once the lazy engine
// and geometry arrive, so the extra figures time that too:
// - the size budget (scripts/dist-graph.mjs, also `node scripts/dist-graph.mjs` alone): the element's
//   own entry code (define file and own chunk, goal ≤ 15 KB gz, checked), the shared runtime (Lit and
//   the feed runtime, paid once per page), the whole static closure, each lazy chunk (map engine,
//   geometry, the rarer feed readers), the geometry JSON the IIFE fetches and the per-element IIFE,
//   and what a map of the whole world downloads before its first screen;
// - first render with 50 / 500 / 5,000 markers (clustered), until the markers are on screen, against
//   Leaflet 1.9 from its npm package drawing the same countries (as GeoJSON, no tiles) and the same
//   markers (SVG circle markers; Leaflet has no clustering without a plug-in), same page size;
// - a partner's first visit (bench/action-map-cold.mjs): the README's embed, `src` feed, nothing
//   cached, gzip, IIFE and ESM entries, against Leaflet loaded the same way (goal ≤ 1.0× at 50 and 500).
import { makeActionFeed } from '../../test/fixtures/action-map/make-feed.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { actionMapBudget, elementCost, gzSize, sourcesOf } from '../../scripts/dist-graph.mjs';
import { scriptTag } from '../page-timing.mjs';
import { coldComparison, firstScreen } from '../action-map-cold.mjs';

const TAG = 'action-map';
const SIZES = [50, 500, 5000];
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function dateText(date) {
  const M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, d] = date.split('-').map(Number);
  return date.length === 4 ? `${y}` : date.length === 7 ? `${M[m - 1]} ${y}` : `${d} ${M[m - 1]} ${y}`;
}

/** The actions as a plain table by country, then date: the same content as the table view. */
function staticHtml(feed) {
  const groups = new Map();
  for (const a of feed._campaign.actions) {
    const c = a.place?.country ?? '';
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c).push(a);
  }
  const body = [...groups.entries()]
    .map(([c, list]) => `<tbody><tr><th colspan="4" scope="rowgroup">${esc(c)}</th></tr>${list
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((a) => `<tr><td><time datetime="${a.date}">${dateText(a.date)}</time></td><td>${esc(a.kind)} <strong>${esc(a.title)}</strong> ${esc((a.organisers ?? []).join(', '))}</td><td>${esc(a.place?.name ?? '')}</td><td>${a.participants ? `About ${a.participants.value} people` : ''}</td></tr>`)
      .join('')}</tbody>`)
    .join('');
  return `<table><caption>Solidarity actions by country and date</caption><thead><tr><th>Date</th><th>Action</th><th>Place</th><th>People</th></tr></thead>${body}</table>`;
}

/**
 * What a map of the whole world downloads before its first screen (besides the page and the feed),
 * read from dist/: with ES modules the static closure, the engine and the world view chunk; with the
 * per-element IIFE the script and geo/world-view.json. d3-geo (the projection chunk) and the TopoJSON
 * load only for a framed map or the inset.
 */
function firstPaintBytes() {
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  const cost = elementCost(TAG);
  const lazyWith = (source) => cost.lazy.find((c) => c.adds.some((f) => sourcesOf(f).some((x) => x.endsWith(source))));
  const rows = [];
  const engine = lazyWith('action-map/map-view.ts');
  const view = lazyWith('action-map/world-view.baked.js');
  if (engine && view) {
    const files = [...new Set([...cost.closure, ...engine.adds, ...view.adds])];
    rows.push({ name: `before the first screen, ES modules (whole world): ${files.length} files`, value: kb(gzSize(files)), unit: 'gz' });
  }
  const projection = lazyWith('action-map/projection.ts');
  if (projection) rows.push({ name: 'd3-geo + topojson-client chunk, lazy (framed maps and the inset only)', value: kb(gzSize(projection.adds.filter((f) => !engine?.adds.includes(f)))), unit: 'gz' });
  if (view) rows.push({ name: 'whole-world paths chunk, lazy (ESM)', value: kb(gzSize(view.adds)), unit: 'gz' });
  if (existsSync('dist/iife/geo/world-view.json')) {
    rows.push({ name: 'whole-world paths fetched by the IIFE (geo/world-view.json)', value: kb(gzSize(['iife/geo/world-view.json'])), unit: 'gz' });
    // The script, the engine's lazy files it names (the engine and the directive it shares), the paths.
    const entry = readFileSync('dist/iife/action-map.js', 'utf8');
    const lazy = existsSync('dist/iife/lazy') ? readdirSync('dist/iife/lazy').filter((f) => /^(engine|repeat)-.*\.js$/.test(f) && entry.includes(f)).map((f) => `iife/lazy/${f}`) : [];
    const files = ['iife/action-map.js', ...lazy, 'iife/geo/world-view.json'];
    rows.push({ name: `before the first screen, per-element IIFE (whole world): ${files.join(' + ')}`, value: kb(gzSize(files)), unit: 'gz' });
  }
  return rows;
}

const doc = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

// Both pages are timed in the page: the map at the second frame after both its land and a marker
// are in the DOM (markers may come first), Leaflet at the second frame after its script added the
// last marker (bench/action-map-cold.mjs, `firstScreen`).

function leafletPage(feed) {
  return doc(
    `<div id="map" style="width:1240px;height:620px"></div>
<script type="application/json" id="feed">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>
<script>
(async () => {
  const world = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
  const map = L.map('map', { zoomSnap: 0, worldCopyJump: false }).fitWorld();
  L.geoJSON(topojson.feature(world, world.objects.countries), { style: { color: '#fff', weight: 0.5, fillColor: '#ddd', fillOpacity: 1 } }).addTo(map);
  const feed = JSON.parse(document.getElementById('feed').textContent);
  let n = 0;
  for (const a of feed._campaign.actions) {
    if (!a.place || a.place.lat === undefined) continue;
    L.circleMarker([a.place.lat, a.place.lon], { radius: 6, color: '#fff', weight: 1.5, fillColor: '#a4161a', fillOpacity: 0.85 }).bindTooltip(a.title).addTo(map);
    n++;
  }
  window.__leafletMarkers = n;
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench ??= performance.now(); }));
})();
</script>`,
    '<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css"><script src="/node_modules/leaflet/dist/leaflet.js"></script><script src="/node_modules/topojson-client/dist/topojson-client.min.js"></script>',
  );
}

export default {
  tag: TAG,
  /** The script the element pages load, relative to dist/ (the runner also measures the all-in-one). */
  script: 'iife/action-map.js',
  sizes: SIZES,
  makeFeed: (n) => makeActionFeed(n),
  staticHtml,
  attributes: '',
  goal: '≤ 1.2×',
  async extra({ browser, context, baseUrl, pages, median, script = '/dist/solidarity-widgets.iife.js' }) {
    const RUNS = Number(process.env.BENCH_RUNS ?? 7);
    const rows = [];
    // The size budget first: what "element entry size without geometry ≤ 15 KB gz" measures, and the rest.
    for (const r of actionMapBudget()) {
      // The engine no longer holds d3-geo: that is the projection chunk below.
      const name = r.figure.startsWith('map engine, lazy') ? 'map engine, lazy (clustering, zoom/pan, SVG, the whole world\'s projection; no d3-geo)' : r.figure;
      rows.push({ name, value: r.gzip, unit: 'gz', goal: r.goal ? `${r.goal} gz ${r.ok}` : '' });
    }
    rows.push(...firstPaintBytes());
    const mapTime = (url) => firstScreen(context, url);
    const leafletTime = (url) => firstScreen(context, url, true);
    for (const n of SIZES) {
      const feed = makeActionFeed(n);
      const el = `/__bench/action-map-${n}/map`;
      const lf = `/__bench/action-map-${n}/leaflet`;
      pages.set(el, doc(`<action-map style="width:1240px"><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script></action-map>`, scriptTag(script)));
      pages.set(lf, leafletPage(feed));
      await mapTime(`${baseUrl}${el}`);
      await leafletTime(`${baseUrl}${lf}`);
      const a = [];
      const b = [];
      let drawn = { markers: 0 };
      let lmarkers = 0;
      for (let i = 0; i < RUNS; i++) {
        const r1 = await mapTime(`${baseUrl}${el}`);
        const r2 = await leafletTime(`${baseUrl}${lf}`);
        a.push(r1.t);
        b.push(r2.t);
        drawn = r1;
        lmarkers = r2.markers;
      }
      const ma = median(a);
      const mb = median(b);
      rows.push({ name: `first render, ${n} actions: map with land and markers (${drawn.markers} clustered markers)`, value: ma, unit: 'ms' });
      rows.push({ name: `first render, ${n} actions: Leaflet, same countries and markers (${lmarkers} markers)`, value: mb, unit: 'ms' });
      rows.push({ name: `first render, ${n} actions: action-map / Leaflet`, value: `${(ma / mb).toFixed(2)}×`, goal: '≤ 1×' });
    }
    // A partner's first visitor: the README's embed, nothing cached (bench/action-map-cold.mjs).
    rows.push(...(await coldComparison({ browser, median })));
    return rows;
  },
};
