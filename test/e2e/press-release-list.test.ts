// <press-release-list> on a partner page under the strict CSP: no violation, no console error, no
// request but the library and the feed, and the light-DOM fallback for readers without JavaScript.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, closeBrowser, openPartnerPage, waitForReady } from './harness.js';

after(closeBrowser);

const FEED = '/test/fixtures/campaign.json';
const FALLBACK = `<ul class="fallback">
  <li><a href="https://union.example.org/releases/2013-12-26">Strike for a living wage enters its third day</a></li>
  <li><a href="/test/fixtures/campaign.json">All press releases (feed)</a></li>
</ul>`;
const LIST = (attrs = '') => `<press-release-list id="press" src="${FEED}" heading="Press releases" ${attrs}>${FALLBACK}</press-release-list>`;

/** Requests other than the page itself and the library's own files. */
function otherRequests(all: string[], origin: string): string[] {
  return all.filter((u) => u !== `${origin}/` && !u.startsWith(`${origin}/dist/`));
}

describe('<press-release-list> on a strict-CSP partner page', () => {
  test('renders the feed, and using it (tabs, search, pager, full text) causes no violation, error or extra request', async () => {
    const p = await openPartnerPage({ body: LIST('page-size="3" sync-url subscribe-url="/feed.json"') });
    try {
      await waitForReady(p.page, 'press-release-list');
      const list = p.page.locator('press-release-list');
      assert.ok((await list.locator('ol.items > li').count()) === 3, 'the first page of three entries');

      await list.getByRole('tab', { name: '2013' }).click();
      assert.equal(await list.locator('ol.items > li').count(), 1);
      await list.getByRole('tab', { name: 'All years' }).click();
      await list.getByRole('button', { name: 'Page 2' }).click();
      assert.equal(await list.locator('[aria-current="page"]').textContent().then((t) => t?.trim()), '2');
      assert.equal(new URL(p.page.url()).hash, '#prl-press.page=2', 'sync-url wrote the view to the hash');
      await p.page.goBack();
      await p.page.waitForFunction(() => !document.querySelector('press-release-list')!.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.includes('2'));
      assert.equal(await list.locator('[aria-current="page"]').textContent().then((t) => t?.trim()), '1', 'back button');
      await list.getByRole('searchbox').fill('Lor Peang');
      await p.page.waitForFunction(() => {
        const el = document.querySelector('press-release-list')!;
        return el.shadowRoot!.querySelectorAll('ol.items > li').length === 1;
      });
      assert.match(await list.locator('[part="count"]').textContent() ?? '', /1 release/);
      await list.getByRole('searchbox').fill('');
      await list.getByRole('searchbox').press('Enter');
      await list.getByRole('button', { name: 'Read full text' }).first().click();

      assertClean(p);
      assert.deepEqual(otherRequests(p.requests, p.origin), [`${p.origin}${FEED}`], 'only the feed was requested');
    } finally {
      await p.close();
    }
  });

  test('the ES module build works the same', async () => {
    const p = await openPartnerPage({ script: 'module', body: LIST() });
    try {
      await waitForReady(p.page, 'press-release-list');
      assert.ok((await p.page.locator('press-release-list ol.items > li').count()) > 0);
      assertClean(p);
      assert.deepEqual(otherRequests(p.requests, p.origin), [`${p.origin}${FEED}`]);
    } finally {
      await p.close();
    }
  });

  test('with JavaScript disabled, the fallback list of links shows', async () => {
    const p = await openPartnerPage({ body: LIST(), javaScriptEnabled: false });
    try {
      const links = p.page.locator('press-release-list ul.fallback a');
      assert.equal(await links.count(), 2);
      assert.ok(await links.first().isVisible(), 'the fallback links are visible');
      assert.equal(await links.first().getAttribute('href'), 'https://union.example.org/releases/2013-12-26');
      assertClean(p);
      assert.deepEqual(otherRequests(p.requests, p.origin), [], 'nothing but the page (the script never ran)');
    } finally {
      await p.close();
    }
  });

  test('the fallback list shows before the element upgrades, and gives way to the list after', async () => {
    // A page script placed right after the element runs before the deferred library: it records what a
    // reader sees until the upgrade (a slow phone sees this for seconds).
    const probe = '<script src="/test/fixtures/press-release-list/before-upgrade.js"></script>';
    for (const script of ['iife', 'module'] as const) {
      const p = await openPartnerPage({ script, body: `${LIST()}${probe}` });
      try {
        const before = await p.page.evaluate(() => (window as unknown as { __prlBeforeUpgrade: unknown }).__prlBeforeUpgrade);
        assert.deepEqual(before, { defined: false, fallbackVisible: true, links: 2 }, `${script}: before upgrade`);
        await waitForReady(p.page, 'press-release-list');
        assert.equal(await p.page.locator('press-release-list ul.fallback').isVisible(), false, `${script}: fallback hidden once the list renders`);
        assert.ok(await p.page.locator('press-release-list ol.items').isVisible());
        assertClean(p);
      } finally {
        await p.close();
      }
    }
  });

  test('on a 320 px phone the page does not scroll sideways', async () => {
    const p = await openPartnerPage({ body: LIST('layout="cards"'), viewport: { width: 320, height: 640 } });
    try {
      await waitForReady(p.page, 'press-release-list');
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });
});
