// <wage-gap-gauge> on a partner page with the strict CSP and Trusted Types: the built library, the
// fixture feed over HTTP, every variant, Khmer, a phone, forced colours. Needs `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { assertClean, closeBrowser, openPartnerPage, waitForReady } from './harness.js';

after(closeBrowser);

const FEED = '/test/fixtures/campaign.json';

/** Waits for every gauge on the page to show its figures (or its empty/error state). */
async function allReady(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const els = [...document.querySelectorAll('wage-gap-gauge')] as (HTMLElement & { state?: string })[];
      return els.length === n && els.every((el) => el.shadowRoot && el.state === 'ready' && el.shadowRoot.querySelector('.gauge, [part="empty"]'));
    },
    count,
    { timeout: 10_000 },
  );
}

/** Headlines, style attributes and scale fills of every gauge, read from their shadow roots. */
function readGauges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('wage-gap-gauge')].map((el) => {
      const root = el.shadowRoot!;
      return {
        id: el.id,
        headline: root.querySelector('[part="headline"]')?.textContent?.trim() ?? '',
        text: (root.querySelector('.gauge') as HTMLElement | null)?.innerText ?? '',
        styleAttributes: root.querySelectorAll('[style]').length,
        meter: root.querySelector('[role="meter"]')?.getAttribute('aria-valuetext') ?? null,
        fillWidth: root.querySelector('.fill')?.getAttribute('width') ?? null,
        links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }),
  );
}

