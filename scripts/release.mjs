// `npm run release`: solidarity-widgets-<version>.zip, everything a site needs without npm or a build:
//
//   solidarity-widgets-<version>/
//     assets/              the <script> builds: solidarity-widgets.iife.js (all four widgets), geo/
//                          (the map outlines it fetches from beside itself), iife/<tag>.js (one widget
//                          each, with what they load beside themselves) — see release-files.mjs
//     example/index.html   the four widgets on one page, with the example feed and a theme.css
//     studio.html, studio/ the campaign studio, usable by opening studio.html from disk (no server)
//     README.md, LICENSE
//
//   node scripts/release.mjs                 builds dist/ first, writes the zip in the repository
//   node scripts/release.mjs --skip-build    uses dist/ as it is
//   node scripts/release.mjs --out <dir>     writes the zip in <dir>
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { scriptFiles } from './release-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? args[outAt + 1] : ROOT;
const quiet = args.includes('--quiet');
const log = (...m) => quiet || console.log(...m);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `solidarity-widgets-${version}`;

function run(cmd, argv, env = {}) {
  const r = spawnSync(cmd, argv, { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`release: ${cmd} ${argv.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [relative(base, p).split(sep).join('/')];
  });
}

if (!args.includes('--skip-build')) run('npm', ['run', '--silent', 'build']);

/** Archive path → bytes. */
const files = {};
const add = (path, data) => {
  files[`${NAME}/${path}`] = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
};

// 1. The script builds, where the README's embed puts them.
const dist = join(ROOT, 'dist');
for (const f of scriptFiles(dist)) add(`assets/${f}`, readFileSync(join(dist, f)));

// 2. The example page.
add('example/index.html', readFileSync(join(ROOT, 'scripts/release/example.html')));
add('example/theme.css', readFileSync(join(ROOT, 'scripts/release/theme.css')));
add('example/favicon.svg', readFileSync(join(ROOT, 'scripts/release/favicon.svg')));
add('example/feed.json', readFileSync(join(ROOT, 'examples/feed.json')));

// 3. The studio, as one classic script: a page opened from disk loads no modules and no workers.
const tmp = mkdtempSync(join(tmpdir(), 'sw-release-'));
try {
  run(process.execPath, [join(ROOT, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.studio.config.mjs', '--silent'], { STUDIO_OUT: tmp, STUDIO_FORMAT: 'iife' });
  for (const f of walk(join(tmp, 'studio'))) add(`studio/${f}`, readFileSync(join(tmp, 'studio', f)));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
add('studio/studio.css', readFileSync(join(ROOT, 'studio/studio.css')));
add('studio/favicon.svg', readFileSync(join(ROOT, 'studio/favicon.svg')));
const page = readFileSync(join(ROOT, 'studio/index.html'), 'utf8');
const studioPage = page
  .replace('<script type="module" src="studio/main.js"></script>', '<script src="studio/main.js" defer></script>')
  .replace(/<a href="storybook\/index.html">[^<]*<\/a> · /, '');
if (studioPage === page || !studioPage.includes('<script src="studio/main.js" defer>')) throw new Error('release: studio/index.html no longer has the script tag this script rewrites');
add('studio.html', studioPage);

// 4. The licence and the README.
add('LICENSE', readFileSync(join(ROOT, 'LICENSE')));
add('README.md', readFileSync(join(ROOT, 'README.md')));

mkdirSync(OUT, { recursive: true });
const zipPath = join(OUT, `${NAME}.zip`);
// Fixed dates: the same files give the same archive.
const mtime = new Date('2000-01-01T00:00:00Z');
writeFileSync(zipPath, zipSync(Object.fromEntries(Object.entries(files).map(([p, d]) => [p, [d, { mtime, level: /\.(?:png|zip)$/.test(p) ? 0 : 9 }]]))));
log(`release: ${relative(process.cwd(), zipPath) || zipPath}, ${Object.keys(files).length} files, ${(statSync(zipPath).size / 1024).toFixed(0)} KB`);
