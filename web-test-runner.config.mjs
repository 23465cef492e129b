// Element and runtime tests in Debian's Chromium. Test files live beside the code they test
// (src/runtime, src/elements) or in test/browser.
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { requireChromium, chromiumArgs } from './scripts/chromium.mjs';

/** Writes passed/failed counts for scripts/test.mjs to add up. */
function countReporter() {
  let passed = 0;
  let failed = 0;
  const walk = (suite) => {
    for (const t of suite.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) failed++;
      }
    },
    stop() {
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr-results.json', JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['src/runtime/**/*.test.ts', 'src/elements/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs } })],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()].filter(Boolean),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
