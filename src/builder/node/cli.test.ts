// The command line: build, validate, rss, atom, --help, --quiet, --report, exit codes, progress only on a TTY.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Parser } from 'htmlparser2';
import type { CampaignFeed } from '../../feed/types.js';
import { validateFeed } from '../../feed/validate.js';
import { main } from './cli.js';

const root = mkdtempSync(join(tmpdir(), 'sw-cli-'));
after(() => rmSync(root, { recursive: true, force: true }));
const docs = join(root, 'docs');
mkdirSync(join(docs, 'sub'), { recursive: true });
writeFileSync(join(docs, 'a.md'), '---\ntitle: Shooting in Phnom Penh\npublished: 2014-01-04\npublisher: Example <News> & Co\nurl: https://example.org/a\n---\nIn Phnom Penh, Cambodia, police fired live ammunition at workers yesterday, killing at least four people.\n');
writeFileSync(join(docs, 'sub', 'b.html'), '<html lang="en"><head><title>Rally</title><meta name="date" content="2014-02-10"><meta property="og:site_name" content="Example Union"></head><body><nav>Home News</nav><article><h1>Rally for the 23</h1><p>Around a dozen protesters held a rally in Phnom Penh today, calling for the release of 23 workers arrested last month in Cambodia.</p></article><footer>© 2014</footer></body></html>');
writeFileSync(join(docs, 'image.png'), 'not a document');

async function cli(args: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), isTTY });
  return { code, out, err };
}

test('--help shows the commands and examples and exits 0', async () => {
  const r = await cli(['--help']);
  assert.equal(r.code, 0);
  for (const w of ['build <dir>', 'validate <feed.json>', 'rss <feed.json>', 'atom <feed.json>', '--corrections', '--report', '--quiet', 'Examples:']) assert.ok(r.out.includes(w), w);
  assert.equal((await cli([])).code, 2, 'no command is a usage error');
  assert.equal((await cli(['build', docs, '--bogus'])).code, 2);
});

test('build writes a valid feed, a report, a summary on stderr; exit 0', async () => {
  const out = join(root, 'feed.json');
  const report = join(root, 'report.md');
  const r = await cli(['build', docs, '--out', out, '--report', report, '--title', 'Test feed', '--home-page-url', 'https://example.org/']);
  assert.equal(r.code, 0, r.err);
  const feed = JSON.parse(readFileSync(out, 'utf8')) as CampaignFeed;
  assert.deepEqual(validateFeed(feed), []);
  assert.equal(feed.title, 'Test feed');
  assert.equal(feed.items.length, 2);
  assert.ok(feed.items.some((i) => i._source?.file === 'sub/b.html' && i._source.publisher === 'Example Union' && i.title === 'Rally'));
  assert.match(r.err, /Wrote .*feed\.json: 2 items, 0 wages, 2 incidents, 1 actions from 2 documents, 1 other files ignored/);
  assert.equal(r.out, '');
  const md = readFileSync(report, 'utf8');
  assert.match(md, /^# Test feed: build report/);
  assert.match(md, /### `a\.md` — ok/);
  assert.match(md, /### `sub\/b\.html` — ok/);
  assert.match(md, /## Check before publishing/);
  assert.match(md, /killing at least four people/);
});

test('--quiet prints nothing on success; --out - writes the feed to stdout', async () => {
  const r = await cli(['build', docs, '--out', '-', '--quiet']);
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
  assert.deepEqual(validateFeed(JSON.parse(r.out)), []);
});

test('a progress line only on a terminal', async () => {
  const plain = await cli(['build', docs, '--out', join(root, 'p1.json')]);
  assert.ok(!plain.err.includes('\r'));
  const tty = await cli(['build', docs, '--out', join(root, 'p2.json')], true);
  assert.match(tty.err, /\r\x1b\[K {2}\d+\/2 /);
  const quiet = await cli(['build', docs, '--out', join(root, 'p3.json'), '--quiet'], true);
  assert.equal(quiet.err, '');
});

test('validate: 0 for a valid feed, 1 with every problem and its path for a broken one', async () => {
  const good = join(root, 'good.json');
  await cli(['build', docs, '--out', good, '--quiet']);
  const ok = await cli(['validate', good]);
  assert.equal(ok.code, 0);
  assert.match(ok.out, /valid \(2 items\)/);
  const bad = join(root, 'bad.json');
  writeFileSync(bad, JSON.stringify({ title: 'x', items: [{ id: 'a', url: 'javascript:alert(1)' }] }));
  const r = await cli(['validate', bad]);
  assert.equal(r.code, 1);
  assert.match(r.out, /\$\.version is required/);
  assert.match(r.out, /\$\.items\[0\]\.url expected an absolute http/);
  assert.equal((await cli(['validate', join(root, 'missing.json')])).code, 2);
});

function wellFormed(xml: string): string[] {
  const stack: string[] = [];
  const names: string[] = [];
  let error = '';
  const p = new Parser({
    onopentag: (n) => { stack.push(n); names.push(n); },
    onclosetag: (n) => { if (stack.pop() !== n) error = `mismatched </${n}>`; },
  }, { xmlMode: true });
  p.write(xml);
  p.end();
  assert.equal(error, '');
  assert.deepEqual(stack, []);
  return names;
}

test('rss and atom write escaped, well-formed XML of the items', async () => {
  const feedPath = join(root, 'feed-x.json');
  await cli(['build', docs, '--out', feedPath, '--quiet', '--title', 'Feed & <friends>']);
  const rss = await cli(['rss', feedPath]);
  assert.equal(rss.code, 0);
  assert.match(rss.out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rss version="2\.0">/);
  assert.equal(wellFormed(rss.out).filter((n) => n === 'item').length, 2);
  assert.match(rss.out, /<title>Feed &amp; &lt;friends&gt;<\/title>/);
  assert.match(rss.out, /<pubDate>Sat, 04 Jan 2014 00:00:00 GMT<\/pubDate>/);
  assert.match(rss.out, /<link>https:\/\/example\.org\/a<\/link>/);
  const atomPath = join(root, 'feed.atom');
  const atom = await cli(['atom', feedPath, '--out', atomPath]);
  assert.equal(atom.code, 0);
  const xml = readFileSync(atomPath, 'utf8');
  assert.equal(wellFormed(xml).filter((n) => n === 'entry').length, 2);
  assert.match(xml, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/);
  assert.match(xml, /<name>Example &lt;News&gt; &amp; Co<\/name>/);
  assert.match(xml, /<id>urn:solidarity-feed:item-[0-9a-f]{8}<\/id>/);
});

test('rss refuses a feed that is not valid', async () => {
  const bad = join(root, 'bad2.json');
  writeFileSync(bad, '{"version":"https://jsonfeed.org/version/1.1","items":[]}');
  const r = await cli(['rss', bad]);
  assert.equal(r.code, 1);
  assert.match(r.err, /not a valid feed/);
});

test('SOURCE_DATE_EPOCH makes a rebuild byte-identical', async () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1391990400';
  try {
    const a = await cli(['build', docs, '--out', '-', '--quiet']);
    const b = await cli(['build', docs, '--out', '-', '--quiet']);
    assert.equal(a.out, b.out);
    assert.equal((JSON.parse(a.out) as CampaignFeed)._campaign?.generated, '2014-02-10T00:00:00Z');
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
});
