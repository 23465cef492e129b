// `npm run build-site`: the static site published with the package's docs — the campaign studio at
// site/index.html (its script in site/studio/), the Storybook build in site/storybook/, the script
// files partners download in site/assets/ (laid out as the README's embed expects them), and site/sw.js, the service worker that keeps the studio
// working offline (its list of files and version hash are written into it here).
//
//   node scripts/build-site.mjs                 everything (builds dist/ and Storybook too)
//   node scripts/build-site.mjs --studio-only   the studio alone, keeping any Storybook already built
//   node scripts/build-site.mjs --out <dir>     another folder than site/
//   node scripts/build-site.mjs --serve [port]  then serve it on http://127.0.0.1:<port> (8001) under the
//                                               studio's strict CSP, as a static host would
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { scriptFiles } from './release-files.mjs';
import { startServer } from './static-server.mjs';

/** The studio's Content-Security-Policy: a strict partner page's, plus its two workers from 'self'. */
export const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html solidarity-widgets";

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const studioOnly = args.includes('--studio-only');
const outArg = args.indexOf('--out');
const OUT = join(ROOT, outArg >= 0 ? args[outArg + 1] : 'site');
const quiet = args.includes('--quiet');
const log = (...m) => quiet || console.log(...m);

function run(cmd, argv, env = {}) {
  log(`▶ ${cmd} ${argv.join(' ')}`);
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`build-site: ${cmd} ${argv.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function files(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p, base) : [relative(base, p).split(sep).join('/')];
  });
}

mkdirSync(OUT, { recursive: true });
for (const old of ['index.html', 'sw.js', 'studio', 'dist', 'assets']) rmSync(join(OUT, old), { recursive: true, force: true });

// 1. The library (the preview bundles the elements from source, but partners download dist/ files).
if (!studioOnly) {
  run('npm', ['run', '--silent', 'build']);
  rmSync(join(OUT, 'storybook'), { recursive: true, force: true });
  run('npx', ['storybook', 'build', '-o', join(OUT, 'storybook'), '--quiet']);
}

// 2. The studio's script and worker.
run(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.studio.config.mjs', '--silent'], { STUDIO_OUT: relative(ROOT, OUT) || '.' });
copy(join(ROOT, 'studio/index.html'), join(OUT, 'index.html'));
copy(join(ROOT, 'studio/studio.css'), join(OUT, 'studio/studio.css'));
copy(join(ROOT, 'studio/favicon.svg'), join(OUT, 'studio/favicon.svg'));
writeFileSync(join(OUT, '.nojekyll'), '');

// 3. What partners download from the Embed step: the script builds, as the README's embed lays them out.
try {
  for (const f of scriptFiles(join(ROOT, 'dist')).filter((f) => !f.endsWith('.map'))) copy(join(ROOT, 'dist', f), join(OUT, 'assets', f));
} catch (e) {
  console.warn(`build-site: ${e.message}: the Embed step's download links will not work`);
}

// 4. The service worker, with the site's own files (not Storybook, not source maps, not the per-element
// scripts, which are only downloaded) and their hash.
const own = files(OUT).filter((f) => !f.startsWith('storybook/') && !f.endsWith('.map') && f !== 'sw.js' && f !== '.nojekyll' && !f.startsWith('assets/iife/'));
const hash = createHash('sha256');
for (const f of own.sort()) hash.update(f).update(readFileSync(join(OUT, f)));
const manifest = { version: hash.digest('hex').slice(0, 12), files: ['./', ...own] };
await build({
  entryPoints: [join(ROOT, 'src/studio/sw.ts')],
  outfile: join(OUT, 'sw.js'),
  bundle: true,
  format: 'iife',
  target: 'es2021',
  minify: true,
  define: { __SW_MANIFEST__: JSON.stringify(manifest) },
  logLevel: 'warning',
});

const size = (f) => statSync(join(OUT, f)).size;
log(`site: ${relative(ROOT, OUT) || '.'}/index.html, ${own.length} files cached for offline use (version ${manifest.version}); ` +
  `studio/main.js ${(size('studio/main.js') / 1024).toFixed(0)} KB, studio/worker.js ${(size('studio/worker.js') / 1024).toFixed(0)} KB` +
  `${existsSync(join(OUT, 'storybook/index.html')) ? ', storybook/' : ''}`);

const serveAt = args.indexOf('--serve');
if (serveAt >= 0) {
  const port = Number(args[serveAt + 1]) || 8001;
  const { origin } = await startServer({ root: OUT, mounts: { '/': '.' }, csp: STUDIO_CSP, port });
  console.log(`The studio is at ${origin}/ (Ctrl+C to stop).`);
}
