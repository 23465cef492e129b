// A partner page that arrives in pieces: the library's script tag in <head> (no defer, as many CMS
// themes print it), an element with its feed inline, and the network pausing in the middle of the
// JSON. The element is upgraded while its JSON is only partly parsed; it must wait for the rest, not
// show (and announce) an error for a feed that is fine.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, closeBrowser, openPartnerPage, waitForReady } from './harness.js';

after(closeBrowser);

const FEED = readFileSync(new URL('../fixtures/campaign.json', import.meta.url), 'utf8').replace(/</g, '\\u003c');
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;

describe('inline JSON that arrives in two network chunks', () => {
  for (const tag of TAGS) {
    test(`<${tag}> waits for the rest of its JSON: no feed-error, one feed-load, the view`, async () => {
      const cut = Math.floor(FEED.length / 2);
      const p = await openPartnerPage({
        script: 'none',
        body: '<p>Home</p>',
        handle: (req, res) => {
          if (req.url !== '/streamed') return false;
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.write(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/dist/solidarity-widgets.iife.js"></script></head>` +
              `<body><h1>Campaign</h1><${tag}><script type="application/json">${FEED.slice(0, cut)}`,
          );
          setTimeout(() => res.end(`${FEED.slice(cut)}</script></${tag}><p>More of the page.</p></body></html>`), 400);
          return true;
        },
      });
      try {
        await p.page.addInitScript(() => {
          const w = window as unknown as { feedEvents: string[] };
          w.feedEvents = [];
          for (const name of ['feed-load', 'feed-error'])
            document.addEventListener(name, (e) => w.feedEvents.push(`${name}${name === 'feed-error' ? `: ${(e as CustomEvent).detail?.reason}` : ''}`), true);
        });
        await p.page.goto(`${p.origin}/streamed`);
        await waitForReady(p.page, tag);
        const events = await p.page.evaluate(() => (window as unknown as { feedEvents: string[] }).feedEvents);
        assert.deepEqual(events, ['feed-load'], `events: ${events.join(' | ')}`);
        const state = await p.page.evaluate((t) => (document.querySelector(t) as HTMLElement & { state: string }).state, tag);
        assert.equal(state, 'ready');
        const view = await p.page.evaluate((t) => document.querySelector(t)!.shadowRoot!.querySelector('[part~="view"]') !== null, tag);
        assert.ok(view, `<${tag}> shows its view`);
        assertClean(p);
      } finally {
        await p.close();
      }
    });
  }
});