describe('<wage-gap-gauge> on a strict-CSP partner page', () => {
  test('every variant renders from the feed with no violation, console error or foreign request', async () => {
    const p = await openPartnerPage({
      body: `
        <wage-gap-gauge id="seeds" src="${FEED}"></wage-gap-gauge>
        <wage-gap-gauge id="history" src="${FEED}" history></wage-gap-gauge>
        <wage-gap-gauge id="radial" src="${FEED}" variant="radial"></wage-gap-gauge>
        <wage-gap-gauge id="gbp" src="${FEED}" display-currency="GBP" per="day"></wage-gap-gauge>
        <wage-gap-gauge id="eur" src="${FEED}" display-currency="EUR"></wage-gap-gauge>
        <wage-gap-gauge id="attrs" minimum="80" offer="95" demand="160" living="280" currency="USD" theme="dark"></wage-gap-gauge>`,
    });
    try {
      await allReady(p.page, 6);
      // Scroll through the page so every gauge runs its fill animation under the CSP too.
      for (const id of ['seeds', 'history', 'radial', 'gbp', 'eur', 'attrs']) {
        await p.page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await p.page.waitForTimeout(50);
      }
      await p.page.waitForTimeout(1000);
      const g = Object.fromEntries((await readGauges(p.page)).map((x) => [x.id, x]));
      assert.equal(g.seeds.headline, "The minimum wage covers 50% of the workers' demand: US$80 of US$160 a month.");
      assert.equal(g.seeds.meter, g.seeds.headline);
      assert.equal(g.seeds.fillWidth, '50%', 'the fill is sized by an SVG attribute');
      assert.match(g.history.text, /Minimum wage over time/);
      assert.match(g.radial.text, /50%/);
      assert.match(g.gbp.headline, /£1\.88 of £3\.75 a day/);
      assert.match(g.gbp.text, /1 USD = 0\.61 GBP, the rate of 6 January 2014/);
      assert.match(g.gbp.text, /counting 26 working days a month/);
      assert.match(g.eur.text, /No exchange rate from US dollars to euros was available/);
      assert.match(g.attrs.headline, /US\$80 of US\$160/);
      for (const x of Object.values(g)) {
        assert.equal(x.styleAttributes, 0, `${x.id}: no style attribute`);
        for (const href of x.links) assert.match(href ?? '', /^https?:\/\//, `${x.id}: only http(s) links`);
      }
      const stillPending = await p.page.evaluate(() =>
        [...document.querySelectorAll('wage-gap-gauge')].filter((el) => el.shadowRoot!.querySelector('.scale.pending')).length,
      );
      assert.equal(stillPending, 0, 'every gauge filled once seen');
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('the per-element ES module, a Khmer page, and a feed-less embed', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: '<script type="module" src="/dist/elements/wage-gap-gauge.js"></script>',
      lang: 'km',
      body: `<wage-gap-gauge id="km" src="${FEED}" history></wage-gap-gauge>
        <wage-gap-gauge id="attrs" minimum="80" demand="160" currency="USD"></wage-gap-gauge>`,
    });
    try {
      await allReady(p.page, 2);
      const g = Object.fromEntries((await readGauges(p.page)).map((x) => [x.id, x]));
      assert.match(g.km.headline, /៥០%/);
      assert.match(g.km.headline, /៨០ ដុល្លារអាមេរិក/);
      assert.doesNotMatch(g.km.headline, /[0-9]/);
      assert.match(g.attrs.headline, /១៦០ ដុល្លារអាមេរិក/);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('fits a 320 px phone without horizontal overflow', async () => {
    const p = await openPartnerPage({
      viewport: { width: 320, height: 640 },
      body: `<wage-gap-gauge src="${FEED}" history display-currency="GBP"></wage-gap-gauge>
        <wage-gap-gauge src="${FEED}" variant="radial" lang="km"></wage-gap-gauge>`,
    });
    try {
      await allReady(p.page, 2);
      const width = await p.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `page is ${width}px wide`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('in forced colours every marker keeps its own shape and label (screenshot in .tmp/)', async () => {
    const p = await openPartnerPage({
      body: `<wage-gap-gauge id="g" minimum="80" offer="95" demand="160" living="280" currency="USD"></wage-gap-gauge>
        <wage-gap-gauge id="r" minimum="80" offer="95" demand="160" living="280" currency="USD" variant="radial"></wage-gap-gauge>`,
    });
    try {
      await p.page.emulateMedia({ forcedColors: 'active' });
      await allReady(p.page, 2);
      await waitForReady(p.page, '#g');
      await p.page.waitForTimeout(1200);
      mkdirSync('.tmp', { recursive: true });
      await p.page.screenshot({ path: '.tmp/wage-gap-gauge-forced-colors.png', fullPage: true });
      const markers = await p.page.evaluate(() =>
        [...document.querySelectorAll('wage-gap-gauge')].map((el) => {
          const root = el.shadowRoot!;
          const canvas = getComputedStyle(el).backgroundColor;
          return {
            forced: matchMedia('(forced-colors: active)').matches,
            onScale: [...root.querySelectorAll('[part="scale"] .marker')].map((m) => {
              const cs = getComputedStyle(m);
              return { role: (m as SVGElement).dataset.role, shape: (m as SVGElement).dataset.shape, d: m.getAttribute('d'), fill: cs.fill, stroke: cs.stroke };
            }),
            legend: [...root.querySelectorAll('.legend .entry')].map((e) => ({
              shape: (e.querySelector('.key .marker') as SVGElement).dataset.shape,
              label: e.querySelector('.label')!.textContent!.trim(),
            })),
            canvas,
          };
        }),
      );
      for (const g of markers) {
        assert.ok(g.forced, 'forced colours are active');
        assert.equal(new Set(g.onScale.map((m) => m.d)).size, 4, 'four different outlines');
        assert.equal(new Set(g.legend.map((l) => l.label)).size, 4, 'four different labels');
        assert.deepEqual(
          g.legend.map((l) => l.shape).sort(),
          g.onScale.map((m) => m.shape).sort(),
          'the legend shows the same shapes as the scale',
        );
        for (const m of g.onScale) {
          // Drawn in system colours: the fill or the outline stands out from the page's Canvas.
          assert.ok(m.fill !== g.canvas || m.stroke !== g.canvas, `${m.role} stands out: fill ${m.fill}, stroke ${m.stroke}, canvas ${g.canvas}`);
        }
      }
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('without JavaScript the page keeps its own fallback content', async () => {
    const p = await openPartnerPage({
      javaScriptEnabled: false,
      body: `<wage-gap-gauge minimum="80" demand="160" currency="USD"><p>The minimum wage was US$80 a month; workers demanded US$160.</p></wage-gap-gauge>`,
    });
    try {
      const text = await p.page.evaluate(() => document.body.innerText);
      assert.match(text, /US\$80 a month/);
    } finally {
      await p.close();
    }
  });
});
