// The release archive (`npm run release`, issue 23 point 8), as someone without npm or a build uses
// it: unzipped onto a plain static site under the strict CSP, the README's embed shows all four
// widgets with the README's theme and no request that fails (no 404); the archive's example page
// and one widget's own script do the same; and the studio works opened straight from disk (file://).
// Needs `npm run build` first (dist/ is what the archive packs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { assertClean, closeBrowser, getBrowser, openRecordedPage, STRICT_CSP, waitForReady, type PartnerPage } from './harness.js';
// @ts-expect-error plain ESM helper without types
import { startServer } from '../../scripts/static-server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const NAME = `solidarity-widgets-${version}`;
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'];

let work = '';
let site = '';
let zipNames: string[] = [];

const walk = (dir: string, base = dir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), base) : [relative(base, join(dir, e.name)).split(sep).join('/')]));

before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/solidarity-widgets.iife.js')), 'dist/ is built (npm run build)');
  work = mkdtempSync(join(tmpdir(), 'sw-release-test-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release.mjs'), '--skip-build', '--quiet', '--out', work], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `npm run release failed: ${r.stderr}`);
  const zip = join(work, `${NAME}.zip`);
  assert.ok(existsSync(zip), `${NAME}.zip is written`);
  const entries = unzipSync(new Uint8Array(readFileSync(zip)));
  zipNames = Object.keys(entries);
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    const path = join(work, 'unzipped', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  site = join(work, 'unzipped', NAME);
});

