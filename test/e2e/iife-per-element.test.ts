// The per-element <script> builds (dist/iife/<tag>.js) on a partner page under the strict CSP: each
// renders its own element and defines nothing else, with no CSP violation, console error or request
// to another origin; <action-map>'s fetches its geometry from geo/ beside itself; and several copies
// of Lit (two per-element scripts and the all-in-one IIFE on one page) share one Trusted Types policy
// and throw nothing. Needs `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { assertClean, closeBrowser, openPartnerPage, waitForReady } from './harness.js';

after(closeBrowser);

const FEED = '/test/fixtures/campaign.json';
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
const ATTRS: Record<(typeof TAGS)[number], string> = {
  'press-release-list': '',
  'wage-gap-gauge': 'country="KH"',
  'incident-timeline': '',
  'action-map': 'region="KH"',
};

/** Which of the four tags the page has defined. */
const defined = (tags: readonly string[]) => tags.filter((t) => customElements.get(t) !== undefined);

describe('per-element IIFE builds (dist/iife/<tag>.js) on a strict-CSP partner page', () => {
  for (const tag of TAGS) {
    test(`dist/iife/${tag}.js renders <${tag}> and defines nothing else`, async () => {
      assert.ok(existsSync(new URL(`../../dist/iife/${tag}.js`, import.meta.url)), `dist/iife/${tag}.js is built`);
      const p = await openPartnerPage({
        script: 'none',
        head: `<script src="/dist/iife/${tag}.js" defer></script>`,
        body: `<${tag} src="${FEED}" ${ATTRS[tag]}></${tag}>`,
      });
      try {
        await waitForReady(p.page, tag);
        const state = await p.page.evaluate((t) => (document.querySelector(t) as HTMLElement & { state: string }).state, tag);
        assert.equal(state, 'ready');
        const view = await p.page.evaluate((t) => document.querySelector(t)!.shadowRoot!.querySelector('[part~="view"]') !== null, tag);
        assert.ok(view, `<${tag}> shows its view`);
        assert.deepEqual(await p.page.evaluate(defined, TAGS), [tag]);
        // Nothing leaks onto the page's globals (the all-in-one's is SolidarityWidgets).
        assert.equal(await p.page.evaluate(() => 'SolidarityWidgets' in window), false);
        if (tag === 'action-map') {
          await p.page.waitForFunction(() => (document.querySelector('action-map')?.shadowRoot?.querySelectorAll('.land').length ?? 0) > 150, null, { timeout: 10_000 });
          assert.ok(p.requests.includes(`${p.origin}/dist/iife/geo/countries-110m.json`), `geometry fetched from geo/ beside the script: ${p.requests.join(', ')}`);
        }
        assert.ok(!p.requests.some((u) => u.endsWith('/solidarity-widgets.iife.js')), 'the all-in-one script is not loaded');
        assertClean(p);
      } finally {
        await p.close();
      }
    });
  }

  test('a per-element script copied to another folder reads an RSS feed with the reader it loads from lazy/ beside itself', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dist = new URL('../../dist/iife/', import.meta.url);
    // A partner's own folder: the script and its lazy/ folder copied there, nothing else.
    const files = new Map<string, string>([['/assets/widgets/press-release-list.js', readFileSync(new URL('press-release-list.js', dist), 'utf8')]]);
    for (const f of readdirSync(new URL('lazy/', dist)).filter((f) => f.endsWith('.js'))) files.set(`/assets/widgets/lazy/${f}`, readFileSync(new URL(`lazy/${f}`, dist), 'utf8'));
    const p = await openPartnerPage({
      script: 'none',
      head: '<script src="/assets/widgets/press-release-list.js" defer></script>',
      body: '<press-release-list src="/test/fixtures/runtime/rss.xml"></press-release-list>',
      handle: (req, res) => {
        const body = files.get(new URL(req.url ?? '/', 'http://x').pathname);
        if (body === undefined) return false;
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(body);
        return true;
      },
    });
    try {
      await waitForReady(p.page, 'press-release-list');
      const items = await p.page.evaluate(() => document.querySelector('press-release-list')!.shadowRoot!.querySelectorAll('article, li[part~="item"], [part~="item"]').length);
      assert.ok(items > 0, 'the RSS items are listed');
      const lazy = p.requests.filter((u) => u.includes('/lazy/'));
      assert.ok(lazy.length > 0 && lazy.every((u) => u.startsWith(`${p.origin}/assets/widgets/lazy/`)), `the reader came from beside the script: ${p.requests.join(', ')}`);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('a JSON Feed loads no lazy file: the first render needs nothing beside the script', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: '<script src="/dist/iife/incident-timeline.js" defer></script>',
      body: `<incident-timeline src="${FEED}"></incident-timeline>`,
    });
    try {
      await waitForReady(p.page, 'incident-timeline');
      assert.deepEqual(p.requests.filter((u) => u.includes('/lazy/')), []);
      assertClean(p);
    } finally {
      await p.close();
    }
  });

  test('a Khmer gauge loads its Khmer table from lazy/ beside the script and shows Khmer; an English one loads nothing more', async () => {
    for (const lang of ['km', 'en']) {
      const p = await openPartnerPage({
        script: 'none',
        head: '<script src="/dist/iife/wage-gap-gauge.js" defer></script>',
        body: `<wage-gap-gauge lang="${lang}" src="${FEED}" country="KH"></wage-gap-gauge>`,
      });
      try {
        await waitForReady(p.page, 'wage-gap-gauge');
        const text = await p.page.evaluate(() => document.querySelector('wage-gap-gauge')!.shadowRoot!.querySelector('[part~="headline"], .headline, p')?.textContent ?? '');
        const lazy = p.requests.filter((u) => u.includes('/lazy/'));
        if (lang === 'km') {
          assert.match(text, /[\u1780-\u17ff]/, text);
          assert.ok(lazy.some((u) => /\/dist\/iife\/lazy\/wage-gap-gauge\.strings\.km-/.test(u)), lazy.join(', '));
        } else {
          assert.deepEqual(lazy, []);
        }
        assertClean(p);
      } finally {
        await p.close();
      }
    }
  });

  test('two per-element scripts, the all-in-one and a repeated per-element script on one page: every element renders, nothing throws', async () => {
    const p = await openPartnerPage({
      script: 'none',
      head: [
        '<script src="/dist/iife/wage-gap-gauge.js" defer></script>',
        '<script src="/dist/iife/incident-timeline.js" defer></script>',
        '<script src="/dist/solidarity-widgets.iife.js" defer></script>',
        '<script src="/dist/iife/wage-gap-gauge.js?again" defer></script>',
      ].join('\n'),
      body: TAGS.map((t) => `<${t} src="${FEED}" ${ATTRS[t]}></${t}>`).join('\n'),
    });
    try {
      for (const t of TAGS) await waitForReady(p.page, t);
      const states = await p.page.evaluate((tags) => tags.map((t) => (document.querySelector(t) as HTMLElement & { state: string }).state), TAGS);
      assert.deepEqual(states, TAGS.map(() => 'ready'));
      assert.deepEqual(await p.page.evaluate(defined, TAGS), [...TAGS]);
      assert.equal(await p.page.evaluate(() => typeof (window as unknown as { SolidarityWidgets?: unknown }).SolidarityWidgets), 'object');
      assertClean(p);
    } finally {
      await p.close();
    }
  });
});
