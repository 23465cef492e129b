// Hostile and broken folders (issue 4 "Bad input", issue 10): every bad file is reported with its
// reason in _campaign.documents[] and on stderr, every other file still builds, the feed is still
// written and valid, and the exit code is 1.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CampaignFeed, DocumentReport } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { buildFeed } from './build.js';
import { main } from './node/cli.js';
import { readCandidate, walkFolder } from './node/node-io.js';

const root = mkdtempSync(join(tmpdir(), 'sw-bad-'));
after(() => rmSync(root, { recursive: true, force: true }));

const GOOD = '---\npublished: 2014-02-10\npublisher: Example\n---\nIn Cambodia, 23 workers were arrested on 2 January.\n';

async function run(dir: string, extra: string[] = []): Promise<{ code: number; stderr: string; feed?: CampaignFeed; docs: Map<string, DocumentReport> }> {
  const out = join(dir, '..', `${dir.split('/').pop()}.feed.json`);
  let stderr = '';
  const code = await main(['build', dir, '--out', out, ...extra], { stdout: () => undefined, stderr: (s) => void (stderr += s), isTTY: false });
  const feed = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as CampaignFeed) : undefined;
  const docs = new Map((feed?._campaign?.documents ?? []).map((d) => [d.file, d]));
  return { code, stderr, feed, docs };
}

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.md'), GOOD);
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  return dir;
}

/** One bad file next to a good one: reported with its reason, the good one still builds, exit 1. */
async function expectFailure(name: string, files: Record<string, string | Uint8Array>, bad: string, reason: RegExp, prepare?: (dir: string) => void): Promise<void> {
  const dir = folder(name, files);
  prepare?.(dir);
  const r = await run(dir);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(r.feed, 'the feed is still written');
  assert.deepEqual(validateFeed(r.feed), [], 'and it is valid');
  const d = r.docs.get(bad);
  assert.equal(d?.status, 'error', `${bad} is reported: ${JSON.stringify([...r.docs.values()])}`);
  assert.match(d!.messages.join(' '), reason);
  assert.match(r.stderr, new RegExp(`error: ${bad.replace('.', '\\.')}: .*${reason.source}`));
  assert.equal(r.docs.get('good.md')?.status, 'ok');
  assert.equal(r.feed!.items.length, 1, 'the good document is an item');
  assert.equal(r.feed!._campaign!.incidents!.length, 1);
}

test('an empty file', () => expectFailure('empty', { 'empty.txt': '' }, 'empty.txt', /empty/));

test('a file of white space only', () => expectFailure('blank', { 'blank.md': ' \n\n\t\n' }, 'blank.md', /empty/));

