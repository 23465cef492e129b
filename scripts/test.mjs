// `npm test`: builds dist/ when missing or stale, then runs in order the type check, the Node tests
// (feed and builder), the browser tests (wtr in Chromium) and the end-to-end tests (playwright-core
// against dist/ under a strict CSP). Prints one closing line `N passed, M failed`.
import { existsSync, readFileSync, rmSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { ensureBuilt, runNodeTests, sh } from './test-lib.mjs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
// `--node`, `--browser`, `--e2e`, `--types`: only those parts. `--wordpress`: the WordPress suite
// (a real WordPress from Debian's packages; minutes, so not part of the default run — CI adds it).
const only = ['types', 'node', 'browser', 'e2e', 'wordpress'].filter((s) => args.has(`--${s}`));
const run = (s) => (only.length === 0 ? s !== 'wordpress' : only.includes(s));
let passed = 0;
let failed = 0;

function findTests(dirs, pattern) {
  const out = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (pattern.test(e.name)) out.push(p);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

function nodeSuite(name, files, extra = []) {
  if (files.length === 0) {
    console.log(`\n${name}: no test files`);
    return;
  }
  const c = runNodeTests(files, `.tmp/${name}.tap`, extra);
  passed += c.passed;
  failed += c.failed;
  console.log(`${name}: ${c.note ?? `${c.passed} passed, ${c.failed} failed`}`);
}

mkdirSync('.tmp', { recursive: true });

// 1. Build when dist/ is missing or older than its sources.
if (!ensureBuilt()) {
  console.log('\nbuild failed');
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

// 2. Type check everything (sources, tests, stories, benches).
if (run('types')) {
  if (sh('npx', ['tsc', '-p', 'tsconfig.check.json']) === 0) passed++;
  else failed++;
  console.log(`type check: ${failed ? 'failed' : 'passed'}`);
}

// 3. Node: feed and builder.
if (run('node')) nodeSuite('node', findTests(['src/feed', 'src/builder', 'test/node'], /\.test\.ts$/));

// 4. Browser: runtime and elements in Chromium.
if (run('browser')) {
  rmSync('.tmp/wtr-results.json', { force: true });
  const status = sh('npx', ['wtr', '--config', 'web-test-runner.config.mjs'], { env: { ...process.env, CI: 'true' } });
  const r = existsSync('.tmp/wtr-results.json') ? JSON.parse(readFileSync('.tmp/wtr-results.json', 'utf8')) : null;
  if (!r) failed++;
  else {
    passed += r.passed;
    failed += r.failed + (status !== 0 && r.failed === 0 ? 1 : 0);
    console.log(`browser: ${r.passed} passed, ${r.failed} failed`);
  }
}

// 5. End to end: dist/ served under the partner page's strict CSP.
if (run('e2e')) nodeSuite('e2e', findTests(['test/e2e'], /\.test\.ts$/), ['--test-concurrency=1']);

// 6. WordPress: the plugin in a real WordPress, through the block editor, as four roles.
if (run('wordpress')) nodeSuite('wordpress', findTests(['test/wordpress'], /\.test\.ts$/), ['--test-concurrency=1']);

// For CI, which adds up several runs into one closing line.
writeFileSync(`.tmp/totals-${only.length ? only.join('-') : 'all'}.json`, JSON.stringify({ passed, failed }));

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
