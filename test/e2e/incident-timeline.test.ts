// <incident-timeline> on a partner page with the strict CSP and Trusted Types: the built library, the
// fixture feed and a TimelineJS file over HTTP, both layouts used with mouse and keyboard, a deep link,
// and the light-DOM fallback with scripts off. Needs `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertClean, closeBrowser, openPartnerPage } from './harness.js';

after(closeBrowser);

const FEED = '/test/fixtures/campaign.json';
const TIMELINEJS = '/test/fixtures/incident-timeline/timelinejs.json';

/** What the page author writes inside the element: the same events as a plain list. */
const FALLBACK = `<ol class="fallback">
  <li><time datetime="2013-12-24">24 December 2013</time>: Garment workers strike for a US$160 minimum wage</li>
  <li><time datetime="2014-01-03">3 January 2014</time>: Security forces open fire on striking workers</li>
  <li><time datetime="2014-01">January 2014</time>: 23 workers and activists arrested</li>
</ol>`;

async function allReady(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('incident-timeline')] as (HTMLElement & { state?: string })[];
      return els.length === n && els.every((el) => el.shadowRoot && el.state === 'ready' && el.shadowRoot.querySelector('li.event, button.h-marker'));
    },
    count,
    { timeout: 10_000 },
  );
}

/** Reads from an element's shadow root (no eval: the page's CSP would refuse it). */
const count = (page: Page, id: string, sel: string) =>
  page.evaluate(([i, s]) => document.getElementById(i)!.shadowRoot!.querySelectorAll(s).length, [id, sel] as const);
const texts = (page: Page, id: string, sel: string) =>
  page.evaluate(
    ([i, s]) => [...document.getElementById(i)!.shadowRoot!.querySelectorAll(s)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()),
    [id, sel] as const,
  );
const attrs = (page: Page, id: string, sel: string, attr: string) =>
  page.evaluate(
    ([i, s, a]) => [...document.getElementById(i)!.shadowRoot!.querySelectorAll(s)].map((n) => n.getAttribute(a)),
    [id, sel, attr] as const,
  );

