/**
 * Row 3 — bad networks, with a real local server (the partner page's own origin and a second origin
 * that sends no CORS headers) and Chromium's real network stack: HTTP errors, a server that never
 * answers, one that drips, a body cut off, the wrong content type, redirects, a CORS refusal, the
 * reader going offline and back, `src` changed 50 times in a row, an element removed mid-load. The
 * server watches every connection, so "the request was aborted" is seen from the other end.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeBrowser } from '../../e2e/harness.js';
// @ts-expect-error plain ESM helper without types
import { startServer } from '../../../scripts/static-server.mjs';
import { ROOT, type Mode } from '../lib/corpora.js';
import { record, reset } from '../lib/figures.js';
import { assertCleanExplained, openHostilePage, type HostilePage } from '../lib/page.js';

const ROW = 'row3-network';
const TAGS = ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map'] as const;
const CAMPAIGN = readFileSync(join(ROOT, 'test/fixtures/campaign.json'), 'utf8');
const titled = (title: string) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [{ id: 'a', title, date_published: '2014-01-03T00:00:00Z' }] });

interface Conn {
  path: string;
  /** The client hung up before the whole answer was sent. */
  closedEarly: boolean;
  done: boolean;
}

interface Outcome {
  tag: string;
  viewState: string;
  message: string;
  reasons: string[];
  codes: string[];
  loads: number;
  text: string;
}

type Hp = { settled(el: Element, ms?: number): Promise<boolean>; text(el: Element): string };

