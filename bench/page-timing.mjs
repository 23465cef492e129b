// When does a reader see the content? Measured in the page itself: a script installed before the
// page's own scripts (Playwright's addInitScript) records `performance.now()` at the second animation
// frame after the content is in the DOM, i.e. once the frame showing it has been painted. Measuring
// in the page keeps the harness's round trips to the browser (tens of milliseconds on a loaded
// machine, and not the same for every kind of page) out of every figure.

/**
 * The tag an element page loads the library with. By default as the README's embed shows it: `defer`,
 * so the script runs once the page is parsed (the WordPress plugin's footer script runs at the same
 * point). `blocking: true` gives a plain `<script src>` in the head, which runs before the body is
 * parsed: the element then upgrades while its inline feed is still arriving, draws its loading state,
 * and reads the feed at DOMContentLoaded. Pages that load scripts that way are measured beside.
 * @param {string} src
 * @param {{ blocking?: boolean }} [opts]
 */
export const scriptTag = (src, { blocking = false } = {}) => `<script src="${src}"${blocking ? '' : ' defer'}></script>`;

/**
 * What "the content is in the DOM" means for each kind of page:
 * - `static`: the document has been parsed (DOMContentLoaded);
 * - `element`: a library element dispatched `feed-load` (it fires once the view is rendered) —
 *   `feed-error` ends the wait with an error;
 * - `marker`: an `<action-map>` shows at least one marker (checked at every frame);
 * - `page`: the page sets `window.__bench` itself (TimelineJS, Leaflet).
 * @typedef {'static' | 'element' | 'marker' | 'page'} ContentKind
 */

/** @param {ContentKind} kind */
function installMark(kind) {
  // The scripts fetched before the content was in the DOM: what the first render waited for. Read
  // after the time is taken, so the reading costs the figure nothing.
  const scripts = (before) => {
    window.__benchScripts ??= performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= before && /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  };
  const done = () => {
    const inDom = performance.now();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.__bench ??= performance.now();
        scripts(inDom);
      }),
    );
  };
  if (kind === 'static') document.addEventListener('DOMContentLoaded', done);
  if (kind === 'element') {
    document.addEventListener('feed-load', done, true);
    document.addEventListener('feed-error', (e) => (window.__bench ??= `feed-error: ${e.detail?.code}: ${e.detail?.reason}`), true);
  }
  if (kind === 'marker') {
    // The frame whose callback first sees a marker paints it; one more frame, as for the others.
    const look = () => {
      if (document.querySelector('action-map')?.shadowRoot?.querySelector('.marker')) {
        requestAnimationFrame(() => (window.__bench ??= performance.now()));
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }
}

/**
 * Opens `url` in a new page of `context` and resolves with the in-page time (ms since navigation
 * start) at which its content was painted; `extra` runs in the page afterwards and its result is
 * returned beside (for example, how many markers were drawn).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {ContentKind} kind
 * @param {string} [extra] an expression evaluated in the page once the content is painted
 * @returns {Promise<{ t: number, scripts: string[], extra?: unknown }>}
 */
export async function timeToContent(context, url, kind, extra) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installMark, kind);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 120_000, polling: 20 });
    const t = await page.evaluate(() => window.__bench);
    if (typeof t !== 'number') throw new Error(`${url}: ${t}`);
    const scripts = (await page.evaluate(() => window.__benchScripts)) ?? [];
    return { t, scripts, extra: extra ? await page.evaluate(extra) : undefined };
  } finally {
    await page.close();
  }
}
