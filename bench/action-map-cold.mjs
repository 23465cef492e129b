// <action-map> on a partner's first visit, against Leaflet 1.9 without tiles: the README's embed
// (`<script src=… defer>`, `<action-map src="/campaign/feed.json">`, the feed fetched by the element),
// a new browser context for every load (nothing cached), every file sent `no-store` and gzipped as
// web hosts send it, interleaved rounds (each page once per round), medians. "First screen" is the
// second frame after the page shows both the world's land and the markers. Used by
// bench/elements/action-map.mjs; alone: `node bench/action-map-cold.mjs` (BENCH_RUNS, BENCH_SIZES=50,500
// narrow it; COLD_BEFORE=<folder> also times another build's dist/ folder, e.g. main's, in the same rounds).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { makeActionFeed } from '../test/fixtures/action-map/make-feed.mjs';

export const COLD_SIZES = [50, 500, 5000];
const VIEWPORT = { width: 1280, height: 900 };

const doc = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

/** The README's embed: one script tag, one element reading its feed from the partner's own host. */
const mapPage = (n, entry, dist = '/dist/') =>
  doc(
    `<action-map src="/campaign/feed-${n}.json"></action-map>`,
    entry === 'esm' ? `<script type="module" src="${dist}elements/action-map.js"></script>` : `<script src="${dist}iife/action-map.js" defer></script>`,
  );

/** Leaflet as its quick start shows it (script and CSS in the head), same countries and markers, no tiles; feed and world fetched in parallel. */
const leafletPage = (n) =>
  doc(
    `<div id="map"></div>
<script>
(async () => {
  const [world, feed] = await Promise.all([
    fetch('/node_modules/world-atlas/countries-110m.json').then((r) => r.json()),
    fetch('/campaign/feed-${n}.json').then((r) => r.json()),
  ]);
  const map = L.map('map', { zoomSnap: 0, worldCopyJump: false }).fitWorld();
  L.geoJSON(topojson.feature(world, world.objects.countries), { style: { color: '#fff', weight: 0.5, fillColor: '#ddd', fillOpacity: 1 } }).addTo(map);
  let n = 0;
  for (const a of feed._campaign.actions) {
    if (!a.place || a.place.lat === undefined) continue;
    L.circleMarker([a.place.lat, a.place.lon], { radius: 6, color: '#fff', weight: 1.5, fillColor: '#a4161a', fillOpacity: 0.85 }).bindTooltip(a.title).addTo(map);
    n++;
  }
  window.__markers = n;
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench ??= performance.now(); }));
})();
</script>`,
    '<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css"><link rel="stylesheet" href="/bench/__leaflet-page.css"><script src="/node_modules/leaflet/dist/leaflet.js"></script><script src="/node_modules/topojson-client/dist/topojson-client.min.js"></script>',
  );

