import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, closeBrowser, openPartnerPage } from './harness.js';

after(closeBrowser);

describe('the partner-page harness itself', () => {
  test('catches a deliberate CSP violation (an inline style attribute and an inline script)', async () => {
    const p = await openPartnerPage({
      script: 'none',
      body: '<p style="color: red">styled inline</p><script>window.__ran = true</script>',
    });
    try {
      await p.page.waitForTimeout(100);
      const directives = p.violations.map((v) => v.directive);
      assert.ok(directives.some((d) => d.startsWith('style-src')), `style-src violation recorded: ${directives}`);
      assert.ok(directives.some((d) => d.startsWith('script-src')), `script-src violation recorded: ${directives}`);
      assert.equal(await p.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran), undefined);
      assert.throws(() => assertClean(p), /CSP violations/);
    } finally {
      await p.close();
    }
  });

  test('catches a deliberate request to another origin, and the request never leaves the machine', async () => {
    const p = await openPartnerPage({
      script: 'none',
      csp: "default-src 'self'; img-src *",
      body: '<img alt="" src="https://tracker.example.net/pixel.png">',
    });
    try {
      await p.page.waitForTimeout(100);
      assert.deepEqual(p.foreignRequests, ['https://tracker.example.net/pixel.png']);
      assert.throws(() => assertClean(p), /requests to other origins/);
    } finally {
      await p.close();
    }
  });

  test('catches a console error from a page script', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: '<script src="/test/fixtures/e2e/throws.js"></script>',
      body: '<p>hello</p>',
    });
    try {
      assert.ok(p.consoleErrors.some((e) => e.includes('deliberate failure')), p.consoleErrors.join('|'));
      assert.throws(() => assertClean(p), /console errors/);
    } finally {
      await p.close();
    }
  });
});

describe('the built library on a strict-CSP partner page', () => {
  test('the script tag build defines all four elements with no violation, error or foreign request', async () => {
    const p = await openPartnerPage({ body: '<p>Campaign page</p>' });
    try {
      await p.page.waitForFunction(() => customElements.get('press-release-list') !== undefined, null, { timeout: 5000 }).catch(() => {});
      const defined = await p.page.evaluate(() =>
        ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'].filter((t) => customElements.get(t)),
      );
      assert.ok(defined.length > 0, 'at least one element is defined by the IIFE');
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('loading the script twice (two plugins on one page) throws nothing', async () => {
    const p = await openPartnerPage({
      body: '<p>twice</p>',
      head: '<script src="/dist/solidarity-widgets.iife.js?copy=2" defer></script><script type="module" src="/dist/all.js"></script>',
    });
    try {
      await p.page.waitForTimeout(300);
      assert.deepEqual(p.consoleErrors, []);
      assert.deepEqual(p.violations, []);
    } finally {
      await p.close();
    }
  });
});
