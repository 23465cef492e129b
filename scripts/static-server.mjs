// A small static file server for the demo (`npm start`), the end-to-end tests and the benchmarks.
// Serves the repo's dist/, examples/, test/fixtures/ and node_modules/ (benchmarks only) read-only,
// with the strict Content-Security-Policy a careful partner site would send.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html solidarity-widgets";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {object} opts
 * @param {string} opts.root repository root
 * @param {Record<string,string>} opts.mounts URL prefix → folder relative to root, e.g. { '/dist/': 'dist' }
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean | Promise<boolean>} [opts.handle] custom routes; return true when handled
 * @param {string | null} [opts.csp] header value, null for none
 * @param {number} [opts.port] 0 picks a free port
 * @param {string} [opts.cacheControl] Cache-Control of served files. Default `no-cache`: the browser
 *   revalidates every time (answered 304 when the file is unchanged), so edits show at once. The
 *   benchmarks pass `max-age=…`, as a host or CDN serving a released script would, or `no-store`
 *   for a first visit.
 * @param {boolean} [opts.gzip] compress text files for clients that accept gzip, as web hosts do.
 */
export function startServer({ root, mounts, handle, csp = STRICT_CSP, port = 0, host = '127.0.0.1', cacheControl = 'no-cache', gzip = false }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      if (csp) res.setHeader('Content-Security-Policy', csp);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (handle && (await handle(req, res))) return;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      const prefix = Object.keys(mounts)
        .filter((p) => path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      if (!prefix) return notFound(res);
      const folder = resolve(base, mounts[prefix]);
      const file = normalize(join(folder, path.slice(prefix.length)));
      if (file !== folder && !file.startsWith(folder + sep)) return notFound(res);
      let target = file;
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) return notFound(res);
      const stat = statSync(target);
      const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
      const headers = { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': cacheControl, ETag: etag };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      if (gzip && compressible(headers['Content-Type']) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        // Compressed once per file version and kept, as a host's static gzip would be.
        const key = `${target}\0${etag}`;
        let body = gzipped.get(key);
        if (!body) gzipped.set(key, (body = gzipSync(readFileSync(target), { level: 6 })));
        res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        res.end(body);
        return;
      }
      res.writeHead(200, { ...headers, 'Content-Length': stat.size });
      createReadStream(target).pipe(res);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(err));
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ server, origin: `http://${host}:${p}`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    });
  });
}

const gzipped = new Map();
const compressible = (type) => /^(text\/|application\/(json|xml)|image\/svg)/.test(type);

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
