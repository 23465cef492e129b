// `npm run test:hardening`: the full hardening matrix of issue 10 — six suites in test/hardening/
// (1 hostile text, 2 malformed feeds, 3 bad networks, 4 hostile host pages, 5 leaks, 6 builder
// inputs), one after the other (they drive Chromium and the machine has two cores). Builds dist/
// first when it is missing or stale, like `npm test`. Prints each suite's result, the figures the
// suites recorded (.tmp/hardening/full/*.json), and one closing line `N passed, M failed`.
//
//   node scripts/test-hardening.mjs            all six rows
//   node scripts/test-hardening.mjs 2 5        only rows 2 and 5
//
// A fast sample of every row runs inside `npm test` (test/e2e/hardening-sample.test.ts and
// test/node/hardening-sample.test.ts); its figures go to .tmp/hardening/sample/.
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { ensureBuilt, runNodeTests } from './test-lib.mjs';
import { join } from 'node:path';

const rows = process.argv.slice(2).filter((a) => /^[1-6]$/.test(a));
let passed = 0;
let failed = 0;

mkdirSync('.tmp/hardening/full', { recursive: true });

// Rows 1–5 test the built files: build when dist/ is missing or older than its sources.
if (!ensureBuilt()) {
  console.log('\nbuild failed\n0 passed, 1 failed');
  process.exit(1);
}

const files = readdirSync('test/hardening')
  .filter((f) => /^\d-.*\.test\.ts$/.test(f) && (rows.length === 0 || rows.includes(f[0])))
  .sort();
const times = [];
for (const f of files) {
  const started = Date.now();
  const c = runNodeTests([join('test/hardening', f)], `.tmp/hardening/${f.replace(/\.test\.ts$/, '')}.tap`, ['--test-concurrency=1']);
  passed += c.passed;
  failed += c.failed;
  times.push([f, (Date.now() - started) / 1000, c.note ?? `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`]);
}

// The figures each suite recorded.
console.log('\n═══ Hardening matrix: figures (issue 10) ═══');
for (const f of files) {
  const row = f.replace(/\.test\.ts$/, '').replace(/^(\d)-/, 'row$1-');
  const file = join('.tmp/hardening/full', `${row}.json`);
  console.log(`\n${row}`);
  if (!existsSync(file)) {
    console.log('  (no figures recorded)');
    continue;
  }
  const figures = JSON.parse(readFileSync(file, 'utf8'));
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${v}`);
}
console.log('\nsuite                        time     result');
for (const [f, s, r] of times) console.log(`${f.padEnd(28)} ${`${s.toFixed(0)} s`.padStart(6)}   ${r}`);
console.log(`total                        ${`${times.reduce((a, [, s]) => a + s, 0).toFixed(0)} s`.padStart(6)}`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
