/**
 * Row 4 — hostile host pages, all under the strict CSP with Trusted Types enforced. The page's own
 * test code is Trusted-Types-safe like a careful partner's: external scripts served by the test server
 * (no inline script), and markup only through the page's own policy (`partner-page`).
 * - aggressive global CSS (`* { all: unset }`, `!important` rules on div, svg, button, text);
 * - the library loaded twice, and two versions side by side (a second build, defined under other tags);
 * - elements made by innerHTML, createElement, cloneNode, moved, from a <template>, in an iframe
 *   srcdoc, inside another component's shadow root;
 * - the script tag with Subresource Integrity (sha384 of the built file) and crossorigin.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeBrowser, STRICT_CSP } from '../../e2e/harness.js';
import { ROOT, type Mode } from '../lib/corpora.js';
import { record, reset } from '../lib/figures.js';
import { assertCleanExplained, openHostilePage, type HostilePage } from '../lib/page.js';

const ROW = 'row4-hostile-pages';
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
const FEED = '/test/fixtures/campaign.json';
const IIFE = join(ROOT, 'dist/solidarity-widgets.iife.js');
/** The partner's own Trusted Types policy, next to the library's. */
const CSP = STRICT_CSP.replace('trusted-types lit-html solidarity-widgets', 'trusted-types lit-html solidarity-widgets partner-page');

const HOSTILE_CSS = `
* { all: unset; }
html, body { display: block; }
/* "the new CSS reset" (a popular one) strips custom-element hosts the same way. */
*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }
div, section, article, ul, ol, li, p, span, a, h1, h2, h3, table, td, th, tr, svg, button, input, select, label {
  color: transparent !important; font-size: 0 !important; line-height: 0 !important;
}
div { display: none !important; visibility: hidden !important; }
svg, svg * { display: none !important; width: 0 !important; height: 0 !important; fill: red !important; }
button { visibility: hidden !important; position: absolute !important; left: -9999px !important; }
a { pointer-events: none !important; }
*, *::before, *::after { box-sizing: content-box !important; transition: all 10s !important; animation: none !important; }
`;

/** What every element must still show, in its own shadow root, whatever the page's CSS does. */
const PROBE_PARTS: Record<string, string[]> = {
  'press-release-list': ['[part~="title"]', '[part~="search"], input[type="search"]'],
  'wage-gap-gauge': ['svg, [part~="bar"], [part~="gauge"]', 'button, [part~="sources"]'],
  'incident-timeline': ['[part~="event-title"]', 'button'],
  'action-map': ['svg', 'button'],
};

interface Look {
  tag: string;
  viewState: string;
  height: number;
  width: number;
  parts: { selector: string; visible: boolean; fontSize: number; color: string; width: number; height: number }[];
}

/** How each element looks: its box and, for a few inner parts, visibility, size and colour. */
async function looks(p: HostilePage, root = 'document'): Promise<Look[]> {
  return p.page.evaluate(
    ([probes, r]) => {
      const scope: ParentNode = r === 'document' ? document : (document.querySelector(r)!.shadowRoot as ShadowRoot);
      return [...scope.querySelectorAll('press-release-list, wage-gap-gauge, incident-timeline, action-map')].map((el) => {
        const box = el.getBoundingClientRect();
        const parts = probes[el.localName].map((selector) => {
          const part = el.shadowRoot?.querySelector<HTMLElement>(selector);
          const cs = part ? getComputedStyle(part) : null;
          const pr = part?.getBoundingClientRect();
          return {
            selector,
            visible: !!part && part.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true }),
            fontSize: cs ? parseFloat(cs.fontSize) : 0,
            color: cs?.color ?? '',
            width: pr?.width ?? 0,
            height: pr?.height ?? 0,
          };
        });
        return { tag: el.localName, viewState: (el as HTMLElement & { viewState: string }).viewState, height: box.height, width: box.width, parts };
      });
    },
    [PROBE_PARTS, root] as const,
  );
}