describe('<incident-timeline> on a strict-CSP partner page', () => {
  test('both layouts render and are used with no violation, console error or foreign request', async () => {
    const p = await openPartnerPage({
      body: `
        <incident-timeline id="v" src="${FEED}" include-actions content-warning>${FALLBACK}</incident-timeline>
        <incident-timeline id="h" src="${FEED}" layout="horizontal" theme="dark"></incident-timeline>`,
    });
    try {
      await allReady(p.page, 2);
      const [summary] = await texts(p.page, 'v', '[part="summary"]');
      assert.match(summary, /^18 events, at least 4 killed, 23 arrested between Dec 2013 and Aug 2014$/);

      // Vertical: search, a chip, sources, the content warning, keyboard.
      const search = p.page.locator('#v').locator('input[type="search"]');
      await search.fill('veng sreng');
      await p.page.waitForTimeout(100);
      assert.equal(await count(p.page, 'v', 'li.event'), 1);
      await search.fill('');
      await p.page.locator('#v').locator('button.chip', { hasText: 'Killing' }).click();
      await p.page.locator('#v').locator('li.event summary', { hasText: 'Sources' }).first().click();
      await p.page.locator('#v').locator('details.warning summary').first().click();
      assert.equal(await count(p.page, 'v', 'details.sources[open] blockquote'), 2, 'the 3 January shooting shows both sources');
      const links = await attrs(p.page, 'v', 'details.sources[open] a', 'href');
      assert.equal(links.length, 2);
      for (const href of links) assert.match(href ?? '', /^https:\/\//);
      await p.page.locator('#v').locator('li.event').first().focus();
      await p.page.keyboard.press('End');

      // Horizontal: zoom by button, keys and Ctrl + wheel; arrows between markers.
      await p.page.locator('#h').locator('[part="zoom-in"]').click();
      await p.page.locator('#h').locator('button.h-marker[tabindex="0"]').focus();
      await p.page.keyboard.press('ArrowRight');
      await p.page.keyboard.press('+');
      await p.page.keyboard.press('-');
      const box = (await p.page.locator('#h').locator('.scroller').boundingBox())!;
      await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await p.page.keyboard.down('Control');
      await p.page.mouse.wheel(0, -300);
      await p.page.keyboard.up('Control');
      await p.page.waitForTimeout(200);
      const [selected] = await texts(p.page, 'h', '[part="detail"] .title');
      assert.equal(selected, '23 workers and activists arrested');
      // Positions on the axis are set through the CSSOM; the template has no style attributes of its own.
      const positioned = await p.page.evaluate(
        () => [...document.getElementById('h')!.shadowRoot!.querySelectorAll<HTMLElement>('.h-item')].filter((n) => n.style.getPropertyValue('--x')).length,
      );
      assert.ok(positioned > 0);

      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('a TimelineJS file renders under Trusted Types (the import path for people leaving TimelineJS)', async () => {
    const p = await openPartnerPage({
      body: `<incident-timeline id="tl" src="${TIMELINEJS}"></incident-timeline>`,
      head: `<script type="module" src="/test/fixtures/incident-timeline/record-feed-errors.js"></script>`,
    });
    try {
      await p.page.waitForFunction(() => (document.getElementById('tl') as HTMLElement & { state?: string }).state !== 'loading');
      const reasons = await p.page.evaluate(() => (window as unknown as { __feedErrors?: string[] }).__feedErrors ?? []);
      assert.deepEqual(reasons, [], 'the TimelineJS file was read');
      await allReady(p.page, 1);
      const titles = await texts(p.page, 'tl', 'li.event .title');
      assert.ok(titles.includes('Shooting on Veng Sreng Boulevard'));
      assert.equal(titles.length, 5);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('a deep link focuses its event on load; 10,000 events stay windowed under the CSP', async () => {
    const p = await openPartnerPage({
      body: `<incident-timeline id="v" src="${FEED}"></incident-timeline>`,
      // The element's own ESM entry, as a bundler-free site would load just this element.
      script: 'none',
      head: '<script type="module" src="/dist/elements/incident-timeline.js"></script>',
    });
    try {
      // A fresh load (not a same-document hash change) with the fragment already in the URL.
      await p.page.goto(`${p.url}?shared#incident-i-migration`);
      await allReady(p.page, 1);
      await p.page.waitForFunction(() => {
        const root = document.getElementById('v')!.shadowRoot!;
        return root.activeElement?.querySelector('.title')?.textContent?.trim() === 'Migrant workers return from Thailand';
      }, null, { timeout: 5000 });
      await p.page.evaluate(async () => {
        const { makeIncidentFeed } = await import('/test/fixtures/incident-timeline/make-feed.mjs' as string);
        (document.getElementById('v') as HTMLElement & { feed: unknown }).feed = makeIncidentFeed(10_000);
      });
      await p.page.waitForFunction(() => /^10,000 incidents/.test(document.getElementById('v')!.shadowRoot!.querySelector('[part="summary"]')?.textContent?.trim() ?? ''));
      await p.page.mouse.wheel(0, 20_000);
      await p.page.waitForTimeout(300);
      const rendered = await count(p.page, 'v', 'li.event');
      assert.ok(rendered > 0 && rendered < 100, `${rendered} events in the DOM`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('without JavaScript the author\'s light-DOM fallback list is shown', async () => {
    const p = await openPartnerPage({
      body: `<incident-timeline src="${FEED}">${FALLBACK}</incident-timeline>`,
      javaScriptEnabled: false,
    });
    try {
      const items = p.page.locator('incident-timeline ol.fallback li');
      assert.equal(await items.count(), 3);
      assert.ok(await items.first().isVisible());
      assert.match((await items.nth(1).textContent()) ?? '', /Security forces open fire/);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('with JavaScript the fallback list gives way to the timeline', async () => {
    const p = await openPartnerPage({ body: `<incident-timeline src="${FEED}">${FALLBACK}</incident-timeline>` });
    try {
      await allReady(p.page, 1);
      assert.equal(await p.page.locator('incident-timeline ol.fallback').isVisible(), false);
      assertClean(p);
    } finally {
      await p.close();
    }
  });
});
