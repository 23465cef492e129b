/**
 * Row 6 — hostile inputs to the feed builder, through the whole Node path (`solidarity-feed build`:
 * folder walk, file reading, the core): random bytes, a 1 GB sparse file (refused by its size and
 * never opened — checked by watching every `open` the builder makes), a line of 10 MB, HTML nested
 * 100,000 deep, `sources.json` keys and symbolic links that lead out of the folder (refused, never
 * followed: no byte of /etc/passwd reaches the feed), and 10,000 files in one folder. Every case: the
 * command ends, the feed is written and valid, each bad file is reported, the good one still builds.
 */
import { after, before, describe, test, mock } from 'node:test';
import assert from 'node:assert/strict';
import fsp from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignFeed, DocumentReport } from '../../../src/feed/types.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { main } from '../../../src/builder/node/cli.js';
import { seeded, type Mode } from '../lib/corpora.js';
import { record, reset } from '../lib/figures.js';

const ROW = 'row6-builder-inputs';
const GOOD = '---\npublished: 2014-02-10\npublisher: Example\n---\nIn Cambodia, 23 workers were arrested on 2 January.\n';
const MB = 1024 * 1024;
const PASSWD = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : '';

interface Built {
  code: number;
  ms: number;
  stderr: string;
  feed: CampaignFeed;
  docs: Map<string, DocumentReport>;
  raw: string;
}

