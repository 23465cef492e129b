// Element and runtime tests in Debian's Chromium. Test files live beside the code they test
// (src/runtime, src/elements) or in test/browser.
import { writeFileSync, mkdirSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve, sep, extname } from 'node:path';
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

const SHARED_DATA = resolve('../shared/data');
const FEED_TYPES = { '.json': 'application/json', '.xml': 'application/xml', '.rss': 'application/rss+xml', '.atom': 'application/atom+xml' };

/**
 * Feed files as bytes, for the runtime's reader tests:
 * - `/shared-data/<path>` serves `../shared/data/<path>` (third-party test feeds that must not be copied
 *   into the repo), `/shared-data/<dir>/` lists a folder as JSON; 404 when that folder is absent, and
 *   the tests that need it skip with a reason.
 * - a `.json` file requested by `fetch()` (not by `import`) is sent as JSON, not as the JS module the
 *   esbuild plugin would make of it, so `src="/test/fixtures/….json"` works in tests.
 */
function rawFeedFiles() {
  return async (ctx, next) => {
    let file;
    if (ctx.path.startsWith('/shared-data/')) {
      file = resolve(SHARED_DATA, decodeURIComponent(ctx.path.slice('/shared-data/'.length)));
      if (file.startsWith(SHARED_DATA + sep) && ctx.path.endsWith('/') && existsSync(file) && statSync(file).isDirectory()) {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(readdirSync(file).filter((f) => !f.endsWith('.md')).sort());
        return;
      }
      if (!file.startsWith(SHARED_DATA + sep) || !existsSync(file) || !statSync(file).isFile()) {
        ctx.status = 404;
        ctx.body = 'not found';
        return;
      }
    } else if (ctx.path.endsWith('.json')) {
      file = resolve(decodeURIComponent(ctx.path.slice(1)));
      if (ctx.get('sec-fetch-dest') !== 'empty' || !file.startsWith(resolve('.') + sep) || !existsSync(file) || !statSync(file).isFile()) {
        // The JS-module version must never be cached: the browser would hand it to a later fetch().
        await next();
        ctx.set('Cache-Control', 'no-store');
        ctx.vary('Sec-Fetch-Dest');
        return;
      }
    } else {
      return next();
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.vary('Sec-Fetch-Dest');
    ctx.type = FEED_TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.body = readFileSync(file);
  };
}

export default {
  files: ['src/runtime/**/*.test.ts', 'src/elements/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'browser'] },
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  // Test files run two at a time in separate tabs: keep background tabs' timers and frames running.
  browsers: [
    chromeLauncher({
      // One browser context per test file: otherwise the second page is a hidden tab whose
      // requestAnimationFrame never fires, and tests waiting for a frame time out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: requireChromium(),
        headless: true,
        args: [...chromiumArgs, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
      },
    }),
  ],
  middleware: [rawFeedFiles()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()].filter(Boolean),
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
