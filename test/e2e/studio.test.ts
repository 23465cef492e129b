// The campaign studio (issue 11), as a campaigner uses it, served under the studio's strict CSP:
// drop the seed documents, review (fix one fact, reject one, accept one, add one the builder missed
// by selecting its sentence), reload in the middle, download the feed — which must equal the CLI's
// build of the same folder with the same corrections — and paste the no-JS snippet into a page
// without the script. No request may leave the page's origin at any point.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { splitSentences } from '../../src/builder/language/sentences.js';
import { assertClean, closeBrowser, openPartnerPage, type PartnerPage } from './harness.js';

after(closeBrowser);

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE = join(ROOT, 'site');

/** The studio's own policy: the partner page's, plus its two workers from 'self'. */
const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html solidarity-widgets";

const SHARED_SEEDS = join(ROOT, '../shared/seeds');
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : join(ROOT, 'examples/documents');
console.log(`studio e2e: documents from ${SEEDS === SHARED_SEEDS ? '../shared/seeds' : 'examples/documents (../shared is absent)'}`);

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  return st.isDirectory() ? Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f)))) : st.mtimeMs;
}

/** Builds the studio into site/ when it is missing or older than its sources (a few seconds). */
before(() => {
  const built = existsSync(join(SITE, 'sw.js')) ? statSync(join(SITE, 'sw.js')).mtimeMs : 0;
  const sources = Math.max(...['src', 'studio', 'rollup.studio.config.mjs', 'scripts/build-site.mjs', 'package.json'].map((p) => newest(join(ROOT, p))));
  if (built < sources) {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-site.mjs'), '--studio-only', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(r.status, 0, 'building the studio failed');
  }
});

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves site/ (the published studio) at the partner origin's root. */
function serveSite(req: IncomingMessage, res: ServerResponse): boolean {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = join(SITE, path);
  if (!file.startsWith(SITE)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
    return true;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
  return true;
}

interface Studio extends PartnerPage {
  /** Every request of the browser context: pages, the build worker and the service worker. */
  contextRequests: string[];
}

async function openStudio(): Promise<Studio> {
  const p = await openPartnerPage({ body: '', csp: STUDIO_CSP, handle: serveSite, viewport: { width: 1280, height: 900 } });
  const studio = p as Studio;
  studio.contextRequests = [];
  p.page.context().on('request', (r) => studio.contextRequests.push(r.url()));
  await p.page.waitForSelector('studio-app[data-loaded]');
  return studio;
}

/** Fails on a CSP violation, a console error, or any request (from any page or worker) to another origin. */
function assertStudioClean(s: Studio): void {
  assertClean(s);
  const foreign = s.contextRequests.filter((u) => !u.startsWith(s.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], `requests to other origins: ${foreign.join(', ')}`);
}

const seedFiles = (): string[] => readdirSync(SEEDS).filter((f) => /\.(txt|md|html?)$/.test(f) || f === 'sources.json').sort();

/** Drops files on the drop zone as a person would (a real `drop` event with a DataTransfer). */
async function dropFiles(page: Page, files: string[]): Promise<void> {
  const payload = files.map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
  const dt = await page.evaluateHandle((list) => {
    const t = new DataTransfer();
    for (const f of list) t.items.add(new File([f.text], f.name, { type: f.name.endsWith('.json') ? 'application/json' : 'text/plain' }));
    return t;
  }, payload);
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dt });
}

async function waitForBuilt(page: Page): Promise<string> {
  await page.waitForFunction(() => /^(Built|បានបង្កើត)/.test(document.querySelector('.build-status .live')?.textContent ?? ''), null, { timeout: 20_000 });
  return (await page.textContent('.build-status .live')) ?? '';
}

/** Saves counted by the app; resolves after one more than `before` has completed. */
async function savesAfter(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.querySelector('studio-app')?.dataset.saves ?? 0) > n, before, { timeout: 10_000 });
}
const saves = (page: Page): Promise<number> => page.evaluate(() => Number(document.querySelector('studio-app')?.dataset.saves ?? 0));

