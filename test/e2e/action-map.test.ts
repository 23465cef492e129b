// <action-map> on a partner page under the strict CSP: no violations, no console errors, zero requests
// to any other origin (the geometry comes from the page's origin), with the IIFE script tag and with
// ES modules served from a sub-path; what readers get while the geometry is slow, or when it fails.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, closeBrowser, openPartnerPage, waitForReady, type PartnerPage } from './harness.js';

after(closeBrowser);

async function waitForMarkers(p: PartnerPage): Promise<number> {
  await waitForReady(p.page, 'action-map');
  await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.marker').length ?? 0) > 0, null, { timeout: 10_000 });
  return p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('.marker').length);
}

describe('<action-map> on a partner page with a strict CSP', () => {
  test('the script tag build draws the map with its geometry from the page’s own origin, and nothing else', async () => {
    const p = await openPartnerPage({ body: '<action-map src="/test/fixtures/campaign.json" inset="KH"></action-map>' });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      assert.ok(p.requests.some((u) => u === `${p.origin}/dist/geo/countries-110m.json`), `geometry fetched beside the script: ${p.requests.join(', ')}`);
      const countries = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('.land').length);
      assert.ok(countries > 150, `${countries} countries drawn`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('ES modules from a sub-path (/static/sw/elements/action-map.js) load the lazy chunks from that path', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: '<script type="module" src="/static/sw/elements/action-map.js"></script>',
      body: '<action-map src="/test/fixtures/campaign.json" region="KH"></action-map>',
    });
    try {
      assert.ok((await waitForMarkers(p)) >= 2);
      const chunks = p.requests.filter((u) => u.startsWith(`${p.origin}/static/sw/chunks/`));
      assert.ok(chunks.some((u) => /world-110m/.test(u)), `geometry chunk from the sub-path: ${chunks.join(', ')}`);
      assert.ok(chunks.some((u) => /engine/.test(u)), 'map engine chunk from the sub-path');
      const route = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelector('.route')?.getAttribute('d'));
      assert.ok(route && route.startsWith('M'), 'the march route is drawn');
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('zooming, opening a marker and switching to the table stay within the CSP', async () => {
    const p = await openPartnerPage({ body: '<action-map src="/test/fixtures/campaign.json" center="-0.13,51.5" zoom="32"></action-map>' });
    try {
      await waitForMarkers(p);
      const map = p.page.locator('action-map');
      await map.locator('button[aria-label="Zoom in"]').click();
      await map.locator('button[aria-label="Zoom out"]').click();
      await map.locator('[role="button"][aria-label*="London"]').click();
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[part="panel"]'));
      await p.page.keyboard.press('Escape');
      await map.locator('button', { hasText: 'Table' }).click();
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('table'));
      const rows = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length);
      assert.equal(rows, 12);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('the whole world comes drawn: countries and markers without the projection library or the TopoJSON', async () => {
    const p = await openPartnerPage({ body: '<action-map src="/test/fixtures/campaign.json"></action-map>' });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
      assert.equal(p.requests.filter((u) => u === `${p.origin}/dist/geo/world-view.json`).length, 1, `the world's paths fetched once, beside the script: ${p.requests.join(', ')}`);
      assert.ok(!p.requests.some((u) => u.endsWith('countries-110m.json')), 'the TopoJSON is not downloaded for the whole world');
      // The countries with actions stand out.
      assert.ok(await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('.land.active').length) >= 5);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('ES modules: the whole world loads no d3-geo chunk and no geometry chunk', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: '<script type="module" src="/static/sw/elements/action-map.js"></script>',
      body: '<action-map src="/test/fixtures/campaign.json"></action-map>',
    });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
      const chunks = p.requests.filter((u) => u.startsWith(`${p.origin}/static/sw/chunks/`));
      assert.ok(chunks.some((u) => /world-view/.test(u)), `world view chunk: ${chunks.join(', ')}`);
      assert.ok(!chunks.some((u) => /projection|world-110m/.test(u)), `no projection or geometry chunk: ${chunks.join(', ')}`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('the world and its markers show while the inset’s geometry is still on its way; the inset follows', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const p = await openPartnerPage({
      body: '<action-map src="/test/fixtures/campaign.json" inset="KH"></action-map>',
      handle: async (req) => {
        if (req.url?.includes('countries-110m.json')) await held;
        return false;
      },
    });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.world .land').length ?? 0) > 150, null, { timeout: 10_000 });
      assert.equal(await p.page.evaluate(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[part="inset"]')), false, 'no inset yet');
      release();
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[part="inset"] .land.focus'), null, { timeout: 10_000 });
      assertClean(p);
    } finally {
      release();
      await p.close();
    }
  });

  test('when the world’s paths are slow, the markers do not wait for them: they show on the bare globe, the countries follow', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const p = await openPartnerPage({
      body: '<action-map src="/test/fixtures/campaign.json"></action-map>',
      handle: async (req) => {
        if (req.url?.includes('world-view.json')) await held;
        return false;
      },
    });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      assert.equal(await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('.land').length), 0, 'no countries yet');
      assert.ok(await p.page.evaluate(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('.sphere')), 'the globe is drawn');
      release();
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
      assertClean(p);
    } finally {
      release();
      await p.close();
    }
  });

  test('when no geometry can load, the markers stay on an empty globe with a short explanation, and the table works', async () => {
    const p = await openPartnerPage({
      body: '<action-map src="/test/fixtures/campaign.json"></action-map>',
      handle: (req, res) => {
        if (!/world-view\.json|countries-110m\.json/.test(req.url ?? '')) return false;
        res.writeHead(503);
        res.end();
        return true;
      },
    });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[role="alert"]'), null, { timeout: 10_000 });
      const alert = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelector('[role="alert"]')?.textContent);
      assert.equal(alert, 'The countries could not be drawn; the markers still show where each action was. The table lists the same actions.');
      assert.equal(await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('.land').length), 0);
      const map = p.page.locator('action-map');
      await map.locator('[role="button"][aria-label*="London"]').click();
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[part="panel"]'));
      await map.locator('button', { hasText: 'Table' }).click();
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('table'));
      assert.equal(await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('tbody tr:not(.group)').length), 12);
      assert.deepEqual(p.violations, []);
      assert.deepEqual(p.foreignRequests, []);
      // The only console errors are the browser's own lines about the refused requests.
      assert.ok(p.consoleErrors.every((e) => /503|Failed to load resource/.test(e)), p.consoleErrors.join(' | '));
    } finally {
      await p.close();
    }
  });

  test('a host that copied only geo/countries-110m.json still gets the countries', async () => {
    const p = await openPartnerPage({
      body: '<action-map src="/test/fixtures/campaign.json"></action-map>',
      handle: (req, res) => {
        if (!req.url?.includes('world-view.json')) return false;
        res.writeHead(404);
        res.end();
        return true;
      },
    });
    try {
      assert.ok((await waitForMarkers(p)) > 3);
      await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
      assert.equal(await p.page.evaluate(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('[role="alert"]')), false);
      assert.ok(p.consoleErrors.every((e) => /404|Failed to load resource/.test(e)), p.consoleErrors.join(' | '));
    } finally {
      await p.close();
    }
  });

  test('when the geometry of a map framed on a country cannot load, readers get the table and a short explanation', async () => {
    const p = await openPartnerPage({
      body: '<action-map src="/test/fixtures/campaign.json" region="KH"></action-map>',
      handle: (req, res) => {
        if (!req.url?.includes('countries-110m.json')) return false;
        res.writeHead(503);
        res.end();
        return true;
      },
    });
    try {
      await waitForReady(p.page, 'action-map');
      await p.page.waitForFunction(() => !!document.querySelector('action-map')!.shadowRoot!.querySelector('table'), null, { timeout: 10_000 });
      const alert = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelector('[role="alert"]')?.textContent);
      assert.equal(alert, 'The map could not be drawn. The table lists the same actions.');
      assert.deepEqual(p.violations, []);
      assert.deepEqual(p.foreignRequests, []);
      // The only console error is the browser's own line about the refused request.
      assert.ok(p.consoleErrors.every((e) => /503|Failed to load resource/.test(e)), p.consoleErrors.join(' | '));
    } finally {
      await p.close();
    }
  });

  test('without JavaScript the author’s fallback table is what readers get', async () => {
    const p = await openPartnerPage({
      javaScriptEnabled: false,
      body: '<action-map src="/test/fixtures/campaign.json"><table><caption>Solidarity actions</caption><tr><td>London</td></tr></table></action-map>',
    });
    try {
      assert.equal(await p.page.locator('action-map table caption').textContent(), 'Solidarity actions');
      assert.ok(await p.page.locator('action-map table').isVisible());
      assert.deepEqual(p.foreignRequests, []);
    } finally {
      await p.close();
    }
  });
});
