// `npm start`: the demo partner page serves all four elements from the example feed under the strict
// CSP, with nothing loaded from another origin, in English and in Khmer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { assertClean, closeBrowser, openRecordedPage, waitForReady } from './harness.js';

/** WCAG contrast of two `rgb(…)` colours. */
function contrastRatio(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TAGS = ['wage-gap-gauge', 'incident-timeline', 'action-map', 'press-release-list'];
let server: ChildProcess;
let origin = '';

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: new URL('../../', import.meta.url),
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`npm start printed no address: ${out}`)), 60_000);
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /Demo partner page: (http:\/\/\S+?)\/\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1].replace('localhost', '127.0.0.1'));
      }
    });
  });
});

after(async () => {
  server?.kill();
  await closeBrowser();
});

describe('npm start: the demo partner page', () => {
  test('serves the page under the strict CSP, and every element renders the example feed', async () => {
    const p = await openRecordedPage(`${origin}/`);
    try {
      const csp = (await p.page.request.get(`${origin}/examples/index.html`)).headers()['content-security-policy'];
      assert.match(csp, /script-src 'self'; style-src 'self'; require-trusted-types-for 'script'/);
      for (const tag of TAGS) {
        await waitForReady(p.page, tag, 15_000);
        assert.equal(await p.page.evaluate((t) => (document.querySelector(t) as HTMLElement & { state: string }).state, tag), 'ready', `${tag} is ready`);
      }
      const headline = await p.page.evaluate(() => document.querySelector('wage-gap-gauge')!.shadowRoot!.textContent ?? '');
      assert.match(headline, /US\$80 of US\$160/);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('a page a newcomer can read: one <main>, an icon the server has, readable links in dark mode', async () => {
    const p = await openRecordedPage(`${origin}/`);
    try {
      await p.page.emulateMedia({ colorScheme: 'dark' });
      const page = await p.page.evaluate(() => {
        const main = document.querySelectorAll('main');
        return {
          icon: document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href,
          background: getComputedStyle(document.documentElement).backgroundColor,
          links: [...document.querySelectorAll('header a')].map((a) => getComputedStyle(a).color),
          mains: main.length,
          inMain: ['wage-gap-gauge', 'incident-timeline', 'action-map', 'press-release-list'].every((t) => main[0]?.querySelector(t)),
        };
      });
      const contrast = page.links.map((c) => contrastRatio(c, page.background));
      assert.equal(page.mains, 1, 'one <main>');
      assert.ok(page.inMain, 'every element is in <main>');
      assert.equal((await p.page.request.get(page.icon)).status(), 200, `the icon ${page.icon} is served`);
      for (const c of contrast) assert.ok(c >= 4.5, `link contrast ${c.toFixed(2)} in dark mode is at least 4.5:1`);
    } finally {
      await p.close();
    }
  });

  test('the Khmer version: the page language reaches every element', async () => {
    const p = await openRecordedPage(`${origin}/examples/index.html?lang=km`);
    try {
      await waitForReady(p.page, 'wage-gap-gauge', 15_000);
      await p.page.waitForFunction(() => /[០-៩]/.test(document.querySelector('wage-gap-gauge')!.shadowRoot!.textContent ?? ''));
      assertClean(p);
    } finally {
      await p.close();
    }
  });
});
