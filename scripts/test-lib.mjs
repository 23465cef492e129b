// What scripts/test.mjs (`npm test`) and scripts/test-hardening.mjs share: building dist/ when it is
// stale, and running `node --test` files with their pass/fail counts read from a TAP file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export function sh(cmd, argv, opts = {}) {
  console.log(`\n▶ ${cmd} ${argv.join(' ')}`);
  return spawnSync(cmd, argv, { stdio: 'inherit', ...opts }).status ?? 1;
}

/** Runs `npm run build` when dist/ is missing or older than its sources; false when the build fails. */
export function ensureBuilt() {
  const sources = Math.max(newest('src'), newest('rollup.config.mjs'), newest('package.json'), newest('tsconfig.json'));
  if (existsSync('dist/.stamp') && statSync('dist/.stamp').mtimeMs >= sources) return true;
  return sh('npm', ['run', '--silent', 'build']) === 0;
}

export function tapCounts(file) {
  if (!existsSync(file)) return null;
  const tap = readFileSync(file, 'utf8');
  const num = (k) => Number((new RegExp(`^# ${k} (\\d+)$`, 'm').exec(tap) ?? [])[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') };
}

/**
 * Runs test files with `node --import tsx --test` (spec to stdout, TAP to `tap`) and returns the
 * counts. A run that wrote no results, or failed with no failing test, counts as one failure.
 */
export function runNodeTests(files, tap, extra = []) {
  rmSync(tap, { force: true });
  const status = sh(process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...extra, ...files,
  ]);
  const c = tapCounts(tap);
  if (!c) return { passed: 0, failed: 1, skipped: 0, note: `the test runner wrote no results (exit ${status})` };
  return { ...c, failed: c.failed + (status !== 0 && c.failed === 0 ? 1 : 0) };
}