export function builderInputsSuite(mode: Mode): void {
  const full = mode === 'full';
  const root = mkdtempSync(join(tmpdir(), 'sw-hardening-'));
  const tally = { files: 0, folders: 0 };
  const rows: Record<string, string> = {};
  /** Every path the builder opened, while watching. */
  let opened: string[] = [];

  function folder(name: string, files: Record<string, string | Uint8Array> = {}): string {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.md'), GOOD);
    for (const [f, content] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), content);
    }
    tally.folders++;
    return dir;
  }

  async function build(dir: string, files: number): Promise<Built> {
    const out = `${dir}.feed.json`;
    let stderr = '';
    opened = [];
    const t = Date.now();
    const code = await main(['build', dir, '--out', out], { stdout: () => undefined, stderr: (s) => void (stderr += s), isTTY: false });
    const ms = Date.now() - t;
    const raw = readFileSync(out, 'utf8');
    const feed = JSON.parse(raw) as CampaignFeed;
    tally.files += files;
    return { code, ms, stderr, feed, raw, docs: new Map((feed._campaign?.documents ?? []).map((d) => [d.file, d])) };
  }

  /** The common promise: the feed is valid, the good document built, and no secret leaked into it. */
  function sound(r: Built, what: string): void {
    assert.deepEqual(validateFeed(r.feed), [], `${what}: the feed is valid`);
    assert.equal(r.docs.get('good.md')?.status, 'ok', `${what}: the good document still builds`);
    assert.ok(r.feed._campaign?.incidents?.some((i) => i.arrested?.value === 23), `${what}: its fact is there`);
    if (PASSWD) assert.ok(!r.raw.includes('root:x:0:0') && !r.raw.includes(PASSWD.slice(0, 40)), `${what}: nothing of /etc/passwd in the feed`);
  }

  before(() => {
    reset(mode, ROW);
    // Watch the builder's file opens: node-io imports `open` from node:fs/promises, and
    // syncBuiltinESMExports() makes that import see the wrapper.
    const realOpen = fsp.open;
    mock.method(fsp, 'open', (...args: Parameters<typeof fsp.open>) => {
      opened.push(String(args[0]));
      return realOpen(...args);
    });
    const realReadFile = fsp.readFile;
    mock.method(fsp, 'readFile', (...args: Parameters<typeof fsp.readFile>) => {
      opened.push(String(args[0]));
      return realReadFile(...args);
    });
    syncBuiltinESMExports();
  });
  after(() => {
    mock.restoreAll();
    syncBuiltinESMExports();
    rmSync(root, { recursive: true, force: true });
    record(mode, ROW, { 'builder files tried': tally.files, 'folders built': tally.folders, ...rows });
  });

  describe(`row 6 — builder inputs (${mode})`, () => {
    test('random bytes: every file of noise is reported or read as text, the command ends, the feed is valid', async () => {
      const rand = seeded(6);
      const count = full ? 300 : 20;
      const files: Record<string, Uint8Array> = {};
      const exts = ['txt', 'md', 'html', 'htm', 'markdown'];
      for (let i = 0; i < count; i++) {
        const size = Math.floor(rand() ** 2 * (full ? 256 * 1024 : 16 * 1024));
        const bytes = new Uint8Array(size);
        for (let j = 0; j < size; j++) bytes[j] = Math.floor(rand() * 256);
        // Some files: mostly text with noise in it (the hardest for a decoder to call binary or not).
        if (i % 3 === 0) for (let j = 0; j < size; j++) if (rand() < 0.9) bytes[j] = 32 + Math.floor(rand() * 95);
        files[`noise-${i}.${exts[i % exts.length]}`] = bytes;
      }
      const r = await build(folder('random', files), count + 1);
      sound(r, 'random bytes');
      const statuses: Record<string, number> = {};
      for (const name of Object.keys(files)) {
        const d = r.docs.get(name);
        assert.ok(d, `${name} is reported`);
        statuses[d!.status] = (statuses[d!.status] ?? 0) + 1;
      }
      assert.equal(r.code, statuses.error ? 1 : 0);
      rows['random bytes'] = `${count} files (${Object.entries(statuses).map(([k, v]) => `${v} ${k}`).join(', ')}) in ${r.ms} ms`;
    });

    test('a 1 GB sparse file is refused by its size and never opened', async () => {
      const dir = folder('sparse');
      const big = join(dir, 'huge.txt');
      writeFileSync(big, '');
      truncateSync(big, 1024 * MB);
      const r = await build(dir, 2);
      sound(r, '1 GB file');
      assert.equal(r.code, 1);
      assert.equal(r.docs.get('huge.txt')?.status, 'error');
      assert.match(r.docs.get('huge.txt')!.messages.join(' '), /too large \(1(\.0)? GB|too large \(1024 MB|too large/);
      assert.ok(opened.some((f) => f.endsWith('good.md')), 'the watch sees the builder open files');
      assert.deepEqual(opened.filter((f) => f.endsWith('huge.txt')), [], 'the 1 GB file was never opened');
      assert.ok(r.ms < 10_000, `${r.ms} ms`);
      rows['1 GB sparse file'] = `refused by size in ${r.ms} ms, opened 0 times`;
    });

    test(`a line of ${full ? 10 : 1} MB (run-on text full of numbers, dates and places) builds in time`, async () => {
      const size = (full ? 10 : 1) * MB;
      const unit = 'On 3 January 2014 at least 4 workers were shot in Phnom Penh, Cambodia, and $80 wages were cut; ';
      const line = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const r = await build(folder('long-line', { 'line.txt': `---\npublished: 2014-01-10\n---\n${line}`, 'one-token.txt': 'x'.repeat(size) }), 3);
      sound(r, 'long line');
      for (const f of ['line.txt', 'one-token.txt']) assert.ok(r.docs.has(f), `${f} is reported`);
      assert.ok(r.ms < (full ? 120_000 : 30_000), `${r.ms} ms`);
      rows[`a ${full ? 10 : 1} MB line`] = `two files (words; one token) built in ${r.ms} ms`;
    });

    test('HTML nested 100,000 deep (div, span, table, list, and never closed) builds in time', async () => {
      const depth = 100_000;
      const nests = {
        'divs.html': `<html><body><article>${'<div>'.repeat(depth)}Workers in Cambodia went on strike on 2 January 2014.${'</div>'.repeat(depth)}</article></body></html>`,
        'mixed.html': `<html><body>${'<section><span><b>'.repeat(depth / 3)}Garment workers marched in Phnom Penh.${'</b></span></section>'.repeat(depth / 3)}</body></html>`,
        'lists.html': `<html><body>${'<ul><li>'.repeat(depth / 2)}A union leader was arrested.</body></html>`,
        'tables.htm': `<html><body>${'<table><tr><td>'.repeat(depth / 3)}Wages: $80 a month.</body></html>`,
      };
      const r = await build(folder('nested', nests), 5);
      sound(r, 'deep HTML');
      for (const f of Object.keys(nests)) assert.ok(r.docs.has(f), `${f} is reported`);
      assert.ok(r.ms < 60_000, `${r.ms} ms`);
      rows['HTML nested 100,000 deep'] = `4 files built in ${r.ms} ms`;
    });

    test('sources.json keys pointing outside the folder are refused; a sources.json that is a link is not read', async () => {
      const dir = folder('sources-out', {
        // Written as text: a "__proto__" key in an object literal would set the prototype instead.
        'sources.json': `{${[
          ['../../etc/passwd', 'Evil'], ['/etc/passwd', 'Evil'], ['..\\..\\etc\\passwd', 'Evil'], ['C:\\Windows\\win.ini', 'Evil'],
          ['a/../../outside.md', 'Evil'], ['__proto__', 'Proto'], ['plain.md', 'Fine'],
        ].map(([k, v]) => `${JSON.stringify(k)}: { "publisher": ${JSON.stringify(v)} }`).join(', ')}}`,
        'plain.md': '---\npublished: 2014-02-11\n---\nTalks between the union and employers continued.\n',
      });
      const r = await build(dir, 3);
      sound(r, 'sources.json outside');
      const refused = (r.feed._campaign?.documents ?? []).flatMap((d) => d.messages).concat(r.stderr.split('\n')).filter((m) => /outside the folder: refused/.test(m));
      for (const key of ['../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'a/../../outside.md']) {
        assert.ok(refused.some((m) => m.includes(key)), `${key} refused: ${refused.join(' | ')}`);
      }
      assert.ok(!opened.some((f) => f.includes('/etc/')), `nothing outside was opened: ${opened.filter((f) => f.includes('/etc/'))}`);
      const linked = folder('sources-link');
      symlinkSync('/etc/passwd', join(linked, 'sources.json'));
      const r2 = await build(linked, 2);
      sound(r2, 'sources.json as a link');
      assert.match(`${r2.stderr} ${JSON.stringify(r2.feed._campaign?.documents)}`, /sources\.json is a symbolic link: not read/);
      assert.equal(r.feed.items.find((i) => i._source?.file === 'plain.md')?._source?.publisher, 'Fine', 'the good key still applies');
      assert.equal(({} as Record<string, unknown>).publisher, undefined, 'no prototype was polluted');
      rows['sources.json outside'] = `${refused.length} keys refused; a linked sources.json not read`;
    });

    test('symbolic links out of the folder are refused and never followed (files, folders, loops)', async () => {
      const dir = folder('links');
      symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
      symlinkSync('/etc', join(dir, 'etc-dir'));
      symlinkSync('..', join(dir, 'parent'));
      symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
      symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
      symlinkSync(join(dir, 'good.md'), join(dir, 'inside-link.md'));
      symlinkSync('/nonexistent/file.txt', join(dir, 'dangling.txt'));
      const r = await build(dir, 8);
      sound(r, 'symlinks');
      assert.equal(r.docs.get('passwd.txt')?.status, 'error');
      assert.match(r.docs.get('passwd.txt')!.messages.join(' '), /symbolic link pointing outside the folder/);
      assert.ok(!opened.some((f) => f.includes('passwd') || f.includes('etc-dir') || f.includes('/parent')), `opened: ${opened.join(', ')}`);
      assert.notEqual(r.docs.get('inside-link.md')?.status, 'ok', 'a link inside the folder is reported, not read twice');
      assert.equal(r.feed.items.length, 1, 'only the good document is an item');
      rows['symbolic links'] = `7 links (to /etc/passwd, /etc, .., a loop, inside, dangling): none followed`;
    });

    test('odd names and shapes: control characters and terminal escapes in names, a folder named like a document, folders 100 deep', async () => {
      const dir = folder('odd');
      const evil = 'evil\n\u001b[31mred\u0007.md';
      writeFileSync(join(dir, evil), '---\npublished: 2014-02-12\n---\nA strike began.\n');
      mkdirSync(join(dir, 'folder.md'));
      writeFileSync(join(dir, 'folder.md', 'inside.md'), '---\npublished: 2014-02-13\n---\nA march was held.\n');
      const deep = join(dir, ...Array.from({ length: 100 }, (_, i) => `d${i}`));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'bottom.md'), '---\npublished: 2014-02-14\n---\nA vigil was held.\n');
      const r = await build(dir, 4);
      sound(r, 'odd names');
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'no raw control character reaches the terminal');
      assert.ok(r.docs.has(evil), 'the oddly named file is read and reported under its name');
      assert.ok(r.docs.has('folder.md/inside.md'));
      assert.ok([...r.docs.keys()].some((k) => k.endsWith('d99/bottom.md')), 'the document 100 folders down is found');
      rows['odd names and shapes'] = 'control characters in a name (escaped on stderr), a folder named x.md, 100 nested folders: all read';
    });

    test(`${full ? '10,000' : '500'} files in one folder build, each reported once`, async () => {
      const count = full ? 10_000 : 500;
      const dir = folder('many');
      for (let i = 0; i < count; i++) {
        writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), `---\npublished: 2014-01-${String(1 + (i % 28)).padStart(2, '0')}\n---\nUpdate ${i}: talks between the union and employers continued.\n`);
      }
      const r = await build(dir, count + 1);
      sound(r, 'many files');
      assert.equal(r.feed._campaign?.documents?.length, count + 1);
      assert.equal(r.feed.items.length, count + 1);
      assert.ok(r.ms < (full ? 300_000 : 60_000), `${r.ms} ms`);
      rows[`${count} files in one folder`] = `built in ${(r.ms / 1000).toFixed(1)} s`;
    });
  });
}