export function networkSuite(mode: Mode): void {
  const full = mode === 'full';
  const conns: Conn[] = [];
  let flaky = 0;
  const figures = { faults: 0, errorsShown: 0, recovered: 0, aborted: 0 };

  const track = (req: IncomingMessage, res: ServerResponse): Conn => {
    const c: Conn = { path: req.url ?? '', closedEarly: false, done: false };
    conns.push(c);
    res.on('finish', () => (c.done = true));
    res.on('close', () => {
      if (!c.done) c.closedEarly = true;
    });
    return c;
  };
  const json = (res: ServerResponse, body: string, type = 'application/json') => {
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  let second: { origin: string; close(): Promise<void> } | undefined;

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/net/')) return false;
    const c = track(req, res);
    const route = url.pathname.slice(5);
    switch (route) {
      case 'feed.json':
        json(res, CAMPAIGN);
        return true;
      case '404':
      case '500':
      case '503':
        res.writeHead(Number(route), { 'Content-Type': 'text/html' });
        res.end('<!doctype html><h1>Error page</h1>');
        return true;
      case 'flaky':
        // Fails the first time, works after (retry).
        if (flaky++ === 0) {
          res.writeHead(502);
          res.end();
        } else json(res, CAMPAIGN);
        return true;
      case 'hang':
        return true; // never answers
      case 'drip': {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"version":"https://jsonfeed.org/version/1.1","title":"Drip","items":[');
        const t = setInterval(() => res.write(' '), 100);
        res.on('close', () => clearInterval(t));
        return true;
      }
      case 'truncated-body': {
        // Says 20,000 bytes, sends 2,000, then the connection dies.
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '20000' });
        res.write(CAMPAIGN.slice(0, 2000));
        setTimeout(() => res.socket?.destroy(), 50);
        return true;
      }
      case 'truncated-json':
        json(res, CAMPAIGN.slice(0, Math.floor(CAMPAIGN.length / 2)));
        return true;
      case 'wrong-type':
        json(res, CAMPAIGN, 'text/html; charset=utf-8');
        return true;
      case 'octet':
        json(res, CAMPAIGN, 'application/octet-stream');
        return true;
      case 'html-as-json':
        json(res, '<!doctype html><html><body><form>Log in</form></body></html>');
        return true;
      case 'redirect':
        res.writeHead(302, { Location: '/net/feed.json' });
        res.end();
        return true;
      case 'redirect-301':
        res.writeHead(301, { Location: '/net/redirect' });
        res.end();
        return true;
      case 'redirect-loop':
        res.writeHead(302, { Location: '/net/redirect-loop' });
        res.end();
        return true;
      case 'redirect-cross':
        res.writeHead(302, { Location: `${second!.origin}/feed.json` });
        res.end();
        return true;
      case 'redirect-js':
        res.writeHead(302, { Location: 'javascript:window.__pwned=1' });
        res.end();
        return true;
      case 'slow': {
        // ?n=i: the earlier the request, the later its answer (so a stale answer would arrive last).
        const n = Number(url.searchParams.get('n'));
        const timer = setTimeout(() => json(res, titled(`Feed ${n}`)), 60 + (50 - n) * 15);
        res.on('close', () => clearTimeout(timer));
        return true;
      }
      default:
        c.done = true;
        return false;
    }
  }

  /** Mounts one element per tag with `src` (and `attrs`), waits for each to settle, and reports. */
  async function load(p: HostilePage, src: string, attrs: Record<string, string> = {}, tags: readonly string[] = TAGS, wait = 15_000): Promise<Outcome[]> {
    return p.page.evaluate(
      async ([s, a, t, ms]) => {
        const hp = (window as unknown as { __hp: Hp }).__hp;
        const stage = document.getElementById('stage')!;
        stage.replaceChildren();
        const els = t.map((tag) => {
          const el = document.createElement(tag) as HTMLElement & { viewState: string };
          const rec = { el, reasons: [] as string[], codes: [] as string[], loads: 0 };
          el.addEventListener('feed-error', (e) => {
            rec.reasons.push(String((e as CustomEvent).detail.reason));
            rec.codes.push(String((e as CustomEvent).detail.code));
          });
          el.addEventListener('feed-load', () => rec.loads++);
          for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
          el.setAttribute('src', s);
          stage.append(el);
          return rec;
        });
        await Promise.all(els.map((r) => hp.settled(r.el, ms)));
        return els.map((r) => ({
          tag: r.el.localName,
          viewState: r.el.viewState,
          message: r.el.shadowRoot?.querySelector('[part~="error-message"]')?.textContent?.trim() ?? '',
          reasons: r.reasons,
          codes: r.codes,
          loads: r.loads,
          text: hp.text(r.el).replace(/\s+/g, ' ').trim().slice(0, 400),
        }));
      },
      [src, attrs, [...tags], wait] as const,
    );
  }

  function expectError(out: Outcome[], code: string, message: RegExp, reason: RegExp): void {
    for (const o of out) {
      assert.equal(o.viewState, 'error', `<${o.tag}> shows the error state`);
      assert.deepEqual(o.codes, [code], `<${o.tag}> feed-error code`);
      assert.match(o.message, message, `<${o.tag}> message`);
      assert.match(o.reasons[0], reason, `<${o.tag}> reason`);
      figures.errorsShown++;
    }
    figures.faults++;
  }

  /** Chromium's own network log lines ("Failed to load resource…"): the browser prints them for any failed request; no page code can stop it. */
  const dropNetworkLogs = (q: HostilePage) =>
    q.consoleErrors.splice(0, q.consoleErrors.length, ...q.consoleErrors.filter((e) => !/^Failed to load resource|net::ERR_|CORS policy/.test(e)));
  const clean = async (q: HostilePage) => {
    dropNetworkLogs(q);
    await assertCleanExplained(q);
  };

  const waitFor = async (cond: () => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!cond() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    return cond();
  };

  before(() => reset(mode, ROW));
  after(async () => {
    record(mode, ROW, {
      'network faults tried': figures.faults,
      'errors shown': figures.errorsShown,
      'recoveries (retry, online again)': figures.recovered,
      'requests seen aborted by the server': figures.aborted,
    });
    await closeBrowser();
  });

  describe(`row 3 — bad networks (${mode})`, () => {
    let p: HostilePage;
    before(async () => {
      second = await startServer({
        root: ROOT,
        mounts: {},
        csp: null,
        handle: (req: IncomingMessage, res: ServerResponse) => {
          // Another site: serves the feed, with CORS headers only on /feed-cors.json.
          const cors = req.url === '/feed-cors.json';
          res.writeHead(200, { 'Content-Type': 'application/json', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
          res.end(CAMPAIGN);
          return true;
        },
      });
      p = await openHostilePage({ body: '<main id="stage"></main>', handle, viewport: { width: 900, height: 700 } });
      // The harness answers every other origin itself; here the second origin is a real server.
      const ctx = p.page.context();
      await ctx.unrouteAll();
      await ctx.route((u) => !u.href.startsWith(p.origin) && !u.href.startsWith(second!.origin), (r) => r.fulfill({ status: 204, body: '' }));
      await p.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), [...TAGS]);
    });
    after(async () => {
      await p?.close();
      await second?.close();
    });

    /** The page's own CSP allows connect-src 'self' only: a second origin is tested on a page that allows it. */
    const foreign = () => p.foreignRequests.filter((u) => !u.startsWith(second!.origin));

    test('404, 500 and 503 show the error state with the status in the reason; an error page is never shown as content', async () => {
      for (const status of full ? ['404', '500', '503'] : ['404', '500']) {
        const out = await load(p, `/net/${status}`);
        expectError(out, 'http', /could not be loaded/, new RegExp(`HTTP ${status}`));
        for (const o of out) assert.doesNotMatch(o.text, /Error page/);
      }
      await clean(p);
    });

    test('a server that never answers: the timeout shows the error state, and the request is aborted', async () => {
      const before = conns.length;
      const out = await load(p, '/net/hang?case=timeout', { timeout: '800' });
      expectError(out, 'timeout', /took too long/, /within 800 ms/);
      assert.ok(await waitFor(() => conns.slice(before).some((c) => c.path.includes('case=timeout') && c.closedEarly)), 'the server saw the connection closed');
      figures.aborted++;
      await clean(p);
    });

    test('a slow drip past the timeout fails even though bytes keep coming, and the download stops', async () => {
      const before = conns.length;
      const out = await load(p, '/net/drip', { timeout: '1200' }, ['press-release-list', 'incident-timeline']);
      expectError(out, 'timeout', /took too long/, /No complete answer/);
      assert.ok(await waitFor(() => conns.slice(before).some((c) => c.path === '/net/drip' && c.closedEarly)), 'the server saw the drip connection closed');
      figures.aborted++;
      await clean(p);
    });

    test('a body cut off mid-way (connection dropped) and a half-sent JSON body both show the error state', async () => {
      expectError(await load(p, '/net/truncated-body'), 'network', /could not be loaded/, /broke off|No answer/);
      expectError(await load(p, '/net/truncated-json'), 'syntax', /could not be read/, /not valid JSON.*(line|position) \d+/);
      await clean(p);
    });

    test('a feed with the wrong content type is read by its content; an HTML page sent as JSON is refused', async () => {
      for (const route of full ? ['wrong-type', 'octet'] : ['wrong-type']) {
        const out = await load(p, `/net/${route}`);
        for (const o of out) assert.equal(o.viewState, 'ready', `${route} <${o.tag}>`);
        figures.faults++;
      }
      expectError(await load(p, '/net/html-as-json'), 'format', /could not be read/, /HTML page/);
      await clean(p);
    });

    test('redirects are followed (302, 301 → 302); a loop, a javascript: target and a cross-origin target without CORS fail cleanly', async () => {
      for (const route of ['redirect', 'redirect-301']) {
        const out = await load(p, `/net/${route}`);
        for (const o of out) assert.equal(o.viewState, 'ready', `${route} <${o.tag}>`);
        figures.faults++;
      }
      expectError(await load(p, '/net/redirect-loop'), 'network', /could not be loaded/, /No answer/);
      expectError(await load(p, '/net/redirect-js'), 'network', /could not be loaded/, /No answer/);
      if (full) expectError(await load(p, '/net/redirect-cross'), 'network', /could not be loaded/, /CORS|No answer/);
      assert.equal(await p.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      // The strict CSP (connect-src 'self') refuses the cross-origin hop itself: that is the page's policy working.
      // (reported with the URL before the redirect).
      p.violations.splice(0, p.violations.length, ...p.violations.filter((v) => !(v.directive === 'connect-src' && /redirect-(js|cross)/.test(v.blockedURI))));
      p.consoleErrors.splice(0, p.consoleErrors.length, ...p.consoleErrors.filter((e) => !/^Connecting to '.*' violates the following Content Security Policy directive/.test(e)));
      // The redirect targets our server sent show up as requests the CSP then blocked.
      p.foreignRequests.splice(0, p.foreignRequests.length, ...p.foreignRequests.filter((u) => u !== 'javascript:window.__pwned=1' && !u.startsWith(second!.origin)));
      await clean(p);
    });

    test('a second origin without CORS headers is refused (and with them, read), on a page whose CSP allows that origin', async () => {
      const q = await openHostilePage({
        body: '<main id="stage"></main>',
        csp: `default-src 'self'; connect-src 'self' ${second!.origin}; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html solidarity-widgets`,
      });
      try {
        await q.page.context().unrouteAll();
        await q.page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), [...TAGS]);
        const refused = await load(q, `${second!.origin}/feed.json`);
        for (const o of refused) {
          assert.equal(o.viewState, 'error', `<${o.tag}>`);
          assert.deepEqual(o.codes, ['network']);
          assert.match(o.reasons[0], /CORS/);
          figures.errorsShown++;
        }
        figures.faults++;
        const allowed = await load(q, `${second!.origin}/feed-cors.json`);
        for (const o of allowed) assert.equal(o.viewState, 'ready', `CORS allowed <${o.tag}>`);
        // Chromium logs the refused CORS request itself; nothing else may be logged.
        q.foreignRequests.splice(0, q.foreignRequests.length, ...q.foreignRequests.filter((u) => !u.startsWith(second!.origin)));
        await clean(q);
      } finally {
        await q.close();
      }
    });

    test('offline, then online again: the error state, and retry loads the feed', async () => {
      const ctx = p.page.context();
      await ctx.setOffline(true);
      let out: Outcome[];
      try {
        out = await load(p, '/net/feed.json?offline=1');
      } finally {
        await ctx.setOffline(false);
      }
      expectError(out, 'network', /could not be loaded/, /No answer/);
      const states = await p.page.evaluate(async () => {
        const hp = (window as unknown as { __hp: Hp }).__hp;
        const els = [...document.querySelectorAll<HTMLElement & { viewState: string }>('#stage > *')];
        for (const el of els) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await new Promise((r) => setTimeout(r, 50));
        await Promise.all(els.map((el) => hp.settled(el)));
        return els.map((el) => el.viewState);
      });
      assert.deepEqual(states, ['ready', 'ready', 'ready', 'ready']);
      figures.recovered++;
      await clean(p);
    });

    test('a flaky server (502, then fine): retry asks again and shows the feed', async () => {
      flaky = 0;
      const out = await load(p, '/net/flaky', {}, ['press-release-list']);
      assert.equal(out[0].viewState, 'error');
      const state = await p.page.evaluate(async () => {
        const hp = (window as unknown as { __hp: Hp }).__hp;
        const el = document.querySelector<HTMLElement & { viewState: string }>('#stage > *')!;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
        await new Promise((r) => setTimeout(r, 50));
        await hp.settled(el);
        return el.viewState;
      });
      assert.equal(state, 'ready');
      figures.faults++;
      figures.recovered++;
      await clean(p);
    });

    test('src changed 50 times in a row: only the last feed shows, one feed-load, and every earlier request that reached the server was aborted', async () => {
      const before = conns.length;
      const result = await p.page.evaluate(async () => {
        const hp = (window as unknown as { __hp: Hp }).__hp;
        const stage = document.getElementById('stage')!;
        stage.replaceChildren();
        const el = document.createElement('press-release-list') as HTMLElement & { viewState: string };
        const loads: string[] = [];
        el.addEventListener('feed-load', (e) => loads.push(String((e as CustomEvent).detail.url)));
        stage.append(el);
        for (let i = 0; i < 50; i++) {
          el.setAttribute('src', `/net/slow?n=${i}`);
          await new Promise((r) => setTimeout(r, 4));
        }
        await new Promise((r) => setTimeout(r, 100));
        await hp.settled(el);
        // Wait past the time every earlier answer would have arrived: none may replace the last.
        await new Promise((r) => setTimeout(r, 900));
        return { loads, title: el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim(), state: el.viewState };
      });
      assert.equal(result.state, 'ready');
      assert.equal(result.title, 'Feed 49');
      assert.equal(result.loads.length, 1, `feed-load events: ${result.loads.join(', ')}`);
      assert.match(result.loads[0], /n=49$/);
      const reached = conns.slice(before).filter((c) => c.path.startsWith('/net/slow'));
      const earlier = reached.filter((c) => !c.path.endsWith('n=49'));
      await waitFor(() => earlier.every((c) => c.closedEarly || c.done));
      const answered = earlier.filter((c) => c.done);
      assert.deepEqual(answered.map((c) => c.path), [], 'no earlier request got its answer: all were aborted');
      figures.aborted += earlier.length;
      figures.faults++;
      record(mode, ROW, { 'src changed 50 times': `${reached.length} requests reached the server (the browser queues the rest); ${earlier.length} earlier ones aborted, 1 feed-load` });
      await clean(p);
    });

    test('an element removed mid-load: no error, no event, and the server sees the request aborted', async () => {
      const before = conns.length;
      await p.page.evaluate(() => {
        const stage = document.getElementById('stage')!;
        stage.replaceChildren();
        for (const tag of ['press-release-list', 'wage-gap-gauge', 'incident-timeline', 'action-map']) {
          const el = document.createElement(tag);
          el.addEventListener('feed-error', () => ((window as unknown as { __removedErrors: number }).__removedErrors = 1));
          el.setAttribute('src', '/net/hang?case=removed');
          stage.append(el);
        }
      });
      assert.ok(await waitFor(() => conns.slice(before).some((c) => c.path.includes('case=removed'))), 'the request reached the server');
      await p.page.evaluate(() => document.getElementById('stage')!.replaceChildren());
      assert.ok(await waitFor(() => conns.slice(before).filter((c) => c.path.includes('case=removed')).every((c) => c.closedEarly)), 'the server saw the request aborted');
      await p.page.waitForTimeout(300);
      assert.equal(await p.page.evaluate(() => (window as unknown as { __removedErrors?: number }).__removedErrors), undefined, 'no feed-error');
      figures.aborted++;
      figures.faults++;
      await clean(p);
      assert.deepEqual(foreign(), []);
    });
  });
}
