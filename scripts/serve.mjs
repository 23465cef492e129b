// `npm start`: builds the example feed from examples/documents/ with the project's own builder, then
// serves the demo partner page (examples/index.html) and dist/ at http://localhost:8000 under the
// strict Content-Security-Policy that partners are told to use.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startServer, STRICT_CSP } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8000);

if (!existsSync('dist/.stamp')) {
  console.log('dist/ is missing: building it first (npm run build)…');
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
if (existsSync('dist/builder/cli.js') && existsSync('examples/documents')) {
  // Keep the feed's build time when rebuilding, so an unchanged example feed stays byte-identical.
  let epoch;
  try {
    epoch = String(Math.floor(Date.parse(JSON.parse(readFileSync('examples/feed.json', 'utf8'))._campaign.generated) / 1000));
  } catch {
    epoch = undefined;
  }
  const r = spawnSync(
    process.execPath,
    ['bin/solidarity-feed.js', 'build', 'examples/documents', '--out', 'examples/feed.json', '--title', 'Cambodian garment workers, 2013–2014 (example feed)', '--quiet'],
    { stdio: 'inherit', env: epoch && epoch !== 'NaN' ? { ...process.env, SOURCE_DATE_EPOCH: epoch } : process.env },
  );
  if (r.status !== 0) console.warn('The example feed built with warnings (see above); serving what was written.');
}

const srv = await startServer({
  root: '.',
  port,
  host: process.env.HOST ?? '127.0.0.1',
  mounts: { '/dist/': 'dist', '/examples/': 'examples', '/': 'examples' },
  handle: (req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(302, { Location: '/examples/index.html' });
      res.end();
      return true;
    }
    return false;
  },
});
console.log(`Demo partner page: ${srv.origin.replace('127.0.0.1', 'localhost')}/  (Content-Security-Policy: ${STRICT_CSP})`);
console.log('Press Ctrl+C to stop.');
process.on('SIGINT', () => srv.close().then(() => process.exit(0)));