async function allReady(p: HostilePage, scope = 'document', count = 4, ms = 15_000): Promise<void> {
  await p.page.waitForFunction(
    ([s, n]) => {
      const root: ParentNode | null | undefined = s === 'document' ? document : document.querySelector(s)?.shadowRoot;
      const els = [...(root?.querySelectorAll<HTMLElement & { viewState?: string }>('press-release-list, wage-gap-gauge, incident-timeline, action-map') ?? [])];
      return els.length >= n && els.every((el) => el.viewState === 'ready' && !!el.shadowRoot?.querySelector('[part~="view"]'));
    },
    [scope, count] as const,
    { timeout: ms },
  );
  // The map draws its world once the geometry has loaded.
  await p.page.waitForTimeout(300);
}

const ELEMENTS = TAGS.map((t) => `<${t} src="${FEED}"${t === 'wage-gap-gauge' ? ' country="KH"' : ''}></${t}>`).join('\n');
/** Dark-themed: a reset that stripped the theme would show dark text on a dark page. */
const DARK_ELEMENTS = ELEMENTS.replace(/ src=/g, ' theme="dark" src=');

function scripts(extra: Record<string, string> = {}) {
  const files: Record<string, string> = {
    '/host/hostile.css': HOSTILE_CSS,
    '/host/policy.js': `window.partnerPolicy = trustedTypes.createPolicy('partner-page', { createHTML: (s) => s });`,
    ...extra,
  };
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = files[path];
    if (body === undefined) return false;
    res.writeHead(200, { 'Content-Type': path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
    return true;
  };
}

export function hostilePagesSuite(mode: Mode): void {
  const full = mode === 'full';
  const tally = { pages: 0, elements: 0 };
  const outcomes: Record<string, string> = {};

  before(() => reset(mode, ROW));
  after(async () => {
    record(mode, ROW, { 'hostile pages': tally.pages, 'elements checked': tally.elements, ...outcomes });
    await closeBrowser();
  });

  describe(`row 4 — hostile host pages, strict CSP and Trusted Types (${mode})`, () => {
    test('aggressive global CSS (* { all: unset }, !important on div, svg, button, text) does not reach inside the elements', async () => {
      const normal = await openHostilePage({ body: DARK_ELEMENTS, csp: CSP, viewport: { width: 360, height: 800 } });
      let base: Look[];
      try {
        await allReady(normal);
        base = await looks(normal);
      } finally {
        await normal.close();
      }
      const p = await openHostilePage({ body: DARK_ELEMENTS, csp: CSP, head: '<link rel="stylesheet" href="/host/hostile.css">', handle: scripts(), viewport: { width: 360, height: 800 } });
      try {
        await allReady(p);
        const now = await looks(p);
        for (const [i, l] of now.entries()) {
          const b = base[i];
          assert.equal(l.viewState, 'ready', `<${l.tag}>`);
          assert.ok(l.height >= b.height * 0.5 && l.height > 40, `<${l.tag}> keeps its size: ${Math.round(l.height)}px (normally ${Math.round(b.height)}px)`);
          for (const [j, part] of l.parts.entries()) {
            const was = b.parts[j];
            assert.equal(part.visible, was.visible, `<${l.tag}> ${part.selector} visible`);
            assert.equal(part.fontSize, was.fontSize, `<${l.tag}> ${part.selector} font size`);
            assert.equal(part.color, was.color, `<${l.tag}> ${part.selector} colour`);
            assert.ok(Math.abs(part.width - was.width) <= Math.max(4, was.width * 0.25), `<${l.tag}> ${part.selector} width ${part.width} vs ${was.width}`);
          }
          tally.elements++;
        }
        const overflow = await p.page.evaluate(() => (window as unknown as { __hp: { overflowX(): number } }).__hp.overflowX());
        assert.ok(overflow <= 0, `the 360 px page scrolls ${overflow}px sideways`);
        outcomes['global CSS'] = `${now.length} dark-themed elements: inner parts unchanged (visibility, font size, colour, width); no sideways scroll at 360 px`;
        tally.pages += 2;
        await assertCleanExplained(p);
      } finally {
        await p.close();
      }
    });

    test('the library loaded twice, and a second build side by side under other tag names (IIFE and ES modules): no error, every element works', async () => {
      const iife = readFileSync(IIFE, 'utf8');
      // A second build: another copy of the same code that does not recognise the first (as a newer
      // version would not), so it brings its own Lit and classes.
      const v2 = iife.split("Symbol.for('solidarity-widgets.iife')").join("Symbol.for('solidarity-widgets.iife.v2')").split('Symbol.for("solidarity-widgets.iife")').join('Symbol.for("solidarity-widgets.iife.v2")');
      assert.notEqual(v2, iife, 'the version guard was found in the IIFE');
      const p = await openHostilePage({
        csp: CSP,
        script: 'none',
        head: [
          '<script src="/dist/solidarity-widgets.iife.js"></script>',
          '<script src="/dist/solidarity-widgets.iife.js?again"></script>',
          '<script src="/host/keep-v1.js"></script>',
          // Beside the first copy, so it finds the map geometry the same way (geo/ next to the script).
          '<script src="/dist/solidarity-widgets.v2.iife.js"></script>',
          '<script src="/host/define-v2.js"></script>',
          '<script type="module" src="/host/esm.js"></script>',
        ].join('\n'),
        body: `${ELEMENTS}
          ${TAGS.map((t) => `<v2-${t} src="${FEED}"></v2-${t}>`).join('\n')}
          ${TAGS.map((t) => `<esm-${t} src="${FEED}"></esm-${t}>`).join('\n')}`,
        handle: scripts({
          '/host/keep-v1.js': 'window.__v1 = window.SolidarityWidgets;',
          '/dist/solidarity-widgets.v2.iife.js': v2,
          '/host/define-v2.js': `
            const v2 = window.SolidarityWidgets;
            window.__sameBuild = v2 === window.__v1;
            for (const [tag, name] of [['press-release-list', 'PressReleaseList'], ['wage-gap-gauge', 'WageGapGauge'], ['incident-timeline', 'IncidentTimeline'], ['action-map', 'ActionMap']]) {
              v2[name].define('v2-' + tag);
            }`,
          '/host/esm.js': `
            import '/dist/all.js';
            import { PressReleaseList, WageGapGauge, IncidentTimeline, ActionMap } from '/dist/index.js';
            PressReleaseList.define('esm-press-release-list');
            WageGapGauge.define('esm-wage-gap-gauge');
            IncidentTimeline.define('esm-incident-timeline');
            ActionMap.define('esm-action-map');
            window.__esm = { PressReleaseList };`,
        }),
      });
      const warnings: string[] = [];
      p.page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      try {
        // Load again with the listener in place, to hear what the copies say while the page loads.
        await p.page.reload({ waitUntil: 'load' });
        await p.page.waitForFunction(() => !!customElements.get('esm-action-map') && !!customElements.get('v2-action-map'), null, { timeout: 15_000 });
        const r = await p.page.evaluate(async () => {
          const w = window as unknown as { __v1: { PressReleaseList: unknown }; SolidarityWidgets: { PressReleaseList: unknown }; __sameBuild: boolean; __esm: { PressReleaseList: unknown } };
          const hp = (window as unknown as { __hp: { settled(el: Element): Promise<boolean> } }).__hp;
          const els = [...document.body.children].filter((e) => e.localName.includes('-'));
          await Promise.all(els.map((el) => hp.settled(el)));
          return {
            states: els.map((el) => `${el.localName}:${(el as HTMLElement & { viewState: string }).viewState}`),
            sameBuild: w.__sameBuild,
            classes: new Set([w.__v1.PressReleaseList, w.SolidarityWidgets.PressReleaseList, w.__esm.PressReleaseList, customElements.get('press-release-list')]).size,
          };
        });
        assert.equal(r.sameBuild, false, 'the second build has its own classes');
        assert.equal(r.classes, 3, 'three copies of the class on one page: first IIFE (also the defined one), second build, ES module');
        assert.deepEqual(r.states.filter((s) => !s.endsWith(':ready')), [], r.states.join(', '));
        assert.equal(r.states.length, 12);
        tally.elements += r.states.length;
        tally.pages++;
        // Another copy of this library holding a tag is expected: at most a warning, never an error.
        assert.deepEqual(warnings.filter((w) => /could not define/.test(w)), []);
        outcomes['library twice + two versions'] = `12 elements from 3 copies (IIFE ×2 + a second build + ES modules); ${warnings.length} console warnings, 0 errors`;
        await assertCleanExplained(p);
      } finally {
        await p.close();
      }
    });

    test('elements made by innerHTML, createElement, cloneNode, moved mid-load and after, from a <template>, in an iframe srcdoc, and inside another shadow root', async () => {
      const p = await openHostilePage({
        csp: CSP,
        head: '<script src="/host/policy.js"></script><script src="/host/create.js" defer></script>',
        body: `<div id="by-html"></div><div id="by-create"></div><div id="clones"></div><div id="moved-a"></div><div id="moved-b"></div>
          <template id="tpl"><incident-timeline src="${FEED}"></incident-timeline></template><div id="from-template"></div>
          <div id="frames"></div><partner-card id="card"></partner-card>`,
        handle: scripts({
          '/host/create.js': `
            const FEED = ${JSON.stringify(FEED)};
            const TAGS = ${JSON.stringify(TAGS)};
            const make = (tag) => { const el = document.createElement(tag); el.setAttribute('src', FEED); return el; };
            // innerHTML, through the page's own Trusted Types policy.
            document.getElementById('by-html').innerHTML = window.partnerPolicy.createHTML(TAGS.map((t) => '<' + t + ' src="' + FEED + '"></' + t + '>').join(''));
            // createElement.
            for (const t of TAGS) document.getElementById('by-create').append(make(t));
            // Moved while loading (same task: a move, not a removal), then again once shown.
            const moving = make('press-release-list');
            moving.id = 'mover';
            document.getElementById('moved-a').append(moving);
            document.getElementById('moved-b').append(moving);
            // Another component's shadow root.
            customElements.define('partner-card', class extends HTMLElement {
              constructor() { super(); this.attachShadow({ mode: 'open' }); }
              connectedCallback() { for (const t of TAGS) this.shadowRoot.append(make(t)); }
            });
            // An iframe whose document comes from srcdoc (it inherits this page's CSP).
            const frame = document.createElement('iframe');
            frame.srcdoc = window.partnerPolicy.createHTML('<!doctype html><html lang="km"><script src="/dist/solidarity-widgets.iife.js"></script><body><wage-gap-gauge src="' + FEED + '" country="KH"></wage-gap-gauge><action-map src="' + FEED + '"></action-map></body></html>');
            frame.style.width = '600px';
            document.getElementById('frames').append(frame);
            window.__created = true;
            // Called once the first elements show: clones of shown elements, a move of a shown element, the template's content.
            window.__later = () => {
            for (const el of document.querySelectorAll('#by-create > *')) document.getElementById('clones').append(el.cloneNode(true));
            document.getElementById('moved-a').append(document.getElementById('mover'));
            const tpl = document.getElementById('tpl');
            window.__templateUpgraded = !!tpl.content.firstElementChild.shadowRoot;
            document.getElementById('from-template').append(document.importNode(tpl.content, true));
            };`,
        }),
      });
      try {
        await p.page.waitForFunction(() => (window as unknown as { __created?: boolean }).__created === true);
        await allReady(p, 'document', 9);
        const requestsBefore = p.requests.length;
        await p.page.evaluate(() => (window as unknown as { __later(): void }).__later());
        await allReady(p, 'document', 14);
        await allReady(p, '#card', 4);
        const r = await p.page.evaluate(async () => {
          const hp = (window as unknown as { __hp: { settled(el: Element): Promise<boolean> } }).__hp;
          const frame = document.querySelector('iframe')!;
          const doc = frame.contentDocument!;
          const until = Date.now() + 15_000;
          let inFrame: string[] = [];
          while (Date.now() < until) {
            inFrame = [...doc.querySelectorAll('wage-gap-gauge, action-map')].map((el) => (el as HTMLElement & { viewState?: string }).viewState ?? 'undefined');
            if (inFrame.length === 2 && inFrame.every((s) => s === 'ready')) break;
            await new Promise((res) => setTimeout(res, 50));
          }
          const ready: Record<string, number> = {};
          for (const sel of ['#by-html > *', '#by-create > *', '#clones > *', '#from-template > *']) {
            ready[sel] = [...document.querySelectorAll(sel)].filter((el) => (el as HTMLElement & { viewState?: string }).viewState === 'ready').length;
          }
          const mover = document.getElementById('mover')!;
          await hp.settled(mover);
          return {
            byHtml: ready['#by-html > *'],
            byCreate: ready['#by-create > *'],
            clones: ready['#clones > *'],
            moverParent: mover.parentElement!.id,
            moverState: (mover as HTMLElement & { viewState: string }).viewState,
            templateUpgraded: (window as unknown as { __templateUpgraded: boolean }).__templateUpgraded,
            fromTemplate: ready['#from-template > *'],
            inShadow: [...document.getElementById('card')!.shadowRoot!.children].map((el) => (el as HTMLElement & { viewState: string }).viewState),
            inFrame,
            frameLang: (doc.querySelector('wage-gap-gauge') as HTMLElement & { locale?: string } | null)?.locale,
          };
        });
        assert.equal(r.byHtml, 4, 'innerHTML');
        assert.equal(r.byCreate, 4, 'createElement');
        assert.equal(r.clones, 4, 'cloneNode');
        assert.deepEqual([r.moverParent, r.moverState], ['moved-a', 'ready'], 'moved');
        assert.equal(r.templateUpgraded, false, 'an element inside <template> stays inert');
        assert.equal(r.fromTemplate, 1, 'template content, once imported');
        assert.deepEqual(r.inShadow, ['ready', 'ready', 'ready', 'ready'], 'inside another shadow root');
        assert.deepEqual(r.inFrame, ['ready', 'ready'], 'in an iframe srcdoc');
        assert.equal(r.frameLang, 'km', 'the iframe document’s lang is followed');
        // Clones and the template reuse the cached feed: no new request for it.
        const feedRequests = p.requests.slice(requestsBefore).filter((u) => u.endsWith(FEED));
        assert.ok(feedRequests.length <= 1, `feed requested again ${feedRequests.length} times`);
        tally.elements += 4 + 4 + 4 + 1 + 1 + 4 + 2;
        tally.pages++;
        outcomes['creation paths'] = 'innerHTML 4, createElement 4, clones 4, moved 1, template 1 (inert until imported), iframe srcdoc 2, inside a shadow root 4: all ready';
        await assertCleanExplained(p);
      } finally {
        await p.close();
      }
    });

    test(`the script tag with integrity (sha384 of the built file) and crossorigin loads and works${full ? '; a wrong hash is refused by the browser' : ''}`, async () => {
      const sri = `sha384-${createHash('sha384').update(readFileSync(IIFE)).digest('base64')}`;
      const p = await openHostilePage({
        csp: CSP,
        script: 'none',
        head: `<script src="/dist/solidarity-widgets.iife.js" integrity="${sri}" crossorigin="anonymous" defer></script>`,
        body: ELEMENTS,
      });
      try {
        await allReady(p);
        const map = await p.page.evaluate(() => document.querySelector('action-map')!.shadowRoot!.querySelectorAll('path').length);
        assert.ok(map > 50, `the map drew its countries (geometry fetched beside the script): ${map} paths`);
        tally.elements += 4;
        tally.pages++;
        await assertCleanExplained(p);
      } finally {
        await p.close();
      }
      if (!full) return;
      const bad = await openHostilePage({
        csp: CSP,
        script: 'none',
        head: `<script src="/dist/solidarity-widgets.iife.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>`,
        body: ELEMENTS,
      });
      try {
        await bad.page.waitForTimeout(500);
        assert.equal(await bad.page.evaluate(() => customElements.get('press-release-list')), undefined, 'a file that does not match its hash never runs');
        assert.ok(bad.consoleErrors.some((e) => /integrity/i.test(e)), 'the browser says why');
        tally.pages++;
      } finally {
        await bad.close();
      }
      outcomes['SRI + crossorigin'] = `${sri.slice(0, 20)}…: loads and works; a wrong hash is refused`;
    });
  });
}
