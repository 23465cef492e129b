// A partner's first visitor: the README's embed, timed cold.
// Each page is what the README tells a partner to paste: the script with `defer` and the element with
// `src` pointing at the feed, which the element fetches once the script has run. Every load opens a
// new browser context (no HTTP cache, no open connection, no compiled-code cache), the server answers
// `Cache-Control: no-store` and compresses text with gzip, as a web host does. Beside it, the same
// content as static HTML (also gzip, also cold), the all-in-one IIFE and the element's ES module entry.
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/static-server.mjs';
import { timeToContent, scriptTag } from './page-timing.mjs';

const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width">';
const doc = (body, head = '') => `<!doctype html><html lang="en"><head>${HEAD}${head}</head><body>${body}</body></html>`;

/** The ways a page can load the library, as `<head>` markup for a script path under /dist/. */
export const LOADERS = {
  iife: (tag) => scriptTag(`/dist/iife/${tag}.js`),
  'all-in-one': () => scriptTag('/dist/solidarity-widgets.iife.js'),
  esm: (tag) => `<script type="module" src="/dist/elements/${tag}.js"></script>`,
};

/**
 * Starts the cold server: dist/ and node_modules/ as files, the bench's own pages and feeds from
 * `pages` (path → { body, type }), everything `no-store` and gzip.
 */
export async function coldServer() {
  const pages = new Map();
  const srv = await startServer({
    root: '.',
    mounts: { '/dist/': 'dist', '/node_modules/': 'node_modules' },
    csp: null,
    gzip: true,
    cacheControl: 'no-store',
    handle: (req, res) => {
      const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!page) return false;
      const gz = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      page.gz ??= gzipSync(page.body, { level: 6 });
      res.writeHead(200, {
        'Content-Type': page.type,
        'Cache-Control': 'no-store',
        ...(gz ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': page.gz.length } : {}),
      });
      res.end(gz ? page.gz : page.body);
      return true;
    },
  });
  const html = (path, body) => pages.set(path, { body: Buffer.from(body), type: 'text/html; charset=utf-8' });
  const json = (path, value) => pages.set(path, { body: Buffer.from(JSON.stringify(value)), type: 'application/json; charset=utf-8' });
  return { ...srv, html, json };
}

/** One cold load: a fresh context, the page, its content painted; resolves with ms and the scripts it fetched before. */
export async function coldLoad(browser, url, kind, extra) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    return await timeToContent(context, url, kind, extra);
  } finally {
    await context.close();
  }
}

/**
 * The cold table for every plug-in and size: static HTML, then each loader, interleaved, `runs` times.
 * Returns rows for the table and the raw medians (for the flatness and per-goal checks).
 * @param {{ browser: import('playwright-core').Browser, plugins: any[], sizes: number[] | null, runs: number, median: (xs: number[]) => number }} opts
 */
export async function coldTable({ browser, plugins, sizes, runs, median }) {
  const srv = await coldServer();
  const rows = [];
  const flat = [];
  try {
    for (const plugin of plugins) {
      const own = new Map();
      for (const n of plugin.sizes.filter((n) => !sizes || sizes.includes(n))) {
        const key = `/__cold/${plugin.tag}-${n}`;
        const feed = plugin.makeFeed(n);
        srv.json(`${key}/feed.json`, feed);
        srv.html(`${key}/static`, doc(plugin.staticHtml(feed)));
        const element = `<${plugin.tag} src="${key}/feed.json" ${plugin.attributes ?? ''}></${plugin.tag}>`;
        for (const [name, loader] of Object.entries(LOADERS)) srv.html(`${key}/${name}`, doc(element, loader(plugin.tag)));
        const times = { static: [], ...Object.fromEntries(Object.keys(LOADERS).map((k) => [k, []])) };
        const requests = [];
        for (let i = 0; i < runs; i++) {
          times.static.push((await coldLoad(browser, `${srv.origin}${key}/static`, 'static')).t);
          for (const name of Object.keys(LOADERS)) {
            const r = await coldLoad(browser, `${srv.origin}${key}/${name}`, 'element');
            times[name].push(r.t);
            if (name === 'esm') requests.push(r.scripts.length);
          }
        }
        const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
        own.set(n, m.iife);
        const goal = plugin.coldGoal?.(n) ?? '';
        rows.push({
          element: plugin.tag,
          N: String(n),
          'static ms': m.static.toFixed(0),
          'iife ms': m.iife.toFixed(0),
          'iife ÷ static': `${(m.iife / m.static).toFixed(2)}×`,
          goal,
          'all-in-one ÷ static': `${(m['all-in-one'] / m.static).toFixed(2)}×`,
          'esm ÷ static': `${(m.esm / m.static).toFixed(2)}×`,
          'esm scripts': String(median(requests)),
        });
        console.error(`  cold ${plugin.tag} N=${n}: iife ${(m.iife / m.static).toFixed(2)}×, esm ${(m.esm / m.static).toFixed(2)}×`);
      }
      const ns = [...own.keys()].sort((a, b) => a - b);
      if (ns.length > 1 && plugin.coldFlat) {
        const lo = ns[0];
        const hi = ns[ns.length - 1];
        flat.push({ element: plugin.tag, figure: `cold, own time at ${hi} ÷ own time at ${lo}`, value: `${(own.get(hi) / own.get(lo)).toFixed(2)}×`, goal: plugin.coldFlat });
      }
    }
  } finally {
    await srv.close();
  }
  return { rows, flat };
}
