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
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const rows = process.argv.slice(2).filter((a) => /^[1-6]$/.test(a));
let passed = 0;
let failed = 0;

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

function tapCounts(file) {
  if (!existsSync(file)) return null;
  const tap = readFileSync(file, 'utf8');
  const num = (k) => Number((new RegExp(`^# ${k} (\\d+)$`, 'm').exec(tap) ?? [])[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') };
}

mkdirSync('.tmp/hardening/full', { recursive: true });

// Rows 1–5 test the built files: build when dist/ is missing or older than its sources.
const sources = Math.max(newest('src'), newest('rollup.config.mjs'), newest('package.json'), newest('tsconfig.json'));
if (!existsSync('dist/.stamp') || statSync('dist/.stamp').mtimeMs < sources) {
  console.log('\n▶ npm run build');
  if ((spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status ?? 1) !== 0) {
    console.log('\nbuild failed\n0 passed, 1 failed');
    process.exit(1);
  }
}

const files = readdirSync('test/hardening')
  .filter((f) => /^\d-.*\.test\.ts$/.test(f) && (rows.length === 0 || rows.includes(f[0])))
  .sort();
const times = [];
for (const f of files) {
  const tap = `.tmp/hardening/${f.replace(/\.test\.ts$/, '')}.tap`;
  rmSync(tap, { force: true });
  console.log(`\n▶ ${f}`);
  const started = Date.now();
  const status = spawnSync(process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    join('test/hardening', f),
  ], { stdio: 'inherit' }).status ?? 1;
  const seconds = (Date.now() - started) / 1000;
  const c = tapCounts(tap);
  if (!c) {
    failed++;
    console.log(`${f}: the test runner wrote no results (exit ${status})`);
    times.push([f, seconds, 'no results']);
    continue;
  }
  passed += c.passed;
  failed += c.failed + (status !== 0 && c.failed === 0 ? 1 : 0);
  times.push([f, seconds, `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`]);
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