after(async () => {
  await closeBrowser();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The first fenced block of `lang` under the README heading `heading`. */
function readmeBlock(heading: string, lang: string): string {
  const readme = readFileSync(join(site, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `the README has a "${heading}" section`);
  const section = readme.slice(start + 1).split(/\n## /)[0];
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
  assert.ok(m, `the "${heading}" section has a ${lang} block`);
  return m[1];
}

interface Site {
  origin: string;
  /** Paths the site was asked for and does not have. */
  missing: string[];
  close(): Promise<void>;
}

/**
 * The unzipped archive on a plain static host: its folders as they are, plus the pages a partner
 * writes (`pages`: path → HTML or CSS) and their feed at /campaign/feed.json.
 */
async function staticSite(pages: Record<string, string> = {}): Promise<Site> {
  const missing: string[] = [];
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  const srv = await startServer({
    root: site,
    mounts: { '/': '.' },
    csp: STRICT_CSP,
    handle: (req: IncomingMessage, res: ServerResponse) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      if (pages[path] !== undefined) {
        res.writeHead(200, { 'Content-Type': types[path.slice(path.lastIndexOf('.'))] ?? 'text/html; charset=utf-8' });
        res.end(pages[path]);
        return true;
      }
      if (path === '/campaign/feed.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(readFileSync(join(site, 'example/feed.json')));
        return true;
      }
      const file = join(site, path);
      const exists = existsSync(file) && (!statSync(file).isDirectory() || existsSync(join(file, 'index.html')));
      if (!exists) missing.push(path);
      return false;
    },
  });
  return { origin: srv.origin, missing, close: () => srv.close() };
}

async function allFourShown(p: PartnerPage): Promise<void> {
  for (const tag of TAGS) {
    await waitForReady(p.page, tag);
    const state = await p.page.evaluate((t) => (document.querySelector(t) as HTMLElement & { state?: string }).state, tag);
    assert.equal(state, 'ready', `<${tag}> is ready`);
  }
  // The map's outlines arrived (from geo/ beside the script): countries are drawn.
  await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
}

describe('the release archive', () => {
  test('holds the script builds (all of dist/iife/), geo/, the studio, a LICENSE and an example page', () => {
    assert.ok(zipNames.every((n) => n.startsWith(`${NAME}/`)), 'one top folder named after the version');
    const files = walk(site);
    for (const f of ['LICENSE', 'README.md', 'assets/solidarity-widgets.iife.js', 'assets/geo/countries-110m.json', 'example/index.html', 'studio.html', 'studio/main.js']) {
      assert.ok(files.includes(f), `${f} is in the archive`);
    }
    const iife = walk(join(ROOT, 'dist/iife'));
    assert.ok(iife.length >= 4);
    for (const f of iife) assert.ok(files.includes(`assets/iife/${f}`), `dist/iife/${f} is in assets/iife/`);
    assert.match(readFileSync(join(site, 'LICENSE'), 'utf8'), /MIT License/);
  });

  test('the README\'s embed, on a plain static site with the archive\'s assets/, shows all four widgets, themed, with no 404', async () => {
    const embed = readmeBlock('Embed in 30 seconds', 'html');
    const theme = readmeBlock('Theming', 'css');
    assert.match(embed, /<script src="\/assets\/solidarity-widgets\.iife\.js" defer><\/script>/);
    for (const tag of TAGS) assert.ok(embed.includes(`<${tag}`), `the README's embed has <${tag}>`);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<link rel="icon" href="/example/favicon.svg"><link rel="stylesheet" href="/theme.css"></head>
<body><main>${embed}</main></body></html>`;
    const example = readFileSync(join(site, 'example/theme.css'), 'utf8');
    assert.ok(example.replace(/\s+/g, ' ').includes(theme.trim().replace(/\s+/g, ' ')), 'the README\'s theme is the example page\'s theme.css');
    const s = await staticSite({ '/': html, '/theme.css': theme });
    const p = await openRecordedPage(`${s.origin}/`, { onClose: s.close });
    try {
      await allFourShown(p);
      const accent = /--sw-color-accent:\s*([^;]+);/.exec(theme)?.[1].trim();
      assert.ok(accent, 'the theming example sets --sw-color-accent');
      const used = await p.page.evaluate(() => getComputedStyle(document.querySelector('press-release-list')!).getPropertyValue('--sw-color-accent').trim());
      assert.equal(used, accent, 'the theme reaches the widgets');
      assert.deepEqual(s.missing, [], `requests the site could not answer: ${s.missing.join(', ')}`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('the archive\'s example page shows all four widgets with no 404', async () => {
    const s = await staticSite();
    const p = await openRecordedPage(`${s.origin}/example/`, { onClose: s.close });
    try {
      await allFourShown(p);
      assert.deepEqual(s.missing, [], `requests the site could not answer: ${s.missing.join(', ')}`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('one widget\'s own script from assets/iife/ draws its map with no 404', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title><link rel="icon" href="/example/favicon.svg">
<script src="/assets/iife/action-map.js" defer></script></head><body><action-map src="/campaign/feed.json"></action-map></body></html>`;
    const s = await staticSite({ '/map.html': html });
    const p = await openRecordedPage(`${s.origin}/map.html`, { onClose: s.close });
    try {
      await waitForReady(p.page, 'action-map');
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
      assert.deepEqual(s.missing, [], `requests the site could not answer: ${s.missing.join(', ')}`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('the studio works opened from disk (file://, no server): drop a text, build, preview', async () => {
    const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`Uncaught: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    try {
      await page.goto(pathToFileURL(join(site, 'studio.html')).href);
      await page.waitForSelector('studio-app[data-loaded]', { timeout: 10_000 });
      const text = '---\npublished: 2014-03-10\n---\nWorkers at the Sun Garment factory in Phnom Penh went on strike on 3 March 2014. Police arrested 12 of them outside the factory.\n';
      const dt = await page.evaluateHandle((t) => {
        const d = new DataTransfer();
        d.items.add(new File([t], 'strike.txt', { type: 'text/plain' }));
        return d;
      }, text);
      await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dt });
      await page.waitForFunction(() => /^Built/.test(document.querySelector('.build-status .live')?.textContent ?? ''), null, { timeout: 20_000 });
      assert.match((await page.textContent('.build-status .live')) ?? '', /^Built: 1 items, 0 wages, 2 incidents and 0 actions from 1 documents\.$/);
      await page.click('#tab-preview');
      await waitForReady(page, 'incident-timeline');
      await waitForReady(page, 'action-map');
      assert.deepEqual(errors, [], `console errors: ${errors.join(' | ')}`);
      const remote = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
      assert.deepEqual(remote, [], 'nothing is requested from any server');
    } finally {
      await context.close();
    }
  });
});
