/**
 * End-to-end harness: a partner page served on 127.0.0.1 under the strict CSP a careful NGO site
 * sends, with the built dist/ — driven by playwright-core in Debian's Chromium. It records the three
 * things that must never happen on a partner's site: CSP violations, console errors, and requests to
 * any other origin.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain ESM helper without types
import { startServer, STRICT_CSP } from '../../scripts/static-server.mjs';
// @ts-expect-error plain ESM helper without types
import { requireChromium, chromiumArgs } from '../../scripts/chromium.mjs';

export { STRICT_CSP };

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

export interface PartnerPage {
  page: Page;
  /** Origin of the partner site, e.g. http://127.0.0.1:41234 */
  origin: string;
  url: string;
  violations: CspViolation[];
  consoleErrors: string[];
  /** Every request the page made to an origin other than its own. */
  foreignRequests: string[];
  /** Every request the page made. */
  requests: string[];
  close(): Promise<void>;
}

export interface PartnerPageOptions {
  /** HTML placed in <body>. */
  body: string;
  /** Extra HTML placed in <head> after the library's script tag. */
  head?: string;
  /** How the page loads the library: the IIFE script tag (default), the ESM all-in-one, or nothing. */
  script?: 'iife' | 'module' | 'none';
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** Page language. */
  lang?: string;
  /** Content-Security-Policy header of the page; the strict one by default. */
  csp?: string | null;
  /** Extra routes (e.g. a slow or failing feed); return true when handled. */
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

let browserPromise: Promise<Browser> | undefined;

/** One Chromium for the whole test file; closed by `closeBrowser()` in an `after` hook. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: requireChromium(), args: chromiumArgs, headless: true });
  return browserPromise;
}

export async function closeBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const MOUNTS = {
  '/dist/': 'dist',
  '/static/sw/': 'dist',
  '/examples/': 'examples',
  '/test/fixtures/': 'test/fixtures',
};

function pageHtml(o: PartnerPageOptions): string {
  const script =
    o.script === 'none'
      ? ''
      : o.script === 'module'
        ? '<script type="module" src="/dist/all.js"></script>'
        : '<script src="/dist/solidarity-widgets.iife.js" defer></script>';
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>
${script}
${o.head ?? ''}
</head>
<body>
${o.body}
</body>
</html>`;
}

export async function openPartnerPage(o: PartnerPageOptions): Promise<PartnerPage> {
  const html = pageHtml(o);
  const srv = await startServer({
    root: ROOT,
    mounts: MOUNTS,
    csp: o.csp === undefined ? STRICT_CSP : o.csp,
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      if (o.handle && (await o.handle(req, res))) return true;
      if (req.url === '/' || req.url?.startsWith('/?')) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(html);
        return true;
      }
      return false;
    },
  });
  const result = await openRecordedPage(`${srv.origin}/`, {
    javaScriptEnabled: o.javaScriptEnabled,
    viewport: o.viewport,
    onClose: () => srv.close(),
  });
  return result;
}

export interface RecordedPageOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** Called after the browser context closes (e.g. to stop the server). */
  onClose?: () => Promise<unknown>;
}

/**
 * Opens `url` in a fresh context, recording CSP violations, console errors and every request to an
 * origin other than the page's (answered locally with 204, so nothing leaves the machine).
 */
export async function openRecordedPage(url: string, o: RecordedPageOptions = {}): Promise<PartnerPage> {
  const origin = new URL(url).origin;
  const browser = await getBrowser();
  const context = await browser.newContext({
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: o.viewport ?? { width: 1024, height: 768 },
  });
  const page = await context.newPage();
  const result: PartnerPage = {
    page,
    origin,
    url,
    violations: [],
    consoleErrors: [],
    foreignRequests: [],
    requests: [],
    close: async () => {
      await context.close();
      await o.onClose?.();
    },
  };
  await page.exposeBinding('__swReportViolation', (_source, v: CspViolation) => {
    result.violations.push(v);
  });
  // Listen before any page script runs; the init script itself is exempt from the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __swReportViolation(v: unknown): void }).__swReportViolation({
        directive: e.violatedDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') result.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => result.consoleErrors.push(`Uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    result.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      result.foreignRequests.push(url);
    }
  });
  // A foreign request must never leave this machine: answer it here, after recording it.
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.fulfill({ status: 204, body: '' }),
  );
  await page.goto(url, { waitUntil: 'load' });
  return result;
}

/** Fails on any CSP violation, console error or request to another origin. */
export function assertClean(p: PartnerPage): void {
  assert.deepEqual(p.violations, [], `CSP violations: ${JSON.stringify(p.violations)}`);
  assert.deepEqual(p.consoleErrors, [], `console errors: ${p.consoleErrors.join(' | ')}`);
  assert.deepEqual(p.foreignRequests, [], `requests to other origins: ${p.foreignRequests.join(', ')}`);
}

/** Waits until `selector` (a custom element) has rendered its ready view. */
export async function waitForReady(page: Page, selector: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel) as (HTMLElement & { state?: string }) | null;
      return !!el && !!el.shadowRoot && el.state !== 'loading' && !el.shadowRoot.querySelector('[aria-busy="true"]');
    },
    selector,
    { timeout },
  );
}