test('a binary file', () =>
  expectFailure('binary', { 'photo.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, 'photo.txt', /binary/));

test('a non-UTF-8 (Latin-1) file', () =>
  expectFailure('latin1', { 'latin1.txt': new Uint8Array([...new TextEncoder().encode('Les ouvri'), 0xe8, ...new TextEncoder().encode('res ont manifest'), 0xe9, 0x2e]) }, 'latin1.txt', /not valid UTF-8/));

test('a 50 MB file is refused by its size, before it is read', async () => {
  const started = Date.now();
  await expectFailure('huge', {}, 'huge.txt', /too large \(50\.0 MB; the limit is 20\.0 MB\)/, (dir) => {
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024); // sparse: costs no disk
  });
  assert.ok(Date.now() - started < 5000, 'not read');
});

test('broken front matter: never closed', () =>
  expectFailure('fm-open', { 'open.md': '---\ntitle: Strike\npublished: 2014-01-03\nWorkers went on strike today.\n' }, 'open.md', /front matter/));

test('broken front matter: not YAML', () =>
  expectFailure('fm-yaml', { 'bad.md': '---\ntitle: [unclosed\npublished: : :\n---\nWorkers went on strike today.\n' }, 'bad.md', /broken front matter/));

test('an HTML page with no article', () =>
  expectFailure('html', {
    'page.html': '<!doctype html><html><head><title>Menu</title><script>var x = "Workers were killed";</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© Union</footer></body></html>',
  }, 'page.html', /no article text/));

test('an unreadable file', { skip: process.getuid?.() === 0 ? 'running as root: permissions do not stop root from reading (the vanished-file test covers the read error path)' : false }, () =>
  expectFailure('unreadable', { 'secret.txt': GOOD }, 'secret.txt', /permission denied/, (dir) => chmodSync(join(dir, 'secret.txt'), 0o000)));

test('a file that cannot be opened when its turn comes is reported with the system\'s reason', async () => {
  const dir = folder('vanished', { 'gone.txt': GOOD });
  const walk = await walkFolder(dir);
  rmSync(join(dir, 'gone.txt'));
  const doc = await readCandidate(walk.candidates.find((c) => c.file === 'gone.txt')!);
  assert.match(doc.error ?? '', /cannot read \(ENOENT/);
});

test('a file the system refuses to read (EIO) is reported, and the build goes on', { skip: existsSync('/proc/self/mem') ? false : 'no /proc/self/mem on this system' }, async () => {
  // /proc/self/mem is a regular file whose first page cannot be read: a real read error, even as root.
  const doc = await readCandidate({ file: 'mem.txt', full: '/proc/self/mem' });
  assert.match(doc.error ?? '', /cannot read \(EIO/);
  const r = buildFeed([doc, { file: 'good.md', bytes: new TextEncoder().encode(GOOD) }]);
  assert.equal(r.failed, true);
  assert.deepEqual(r.problems, []);
  assert.equal(r.feed._campaign!.documents!.find((d) => d.file === 'mem.txt')?.status, 'error');
  assert.equal(r.feed.items.length, 1);
});

test('a symbolic link pointing outside the folder is refused, never followed', async () => {
  const outside = join(root, 'outside-secret.txt');
  writeFileSync(outside, GOOD.replace('23 workers', '99 workers'));
  await expectFailure('symlink', {}, 'leak.txt', /symbolic link pointing outside/, (dir) => {
    symlinkSync(outside, join(dir, 'leak.txt'));
    symlinkSync(root, join(dir, 'escape-dir'));
  });
  const r = await run(join(root, 'symlink'));
  assert.ok(!JSON.stringify(r.feed).includes('99 workers'), 'nothing of the outside file is in the feed');
});

test('a pipe named like a document is not opened (it would block)', { skip: existsSync('/usr/bin/mkfifo') ? false : 'mkfifo is not installed' }, () =>
  expectFailure('fifo', {}, 'pipe.txt', /not a regular file/, (dir) => execFileSync('mkfifo', [join(dir, 'pipe.txt')])));

test('sources.json keys outside the folder are refused with a message; the rest apply', async () => {
  const dir = folder('sources', { 'nodate.md': 'In Cambodia, 23 workers were arrested on 2 January.\n' });
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({
    '../outside.txt': { publisher: 'X' }, '/etc/passwd': { publisher: 'Y' }, 'nodate.md': { published: '2014-02-10', publisher: 'From sources' },
  }));
  const r = await run(dir);
  assert.equal(r.code, 0, r.stderr);
  const s = r.docs.get('sources.json');
  assert.equal(s?.status, 'warning');
  assert.match(s!.messages.join(' '), /"\.\.\/outside\.txt" points outside the folder: refused/);
  assert.match(s!.messages.join(' '), /"\/etc\/passwd" points outside the folder: refused/);
  const item = r.feed!.items.find((i) => i._source?.file === 'nodate.md');
  assert.equal(item?._source?.publisher, 'From sources');
});

test('a broken sources.json fails the build of metadata, not the documents', async () => {
  const dir = folder('sources-broken', {});
  writeFileSync(join(dir, 'sources.json'), '{ "good.md": ');
  const r = await run(dir);
  assert.equal(r.code, 1);
  assert.equal(r.docs.get('sources.json')?.status, 'error');
  assert.equal(r.feed!.items.length, 1);
});

test('UTF-8 with a BOM and CRLF line ends, and UTF-16 with a BOM, are read', async () => {
  const dir = folder('encodings', {
    'bom-crlf.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD.replace(/\n/g, '\r\n').replace('23 workers', '23 garment workers'))]),
  });
  const utf16 = Buffer.from(`\ufeff${GOOD.replace('23 workers', '23 factory workers')}`, 'utf16le');
  writeFileSync(join(dir, 'utf16.txt'), utf16);
  const r = await run(dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.feed!.items.length, 3);
  for (const d of r.docs.values()) assert.notEqual(d.status, 'error');
  assert.ok(r.feed!.items.every((i) => !i.content_text?.includes('\r')));
});

test('all the bad inputs together: one failure each, the good document builds', async () => {
  const dir = folder('all', {
    'empty.txt': '', 'binary.txt': new Uint8Array([0, 1, 2, 3, 0, 0]), 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
    'fm.md': '---\nunclosed: yes\n', 'nav.html': '<html><body><nav>Only navigation here</nav></body></html>',
  });
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 50 * 1024 * 1024);
  const r = await run(dir);
  assert.equal(r.code, 1);
  assert.deepEqual(validateFeed(r.feed), []);
  const failed = [...r.docs.values()].filter((d) => d.status === 'error').map((d) => d.file).sort();
  assert.deepEqual(failed, ['big.txt', 'binary.txt', 'empty.txt', 'fm.md', 'latin1.txt', 'nav.html']);
  for (const f of failed) assert.match(r.stderr, new RegExp(`error: ${f.replace('.', '\\.')}: `));
  assert.equal(r.feed!.items.length, 1);
});

test('a missing folder writes nothing and exits 2', async () => {
  const r = await run(join(root, 'no-such-folder'));
  assert.equal(r.code, 2);
  assert.equal(r.feed, undefined);
  assert.match(r.stderr, /cannot read the folder/);
});
