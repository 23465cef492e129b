// Bench plug-in for <press-release-list>.
// Main table: the element reading N press releases (inline JSON) and showing its first page, against
// a static HTML page listing the same N entries (what a partner's archive page is without the element).
// Extra figures:
// - the same element against a static page of only what it shows first (ten entries, year links,
//   a pager): the lower bound, since that page carries none of the other entries' data;
// - search over 10,000 items: median ms per keystroke (filter + re-render + layout), goal < 16 ms,
//   and the first keystroke straight after load (before the search text has been folded in idle time).
import { makeReleaseFeed } from '../../test/fixtures/press-release-list/make-feed.mjs';
import { scriptTag } from '../page-timing.mjs';

const TAG = 'press-release-list';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGE_SIZE = 10;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function statedDate(item) {
  const p = item._source?.date_precision ?? 'day';
  const d = item.date_published.slice(0, 10);
  return p === 'year' ? d.slice(0, 4) : p === 'month' ? d.slice(0, 7) : d;
}

function dateText(date) {
  const [y, m, d] = date.split('-').map(Number);
  return date.length === 4 ? `${y}` : date.length === 7 ? `${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

function shortText(item) {
  if (item.summary) return item.summary;
  const t = item.content_text.replace(/\s+/g, ' ').trim();
  if (t.length <= 300) return t;
  return `${t.slice(0, t.lastIndexOf(' ', 300)).replace(/[\s,;:.]+$/, '')}…`;
}

/** One entry as plain semantic HTML: what the element shows for it. */
function entryHtml(item) {
  const date = statedDate(item);
  const title = item.url ? `<a href="${esc(item.url)}">${esc(item.title)}</a>` : esc(item.title);
  return `<li><article><h3>${title}</h3><p><time datetime="${date}">${dateText(date)}</time> · ${esc(item._source.publisher)}</p>
<p>${esc(shortText(item))}</p><ul>${item.tags.map((t) => `<li>${esc(t)}</li>`).join('')}</ul></article></li>`;
}

function sorted(feed) {
  return [...feed.items].sort((a, b) => (a.date_published < b.date_published ? 1 : -1));
}

function yearLinks(items) {
  const years = [...new Set(items.map((i) => i.date_published.slice(0, 4)))];
  return `<nav aria-label="Years"><a href="?">All years</a> ${years.map((y) => `<a href="?year=${y}">${y}</a>`).join(' ')}</nav>`;
}

/** Every entry of the feed, newest first, as one static page. */
function staticHtml(feed) {
  const items = sorted(feed);
  return `<main><h2>Press releases</h2>${yearLinks(items)}
<form role="search"><label for="q">Search releases</label> <input id="q" type="search"></form>
<p>${items.length} releases</p><ol>${items.map(entryHtml).join('\n')}</ol></main>`;
}

/** Only what the element shows at first: the first page, year links and a pager. */
function firstPageHtml(feed) {
  const items = sorted(feed);
  const pages = Math.ceil(items.length / PAGE_SIZE);
  return `<main><h2>Press releases</h2>${yearLinks(items)}
<form role="search"><label for="q">Search releases</label> <input id="q" type="search"></form>
<p>${items.length} releases</p><ol>${items.slice(0, PAGE_SIZE).map(entryHtml).join('\n')}</ol>
<nav aria-label="Pages"><a href="?page=1" aria-current="page">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> … <a href="?page=${pages}">${pages}</a> <a href="?page=2">Next</a></nav></main>`;
}

const doc = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;
const elementPage = (feed, script) =>
  doc(
    `<${TAG} heading="Press releases"><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script></${TAG}>`,
    scriptTag(script),
  );

const STATIC_DONE = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))));
const ELEMENT_DONE = async () => {
  await customElements.whenDefined('press-release-list');
  const el = document.querySelector('press-release-list');
  while (el.state !== 'ready') {
    if (el.state === 'error') throw new Error('feed error');
    await new Promise((r) => setTimeout(r, 0));
  }
  await el.updateComplete;
  return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))));
};

async function timeTo(context, url, done) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(done);
  await page.close();
  return ms;
}

/** Types `phrase` into the list's search one character at a time (through `query`, no debounce). */
const TYPE_SEARCH = async (phrase) => {
  await customElements.whenDefined('press-release-list');
  const el = document.querySelector('press-release-list');
  while (el.state !== 'ready') await new Promise((r) => setTimeout(r, 5));
  await el.updateComplete;
  const keystroke = async (q) => {
    const t = performance.now();
    el.query = q;
    await el.updateComplete;
    void el.shadowRoot.querySelector('.panel')?.getBoundingClientRect(); // layout included
    return performance.now() - t;
  };
  const first = await keystroke(phrase[0]);
  await keystroke('');
  // Let the idle-time folding of the search text finish, as it does while a reader looks at page 1.
  await new Promise((r) => setTimeout(r, 2000));
  const times = [];
  for (let i = 1; i <= phrase.length; i++) times.push(await keystroke(phrase.slice(0, i)));
  return { first, times, found: el.shadowRoot.querySelectorAll('ol.items > li').length };
};

export default {
  tag: TAG,
  /** The script the element pages load, relative to dist/ (the runner also measures the all-in-one). */
  script: 'iife/press-release-list.js',
  sizes: [100, 1000, 5000],
  coldGoal: (n) => (n === 100 ? '≤ 1.2×' : n === 1000 ? '≤ 0.8×' : ''),
  coldFlat: '≤ 2×',
  goal: '≤ 1.2×',
  makeFeed: makeReleaseFeed,
  staticHtml,
  attributes: 'heading="Press releases"',
  async extra({ context, baseUrl, pages, median, script = '/dist/solidarity-widgets.iife.js' }) {
    const out = [];
    for (const n of [1000, 5000]) {
      const feed = makeReleaseFeed(n);
      pages.set(`/__bench/prl-first-page-${n}/static`, doc(firstPageHtml(feed)));
      pages.set(`/__bench/prl-first-page-${n}/element`, elementPage(feed, script));
      const s = [];
      const e = [];
      await timeTo(context, `${baseUrl}/__bench/prl-first-page-${n}/element`, ELEMENT_DONE);
      for (let i = 0; i < RUNS; i++) {
        s.push(await timeTo(context, `${baseUrl}/__bench/prl-first-page-${n}/static`, STATIC_DONE));
        e.push(await timeTo(context, `${baseUrl}/__bench/prl-first-page-${n}/element`, ELEMENT_DONE));
      }
      out.push({ name: `N=${n}: element ${median(e).toFixed(0)} ms vs static first page only ${median(s).toFixed(0)} ms`, value: median(e) / median(s), unit: '×' });
    }

    const big = makeReleaseFeed(10_000);
    pages.set('/__bench/prl-search/element', elementPage(big, script));
    const firsts = [];
    const all = [];
    let found = 0;
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/__bench/prl-search/element`, { waitUntil: 'load' });
      const r = await page.evaluate(TYPE_SEARCH, 'migrant workers reference 9999');
      await page.close();
      firsts.push(r.first);
      all.push(...r.times);
      found = r.found;
    }
    out.push({ name: `search 10,000 items: median per keystroke (${all.length} keystrokes, ${found} found)`, value: median(all), unit: 'ms', goal: '< 16 ms' });
    out.push({ name: 'search 10,000 items: slowest keystroke', value: Math.max(...all), unit: 'ms' });
    out.push({ name: 'search 10,000 items: first keystroke right after load', value: median(firsts), unit: 'ms' });
    return out;
  },
};