/** Does something that saves, and waits until it is written and the worker has applied it. */
async function andSaved(page: Page, action: () => Promise<void>): Promise<void> {
  const n = await saves(page);
  await action();
  await savesAfter(page, n);
  await page.evaluate(() => document.querySelector('studio-app')!.whenSaved());
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-download="${name}"]`)]);
  assert.equal(file.suggestedFilename(), name);
  return readFileSync(await file.path(), 'utf8');
}

/** Status of every fact row, by id: what the review table shows. */
const rowStatuses = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('tr.fact', (rows) => Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.id!, r.querySelector('.status')?.textContent ?? ''])));

function runCli(dir: string, corrections: string, out: string): void {
  const cli = join(ROOT, 'dist/builder/cli.js');
  const argv = ['build', dir, '--corrections', corrections, '--out', out, '--quiet'];
  // The CLI as published (bin/ → dist/), or from the sources when dist/ is not built.
  const r = existsSync(cli)
    ? spawnSync(process.execPath, [join(ROOT, 'bin/solidarity-feed.js'), ...argv], { encoding: 'utf8' })
    : spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
      `const { main } = await import(${JSON.stringify(join(ROOT, 'src/builder/node/cli.ts'))}); process.exitCode = await main(process.argv.slice(1));`, ...argv], { encoding: 'utf8', cwd: ROOT });
  assert.ok(r.status === 0 || r.status === 1, `the CLI failed (${r.status}): ${r.stderr}`);
}

const withoutGenerated = (feed: { _campaign?: { generated?: string } }): unknown => {
  const copy = structuredClone(feed);
  delete copy._campaign?.generated;
  return copy;
};

describe('the campaign studio, end to end', () => {
  test('drop the seeds, review (fix, reject, accept, add), reload mid-review, download: the feed equals the CLI build with the same corrections', async () => {
    const s = await openStudio();
    const { page } = s;
    try {
      await dropFiles(page, seedFiles());
      const built = await waitForBuilt(page);
      assert.match(built, /^Built: \d+ items/);

      await page.click('#tab-review');
      await page.waitForSelector('table.facts tr.fact');
      // Uncertain facts come first (the project's own examples may leave none in doubt).
      const flagged = await page.$$eval('tr.fact', (rows) => rows.map((r) => !!r.querySelector('.badge')));
      const firstPlain = flagged.indexOf(false);
      assert.ok(firstPlain === -1 || !flagged.slice(firstPlain).includes(true), `facts to check come first: ${flagged.map(Number).join('')}`);

      // Fix one fact: an incident's title and its date, in the detail form.
      const incident = page.locator('tr.fact', { has: page.locator('td:nth-child(2)', { hasText: /^Incident/ }) }).first();
      const fixedId = (await incident.getAttribute('data-id'))!;
      await incident.locator('button.link').click();
      await page.waitForSelector('#fact-detail');
      assert.ok(await page.locator('#fact-detail mark').count() > 0, 'the quote is highlighted in its document');
      const oldTitle = await page.inputValue('#edit-title');
      const newTitle = `${oldTitle} (checked by the union)`;
      await page.fill('#edit-title', newTitle);
      await andSaved(page, () => page.click('#fact-detail button[type=submit]'));
      await page.waitForFunction((id) => document.querySelector(`tr.fact[data-id="${id}"] .status`)?.textContent === 'corrected', fixedId);

      // A correction the contract refuses is caught in the form (a date that is not a date).
      await page.fill('#edit-date', '3 January');
      await page.click('#fact-detail button[type=submit]');
      assert.equal(await page.getAttribute('#edit-date', 'aria-invalid'), 'true');
      await page.click('#fact-detail button:has-text("Discard changes")');

      // Reject one fact, accept another, from the table.
      const action = page.locator('tr.fact', { has: page.locator('td:nth-child(2)', { hasText: /^Action/ }) }).first();
      const rejectedId = (await action.getAttribute('data-id'))!;
      await andSaved(page, () => action.locator('button.reject').click());
      const wage = page.locator('tr.fact', { has: page.locator('td:nth-child(2)', { hasText: /^Wage/ }) }).first();
      const acceptedId = (await wage.getAttribute('data-id'))!;
      await andSaved(page, () => wage.locator('button.accept').click());
      assert.equal(await action.getAttribute('class').then((c) => c?.includes('status-rejected')), true);

      // Reload in the middle of the review: every decision is still there, and so is the open fact.
      const before = await rowStatuses(page);
      assert.equal(before[fixedId], 'corrected');
      assert.equal(before[rejectedId], 'rejected');
      assert.equal(before[acceptedId], 'accepted');
      await page.click('#tab-embed');
      const correctionsBefore = await download(page, 'corrections.json');
      await andSaved(page, () => page.click('#tab-review'));
      await page.reload();
      await page.waitForSelector('table.facts tr.fact');
      await waitForBuiltQuietly(page);
      assert.deepEqual(await rowStatuses(page), before, 'every decision survived the reload');
      assert.equal(await page.inputValue('#edit-title'), newTitle, 'the fact being reviewed is open again, with its correction');
      await page.click('#tab-embed');
      assert.equal(await download(page, 'corrections.json'), correctionsBefore);
      await page.click('#tab-review');

      // Add a fact the builder missed: select a few words of a sentence in a document.
      const text = (await page.textContent('#doc-browser')) ?? '';
      const sentence = splitSentences(text).find((x) => x.text.length > 60)!;
      await page.evaluate(({ start, end }) => {
        const el = document.querySelector('#doc-browser')!;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let at = 0;
        const range = document.createRange();
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent!.length;
          if (start >= at && start <= at + len) range.setStart(n, start - at);
          if (end >= at && end <= at + len) {
            range.setEnd(n, end - at);
            break;
          }
          at += len;
        }
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      }, { start: sentence.start + 5, end: sentence.start + 25 });
      await page.waitForSelector('.picked q');
      assert.equal(await page.textContent('.picked q'), sentence.text, 'a few selected words give their whole sentence');
      await page.click('button:has-text("Add a fact from this sentence")');
      await page.selectOption('#add-list', 'incidents');
      await page.fill('#add-date', '2014-01-04');
      await page.selectOption('#add-kind', 'ban');
      await page.fill('#add-title', 'Ban on public assemblies (added in the studio)');
      await andSaved(page, () => page.click('form.add button[type=submit]'));
      await page.waitForSelector('tr.fact.status-added');

      // Download the feed and the corrections; build the same folder with the CLI and compare.
      await page.click('#tab-embed');
      const feed = JSON.parse(await download(page, 'feed.json'));
      const corrections = await download(page, 'corrections.json');
      const tmp = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
      writeFileSync(join(tmp, 'corrections.json'), corrections);
      runCli(SEEDS, join(tmp, 'corrections.json'), join(tmp, 'feed.json'));
      const cli = JSON.parse(readFileSync(join(tmp, 'feed.json'), 'utf8'));
      assert.deepEqual(withoutGenerated(feed), withoutGenerated(cli), 'the studio and the CLI build the same feed');

      // And the feed holds the decisions.
      const camp = feed._campaign;
      const all = [...camp.wages, ...camp.incidents, ...camp.actions];
      assert.equal(all.find((f: { id: string }) => f.id === fixedId)?.title, newTitle);
      assert.equal(all.some((f: { id: string }) => f.id === rejectedId), false, 'the rejected fact is left out');
      const added = camp.incidents.find((i: { title: string }) => i.title === 'Ban on public assemblies (added in the studio)');
      assert.ok(added, 'the added fact is in the feed');
      assert.equal(added.sources[0].quote, sentence.text.replace(/\s+/g, ' '));
      const report = camp.documents.find((d: { file: string }) => d.file === 'corrections.json');
      assert.equal(report.status, 'ok', report.messages.join('; '));

      // RSS and Atom of the same items.
      assert.match(await download(page, 'feed.rss'), /^<\?xml[^]*<rss version="2\.0">[^]*<item>/);
      assert.match(await download(page, 'feed.atom'), /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);

      assertStudioClean(s);
    } finally {
      await s.close();
    }
  });

  test('the no-JS snippets, pasted into a page without the script, show the list and the tables', async () => {
    const s = await openStudio();
    const { page } = s;
    let snippets: Record<string, string> = {};
    let feed: { items: unknown[]; _campaign: { incidents: unknown[]; actions: unknown[] } };
    try {
      await dropFiles(page, seedFiles());
      await waitForBuilt(page);
      await page.click('#tab-embed');
      feed = JSON.parse(await download(page, 'feed.json'));
      for (const tag of ['press-release-list', 'incident-timeline', 'action-map', 'wage-gap-gauge']) {
        await page.selectOption('#em-tag', tag);
        await page.waitForFunction((t) => (document.querySelector('#snippet-plain') as HTMLTextAreaElement)?.value.includes(`<${t}`), tag);
        snippets[`cms:${tag}`] = await page.inputValue('#snippet-cms');
        snippets[`plain:${tag}`] = await page.inputValue('#snippet-plain');
      }
      assert.doesNotMatch(snippets['cms:press-release-list'], /<script/, 'the CMS snippet carries no script');
      assertStudioClean(s);
    } finally {
      await s.close();
    }

    // Pasted into a CMS post with scripts stripped: the content as a list and tables.
    const cms = await openPartnerPage({ script: 'none', javaScriptEnabled: false, body: `<article>${snippets['cms:press-release-list']}${snippets['cms:incident-timeline']}${snippets['cms:action-map']}${snippets['cms:wage-gap-gauge']}</article>` });
    try {
      const entries = cms.page.locator('ul.sw-fallback-releases > li');
      assert.equal(await entries.count(), feed.items.length, 'one entry per item');
      assert.ok(await entries.first().isVisible());
      const tables = cms.page.locator('table.sw-fallback');
      assert.equal(await tables.nth(0).locator('tbody tr').count(), feed._campaign.incidents.length, 'one row per incident');
      assert.equal(await tables.nth(1).locator('tbody tr').count(), feed._campaign.actions.length, 'one row per action');
      assert.ok(await tables.nth(0).isVisible());
      assert.match((await cms.page.textContent('.sw-fallback-wage-summary')) ?? '', /legal minimum wage/);
      assertClean(cms);
    } finally {
      await cms.close();
    }

    // The plain-site snippet on a page where the script is not (yet) loaded: the same content shows.
    const plain = await openPartnerPage({ script: 'none', body: snippets['plain:incident-timeline'].replace(/<script src=[^>]*><\/script>/, '') });
    try {
      const rows = plain.page.locator('incident-timeline table.sw-fallback tbody tr');
      assert.equal(await rows.count(), feed._campaign.incidents.length);
      assert.ok(await rows.first().isVisible());
    } finally {
      await plain.close();
    }
  });

  test('texts dropped without their sources.json: each undated one says so in plain words, and typing its date brings back every fact', async () => {
    const sourcesFile = join(SEEDS, 'sources.json');
    const sources = existsSync(sourcesFile) ? (JSON.parse(readFileSync(sourcesFile, 'utf8')) as Record<string, { published?: string }>) : {};
    const s = await openStudio();
    const { page } = s;
    const facts = (text: string): number => [...text.matchAll(/(\d+) (?:wages|incidents|actions)/g)].reduce((n, m) => n + Number(m[1]), 0);
    let withSources = 0;
    try {
      await dropFiles(page, seedFiles());
      withSources = facts(await waitForBuilt(page));
    } finally {
      await s.close();
    }
    const t = await openStudio();
    try {
      const page = t.page;
      page.on('dialog', (d) => void d.accept());
      await dropFiles(page, seedFiles().filter((f) => f !== 'sources.json'));
      const alone = facts(await waitForBuilt(page));
      const undated = await page.$$eval('.doc:has(.doc-no-date)', (els) => els.map((e) => (e as HTMLElement).dataset.file!));
      const datedBySources = Object.entries(sources).filter(([, v]) => v.published).map(([f]) => f);
      for (const file of undated) {
        const text = await page.textContent(`.doc[data-file="${file}"] .doc-no-date`);
        assert.match(text ?? '', /does not say when it was published/);
        assert.doesNotMatch(text ?? '', /front matter|sources\.json|resolved/);
      }
      console.log(`studio e2e: ${alone} facts from the texts alone, ${withSources} with sources.json`);
      if (datedBySources.length === 0) return; // examples/documents carry their own dates
      assert.ok(alone < withSources, `fewer facts without the dates (${alone} vs ${withSources})`);
      for (const file of datedBySources) {
        assert.ok(undated.includes(file), `${file} is shown as undated`);
        await andSaved(page, async () => {
          await page.fill(`.doc[data-file="${file}"] input[name=published]`, sources[file].published!);
          await page.press(`.doc[data-file="${file}"] input[name=published]`, 'Enter');
        });
        await waitForBuilt(page);
      }
      await page.waitForFunction(() => document.querySelectorAll('.doc-no-date').length === 0);
      // Publishers are not dates: the facts come back with the dates alone.
      assert.equal(facts((await page.textContent('.build-status .live')) ?? ''), withSources, 'every fact is back');
      // The review flags only what the texts leave in doubt, each with its reason.
      await page.click('#tab-review');
      await page.waitForSelector('.fact');
      const review = await page.$$eval('.fact', (els) => els.map((e) => ({ flagged: !!e.querySelector('.badge'), reason: e.querySelector('.reasons')?.textContent?.trim() ?? '' })));
      const flagged = review.filter((r) => r.flagged);
      console.log(`studio e2e: ${flagged.length} of ${review.length} facts flagged "check"`);
      assert.equal(review.length, withSources);
      assert.ok(flagged.length > 0 && flagged.length <= review.length / 3, `${flagged.length} of ${review.length} flagged`);
      assert.ok(flagged.every((r) => r.reason !== ''), 'every flag says why');
      assertStudioClean(t);
    } finally {
      await t.close();
    }
  });

  test('a picked folder builds the same documents; the studio then works offline, in Khmer, from the keyboard', async () => {
    const s = await openStudio();
    const { page } = s;
    try {
      // A folder chosen with the folder picker (paths arrive as "<folder>/<file>").
      await page.setInputFiles('input[name=folder]', SEEDS);
      await waitForBuilt(page);
      const docs = await page.$$eval('.doc-list code', (c) => c.map((x) => x.textContent));
      assert.deepEqual(docs, seedFiles().filter((f) => f !== 'sources.json'), 'paths relative to the folder, in the CLI\'s order');

      // Keyboard: the tabs follow the ARIA pattern.
      await page.focus('#tab-build');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-review');
      assert.equal(await page.getAttribute('#tab-review', 'aria-selected'), 'true');
      await page.keyboard.press('End');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-embed');
      await page.keyboard.press('Home');

      // Khmer interface.
      await page.selectOption('#ui-lang', 'km');
      assert.equal(await page.getAttribute('html', 'lang'), 'km');
      assert.equal(await page.textContent('#tab-review'), '២. ពិនិត្យ');
      assert.match(await waitForBuilt(page), /^បានបង្កើត/);

      // Offline, once loaded: the service worker serves the studio, IndexedDB the project.
      await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, { timeout: 10_000 });
      await page.evaluate(() => document.querySelector('studio-app')!.whenSaved());
      await page.context().setOffline(true);
      await page.reload();
      await page.waitForSelector('studio-app[data-loaded]');
      assert.match(await waitForBuilt(page), /^បានបង្កើត/, 'rebuilt offline, in the language chosen');
      await page.context().setOffline(false);
      assertStudioClean(s);
    } finally {
      await s.close();
    }
  });
});

/** After a reload the app rebuilds from IndexedDB; the status line may be in either language. */
async function waitForBuiltQuietly(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('studio-app')?.querySelector('table.facts tr.fact') !== null, null, { timeout: 20_000 });
}