/** Installed before the page's scripts: the frame whose callback first sees land and a marker paints them; one more frame. */
function installMark() {
  const look = () => {
    const root = document.querySelector('action-map')?.shadowRoot;
    if (root?.querySelector('.marker') && root.querySelector('path.land')) {
      requestAnimationFrame(() => (window.__bench ??= performance.now()));
    } else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** One cold load: a new context (empty cache), the in-page time of the first screen, and what was downloaded before it. */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await firstScreen(context, url, url.endsWith('/leaflet'));
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in a new page of `context`: the in-page time at which the first screen was painted
 * (the map's land and markers; a Leaflet page sets `window.__bench` itself), how many markers it
 * shows, and the bytes on the wire (gzip) that arrived before it, the feed apart.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {boolean} [leaflet]
 */
export async function firstScreen(context, url, leaflet = false) {
  const page = await context.newPage();
  try {
    if (process.env.COLD_DEBUG) page.on('console', (m) => console.error(url, m.text()));
    if (process.env.COLD_DEBUG) page.on('pageerror', (m) => console.error(url, m));
    if (process.env.COLD_DEBUG) page.on('response', (r) => r.status() >= 400 && console.error(url, r.status(), r.url()));
    if (!leaflet) await page.addInitScript(installMark);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: Number(process.env.COLD_TIMEOUT ?? 120_000), polling: 20 });
    return await page.evaluate(() => {
      const t = window.__bench;
      const root = document.querySelector('action-map')?.shadowRoot;
      // encodedBodySize: the bytes on the wire (gzip), for every response finished before the first screen.
      const before = performance.getEntriesByType('resource').filter((r) => r.responseEnd <= t);
      const feed = before.filter((r) => r.name.includes('/campaign/')).reduce((s, r) => s + r.encodedBodySize, 0);
      const other = before.filter((r) => !r.name.includes('/campaign/')).reduce((s, r) => s + r.encodedBodySize, 0);
      return { t, markers: root ? root.querySelectorAll('.marker').length : (window.__markers ?? window.__leafletMarkers), feed, other, requests: before.length };
    });
  } finally {
    await page.close();
  }
}

/**
 * @param {{ browser: import('playwright-core').Browser, median: (xs: number[]) => number, runs?: number, sizes?: number[] }} opts
 * @returns {Promise<{ name: string, value: number | string, unit?: string, goal?: string }[]>}
 */
export async function coldComparison({ browser, median, runs = Number(process.env.BENCH_RUNS ?? 7), sizes, before = process.env.COLD_BEFORE }) {
  sizes ??= process.env.BENCH_SIZES ? COLD_SIZES.filter((n) => process.env.BENCH_SIZES.split(',').map(Number).includes(n)) : COLD_SIZES;
  const feeds = new Map(sizes.map((n) => [`/campaign/feed-${n}.json`, JSON.stringify(makeActionFeed(n))]));
  const pages = new Map();
  for (const n of sizes) {
    pages.set(`/__cold/${n}/iife`, mapPage(n, 'iife'));
    pages.set(`/__cold/${n}/esm`, mapPage(n, 'esm'));
    pages.set(`/__cold/${n}/iife-before`, mapPage(n, 'iife', '/before/'));
    pages.set(`/__cold/${n}/esm-before`, mapPage(n, 'esm', '/before/'));
    pages.set(`/__cold/${n}/leaflet`, leafletPage(n));
  }
  const srv = await startServer({
    root: '.',
    mounts: { '/dist/': 'dist', '/node_modules/': 'node_modules', ...(before ? { '/before/': before } : {}) },
    csp: null,
    gzip: true,
    cacheControl: 'no-store',
    handle: (req, res) => {
      const path = req.url.split('?')[0];
      const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const send = (type, body) => {
        const buf = Buffer.from(body);
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...(gz ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
        res.end(gz ? gzipSync(buf, { level: 6 }) : buf);
        return true;
      };
      if (pages.has(path)) return send('text/html; charset=utf-8', pages.get(path));
      if (feeds.has(path)) return send('application/json; charset=utf-8', feeds.get(path));
      if (path === '/bench/__leaflet-page.css') return send('text/css; charset=utf-8', '#map{width:1240px;height:620px}');
      return false;
    },
  });
  const rows = [];
  try {
    for (const n of sizes) {
      const kinds = ['leaflet', 'iife', 'esm', ...(before ? ['iife-before', 'esm-before'] : [])];
      const times = Object.fromEntries(kinds.map((k) => [k, []]));
      const last = {};
      for (const k of kinds) await coldLoad(browser, `${srv.origin}/__cold/${n}/${k}`); // the server's and the browser's first start
      for (let i = 0; i < runs; i++) {
        for (const k of kinds) {
          const r = await coldLoad(browser, `${srv.origin}/__cold/${n}/${k}`);
          times[k].push(r.t);
          last[k] = r;
        }
      }
      const m = Object.fromEntries(kinds.map((k) => [k, median(times[k])]));
      const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
      rows.push({ name: `cold first screen, ${n} actions: Leaflet 1.9 without tiles (${last.leaflet.markers} markers; ${kb(last.leaflet.other)} gz + feed before it, ${last.leaflet.requests} requests)`, value: m.leaflet, unit: 'ms' });
      for (const k of kinds.slice(1)) {
        const where = k.endsWith('-before') ? `${before}/` : 'dist/';
        const what = k.startsWith('iife') ? `IIFE, ${where}iife/action-map.js` : `ESM, ${where}elements/action-map.js`;
        rows.push({ name: `cold first screen, ${n} actions: <action-map> ${what} (${last[k].markers} markers; ${kb(last[k].other)} gz + feed before it, ${last[k].requests} requests)`, value: m[k], unit: 'ms' });
        // The median of each round's ratio: the two pages loaded back to back share the machine's load of the moment.
        const paired = median(times[k].map((t, i) => t / times.leaflet[i]));
        rows.push({ name: `cold first screen, ${n} actions: <action-map> ${k.toUpperCase()}${k.endsWith('-before') ? ` (${before})` : ''} / Leaflet (median of each round's ratio; ratio of medians ${(m[k] / m.leaflet).toFixed(2)}×)`, value: `${paired.toFixed(2)}×`, goal: n <= 500 && !k.endsWith('-before') ? '≤ 1.0×' : '' });
      }
    }
  } finally {
    await srv.close();
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { chromium } = await import('playwright-core');
  const { requireChromium, chromiumArgs } = await import('../scripts/chromium.mjs');
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
  try {
    const rows = await coldComparison({ browser, median });
    for (const r of rows) console.log(`${r.name}: ${typeof r.value === 'number' ? r.value.toFixed(0) : r.value}${r.unit ? ' ' + r.unit : ''}${r.goal ? `  (goal ${r.goal})` : ''}`);
  } finally {
    await browser.close();
  }
}
