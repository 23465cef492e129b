/**
 * Row 5 — leaks. Each element is created, given the campaign feed, attached, rendered and removed
 * 1,000 times (every tenth time it is removed mid-load instead, from `src`, so the abort path runs
 * too). Measured through the DevTools protocol after a warm-up (caches filled) and after the cycles,
 * each time after forced garbage collection: the JS heap (within 10 % of the start), the DOM node
 * and JS event listener counters, and the listeners on `window` and `document`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession } from 'playwright-core';
import { closeBrowser } from '../../e2e/harness.js';
import type { Mode } from '../lib/corpora.js';
import { record, reset } from '../lib/figures.js';
import { assertCleanExplained, openHostilePage } from '../lib/page.js';

const ROW = 'row5-leaks';
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
const FEED = '/test/fixtures/campaign.json';

interface Snapshot {
  heap: number;
  nodes: number;
  jsEventListeners: number;
  windowListeners: string[];
  documentListeners: string[];
}

async function listenersOf(cdp: CDPSession, expression: string): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId! });
  return listeners.map((l) => `${l.type}${l.useCapture ? ' (capture)' : ''} @${l.scriptId}:${l.lineNumber}:${l.columnNumber}`).sort();
}

async function snapshot(cdp: CDPSession): Promise<Snapshot> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    heap: usedSize,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    windowListeners: await listenersOf(cdp, 'window'),
    documentListeners: await listenersOf(cdp, 'document'),
  };
}

/** Runs `n` create → attach → render → remove cycles of `tag` in the page. */
const CYCLES = `async (tag, n) => {
  const hp = window.__hp;
  const stage = document.getElementById('stage');
  const feed = window.__feed;
  let rendered = 0;
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    if (tag === 'wage-gap-gauge') el.setAttribute('country', 'KH');
    if (i % 10 === 9) {
      // Removed mid-load: the request starts, the element goes before the answer.
      el.setAttribute('src', '${FEED}?cycle=' + i);
      stage.append(el);
      await new Promise((r) => setTimeout(r, 0));
      el.remove();
      continue;
    }
    el.feed = feed;
    stage.append(el);
    await hp.settled(el);
    if (el.viewState === 'ready') rendered++;
    el.remove();
  }
  await new Promise((r) => setTimeout(r, 200));
  return rendered;
}`;

export function leaksSuite(mode: Mode): void {
  const n = mode === 'full' ? 1000 : 100;
  // V8 keeps growing its own structures (optimised code, inline caches) for the first few hundred
  // cycles, then flattens (measured: +100 KB over cycles 50–300, +6 KB over cycles 2,800–3,800):
  // warm up first, so the figures measure what the elements keep, not what the engine learns.
  const warm = mode === 'full' ? 500 : 100;
  const rows: Record<string, string> = {};
  let cycles = 0;

  before(() => reset(mode, ROW));
  after(async () => {
    record(mode, ROW, { 'cycles per element': n, 'cycles in all': cycles, ...rows });
    await closeBrowser();
  });

  describe(`row 5 — leaks: each element created, attached, rendered and removed ${n} times (${mode})`, () => {
    for (const tag of TAGS) {
      test(`<${tag}>: heap after GC within 10% of the start, no DOM nodes or listeners left behind`, async () => {
        const p = await openHostilePage({ body: '<main id="stage"></main>' });
        try {
          await p.page.waitForFunction((t) => !!customElements.get(t), tag);
          await p.page.evaluate(async (url) => {
            (window as unknown as { __feed: unknown }).__feed = await (await fetch(url)).json();
          }, FEED);
          const cdp = await p.page.context().newCDPSession(p.page);
          await cdp.send('HeapProfiler.enable');
          await cdp.send('DOMDebugger.enable' as 'HeapProfiler.enable').catch(() => {});
          // Warm-up: lazily built things (formatters, the map's geometry, Lit's template cache) are
          // made once and kept by design; they belong in the starting figure.
          await p.page.evaluate(`(${CYCLES})(${JSON.stringify(tag)}, ${warm})`);
          const start = await snapshot(cdp);
          const t = Date.now();
          let rendered = (await p.page.evaluate(`(${CYCLES})(${JSON.stringify(tag)}, ${n / 2})`)) as number;
          const mid = await snapshot(cdp);
          rendered += (await p.page.evaluate(`(${CYCLES})(${JSON.stringify(tag)}, ${n / 2})`)) as number;
          const ms = Date.now() - t;
          const end = await snapshot(cdp);
          cycles += n;
          const growth = (end.heap - start.heap) / start.heap;
          const kb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
          const secondHalf = (end.heap - mid.heap) / start.heap;
          rows[`<${tag}>`] = `heap ${kb(start.heap)} → ${kb(end.heap)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%; second half ${secondHalf >= 0 ? '+' : ''}${(secondHalf * 100).toFixed(1)}%); nodes ${start.nodes} → ${end.nodes}; JS listeners ${start.jsEventListeners} → ${end.jsEventListeners}; window/document listeners ${start.windowListeners.length}/${start.documentListeners.length} → ${end.windowListeners.length}/${end.documentListeners.length}; ${rendered} renders in ${(ms / 1000).toFixed(1)} s`;
          assert.ok(rendered >= n * 0.9 - 1, `${rendered} of ${n} cycles rendered the feed`);
          assert.deepEqual(end.windowListeners, start.windowListeners, 'listeners on window');
          assert.deepEqual(end.documentListeners, start.documentListeners, 'listeners on document');
          assert.ok(growth <= 0.1, `heap grew ${(growth * 100).toFixed(1)}%: ${rows[`<${tag}>`]}`);
          // A leak grows with every cycle; warm-up growth flattens: the second half must add little.
          assert.ok(secondHalf <= 0.03, `heap grew ${(secondHalf * 100).toFixed(1)}% over the second half: ${rows[`<${tag}>`]}`);
          // A leaked element keeps its whole shadow tree (hundreds of nodes); a few stray text nodes are noise.
          assert.ok(end.nodes - start.nodes < 200, `DOM nodes ${start.nodes} → ${end.nodes}`);
          assert.ok(end.jsEventListeners - start.jsEventListeners < 20, `JS event listeners ${start.jsEventListeners} → ${end.jsEventListeners}`);
          await cdp.detach();
          await assertCleanExplained(p);
        } finally {
          await p.close();
        }
      });
    }
  });
}
