// `solidarity-feed eval <dir> --gold gold.json` (issue 19) on two invented documents: the report,
// --json, and exit code 2 with a precise message for a missing folder or a bad gold file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { EvalReport } from '../eval/score.js';
import { main } from './cli.js';

const root = mkdtempSync(join(tmpdir(), 'sw-eval-'));
after(() => rmSync(root, { recursive: true, force: true }));
const docs = join(root, 'docs');
mkdirSync(docs);
const QUOTE = 'In Phnom Penh, Cambodia, police fired live ammunition at workers yesterday, killing at least four.';
writeFileSync(join(docs, 'a.txt'), `---\npublished: 2014-01-04\npublisher: Example News\n---\n${QUOTE}\n`);
writeFileSync(join(docs, 'b.txt'), '---\npublished: 2014-02-10\n---\nA short note on the weather in the hills.\n');

const goldFile = (name: string, gold: unknown): string => {
  const path = join(root, name);
  writeFileSync(path, typeof gold === 'string' ? gold : JSON.stringify(gold));
  return path;
};
const GOLD = {
  incidents: [{ doc: 'a.txt', date: '2014-01-03', country: 'KH', kind: 'violence', deaths: 4, quote: QUOTE }],
  items: [{ doc: 'a.txt', date: '2014-01-04' }, { doc: 'b.txt', date: '2014-02-10' }],
  silent: ['b.txt'],
};

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

test('eval prints the table and exits 0; --json gives the report object', async () => {
  const gold = goldFile('gold.json', GOLD);
  const r = await cli(['eval', docs, '--gold', gold]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^kind +recall +precision/m);
  assert.match(r.out, /^items +1\.00 \(2\/2\) +1\.00 \(2\/2\)/m);
  const j = await cli(['eval', docs, '--gold', gold, '--json']);
  assert.equal(j.code, 0);
  const report = JSON.parse(j.out) as EvalReport;
  assert.equal(report.documents, 2);
  assert.equal(report.silentFacts, 0);
  assert.equal(report.nonVerbatimQuotes, 0);
  assert.equal(report.scores.incidents.gold, 1);
  assert.match((await cli(['--help'])).out, /eval <dir> --gold <gold\.json>/);
});

test('eval: 2 for a missing folder, a missing --gold, or an unreadable or invalid gold file', async () => {
  const gold = goldFile('ok.json', GOLD);
  const missing = await cli(['eval', join(root, 'nope'), '--gold', gold]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read the folder .*nope/);
  assert.equal((await cli(['eval', docs])).code, 2);
  const absent = await cli(['eval', docs, '--gold', join(root, 'absent.json')]);
  assert.equal(absent.code, 2);
  assert.match(absent.err, /cannot read the gold file .*absent\.json/);
  const broken = await cli(['eval', docs, '--gold', goldFile('broken.json', '{"incidents": [')]);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /broken\.json is not valid JSON/);
  const wage = { doc: 'a.txt', amount: 80, currency: 'usd', period: 'month', role: 'minimum', quote: 'x' };
  const wrong = goldFile('wrong.json', { ...GOLD, wages: [wage] });
  const bad = await cli(['eval', docs, '--gold', wrong]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /wrong\.json: wages\[0\] \(a\.txt\): field "currency": expected an ISO 4217 code/);
  assert.match(bad.err, /got "usd"/);
  assert.equal(bad.out, '');
});
