// Bench plug-in for <incident-timeline> (issue 8): first render at 100 / 1,000 / 5,000 incidents vs the
// same list as static HTML; TimelineJS (the npm package, served locally) on the same 1,000 events; and
// frame times while smoothly scrolling 10,000 events.
import { makeIncidentFeed } from '../../test/fixtures/incident-timeline/make-feed.mjs';
import { timeToContent, scriptTag } from '../page-timing.mjs';

// Every page here, ours and TimelineJS's, starts as the main table's pages do (bench/run.mjs): a real
// page declares its character set and its viewport.
const HEAD = '<meta charset="utf-8"><meta name="viewport" content="width=device-width">';

/** A page with one `<incident-timeline>` holding `feed` inline, loading `script` (see `scriptTag`). */
const elementPage = (feed, script, opts) =>
  `<!doctype html><html lang="en"><head>${HEAD}${scriptTag(script, opts)}</head>
<body><incident-timeline><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script></incident-timeline></body></html>`;
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KIND = { strike: 'Strike', protest: 'Protest', violence: 'Violence', killing: 'Killing', arrest: 'Arrest', court: 'Court', dismissal: 'Dismissal', migration: 'Migration', ban: 'Ban', other: 'Other' };
const Q = { exact: '', 'at-least': 'at least ', 'more-than': 'more than ', about: 'about ' };
const sortKey = (d) => (d.length === 4 ? `${d}-00-00` : d.length === 7 ? `${d}-00` : d);

function dateText(d) {
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  if (!day) return `${MONTHS[m - 1]} ${y}`;
  return `${day} ${MONTHS[m - 1]} ${y}`;
}

function sorted(feed) {
  return [...feed._campaign.incidents].sort((a, b) => (sortKey(a.date) < sortKey(b.date) ? -1 : sortKey(a.date) > sortKey(b.date) ? 1 : 0));
}

/** The same content the element shows, as plain semantic HTML: the baseline a page could serve. */
function staticHtml(feed) {
  const items = new Map(feed.items.map((i) => [i.id, i]));
  const out = [`<h2>${esc(feed.title)}</h2><p>${feed._campaign.incidents.length} incidents</p><ol>`];
  let year = '';
  let month = '';
  for (const e of sorted(feed)) {
    const y = e.date.slice(0, 4);
    const m = e.date.length > 4 ? e.date.slice(0, 7) : y;
    if (y !== year) {
      if (year) out.push('</ol></li></ol></li>');
      out.push(`<li><h3>${y}</h3><ol>`);
      year = y;
      month = '';
    }
    if (m !== month) {
      if (month) out.push('</ol></li>');
      out.push(`<li><h4>${esc(dateText(m))}</h4><ol>`);
      month = m;
    }
    const counts = ['deaths', 'injured', 'arrested', 'participants']
      .filter((k) => e[k])
      .map((k) => `<li>${Q[e[k].qualifier]}${e[k].value.toLocaleString('en-GB')} ${k === 'deaths' ? 'killed' : k === 'participants' ? 'people' : k}</li>`)
      .join('');
    const sources = e.sources
      .map((s) => {
        const it = items.get(s.item);
        return `<li><blockquote>${esc(s.quote)}</blockquote><cite><a href="${esc(it?.url)}">${esc(it?.title)}</a></cite></li>`;
      })
      .join('');
    out.push(
      `<li><p><time datetime="${e.date}">${esc(dateText(e.date))}${e.end ? ` – ${esc(dateText(e.end))}` : ''}</time> ${KIND[e.kind]}</p>` +
        `<h5>${esc(e.title)}</h5><p>${esc(e.place?.name)}</p>${counts ? `<ul>${counts}</ul>` : ''}` +
        `${e.description ? `<p>${esc(e.description)}</p>` : ''}<details><summary>Sources (${e.sources.length})</summary><ol>${sources}</ol></details></li>`,
    );
  }
  if (year) out.push('</ol></li></ol></li>');
  out.push('</ol>');
  return out.join('\n');
}

/** The same events as a TimelineJS document. */
function toTimelineJs(feed) {
  return {
    events: sorted(feed).map((e) => {
      const [year, month, day] = e.date.split('-');
      const ev = {
        unique_id: e.id,
        start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
        text: { headline: e.title, text: e.description ?? '' },
        group: KIND[e.kind],
      };
      if (e.end) {
        const [y2, m2, d2] = e.end.split('-');
        ev.end_date = { year: y2, month: m2, day: d2 };
      }
      return ev;
    }),
  };
}

/**
 * TimelineJS vs the element on the same 1,000 events: time from navigation to the frame showing them,
 * both measured in the page. TimelineJS is loaded and created as its docs show (its script in the head,
 * then `new TL.Timeline` as the page is parsed) and counts as shown two frames after its "loaded" event.
 * The element is loaded as our README shows (`defer`) and, beside it, with its script blocking in the
 * head.
 */
async function timelineJsComparison({ context, baseUrl, pages, median, script }) {
  const n = 1000;
  const feed = makeIncidentFeed(n);
  const tl = JSON.stringify(toTimelineJs(feed)).replace(/</g, '\\u003c');
  pages.set(
    '/__bench/it-tljs/timelinejs',
    `<!doctype html><html lang="en"><head>${HEAD}
<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body><div id="tl" style="width:1280px;height:650px"></div>
<script>
const t = new TL.Timeline('tl', ${tl}, { script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, hash_bookmark: false, language: 'en' });
t.on('loaded', () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench ??= performance.now(); })));
</script></body></html>`,
  );
  pages.set('/__bench/it-tljs/element', elementPage(feed, script));
  pages.set('/__bench/it-tljs/blocking', elementPage(feed, script, { blocking: true }));
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  const a = [];
  const b = [];
  const c = [];
  await timeToContent(context, `${baseUrl}/__bench/it-tljs/timelinejs`, 'page'); // warm caches
  await timeToContent(context, `${baseUrl}/__bench/it-tljs/element`, 'element');
  await timeToContent(context, `${baseUrl}/__bench/it-tljs/blocking`, 'element');
  // The order alternates, so neither page is always the one measured while the other's tab closes.
  const timeline = async () => a.push((await timeToContent(context, `${baseUrl}/__bench/it-tljs/timelinejs`, 'page')).t);
  const element = async () => b.push((await timeToContent(context, `${baseUrl}/__bench/it-tljs/element`, 'element')).t);
  const blocking = async () => c.push((await timeToContent(context, `${baseUrl}/__bench/it-tljs/blocking`, 'element')).t);
  for (let i = 0; i < runs; i++) {
    if (i % 2) await element().then(blocking).then(timeline);
    else await timeline().then(blocking).then(element);
  }
  const tlMs = median(a);
  const elMs = median(b);
  const blMs = median(c);
  // Each run loads the pages back to back, so its own ratio is free of the machine's drift over the
  // minutes the comparison takes; their spread shows how far one figure can be trusted.
  const perRun = a.map((t, i) => t / b[i]).sort((x, y) => x - y);
  const q = (p) => perRun[Math.min(perRun.length - 1, Math.floor(p * perRun.length))];
  return [
    { name: `TimelineJS 3 first render, ${n} events (median of ${runs})`, value: tlMs, unit: 'ms' },
    { name: `<incident-timeline> first render, same ${n} events (script with defer, as the README shows)`, value: elMs, unit: 'ms' },
    { name: 'TimelineJS time ÷ ours', value: `${(tlMs / elMs).toFixed(1)}×`, goal: '≥ 10×' },
    { name: 'TimelineJS time ÷ ours, run by run: median (quartiles)', value: `${median(perRun).toFixed(1)}× (${q(0.25).toFixed(1)}–${q(0.75).toFixed(1)}×)` },
    { name: `<incident-timeline> first render, its script blocking in the head`, value: blMs, unit: 'ms' },
    { name: 'TimelineJS time ÷ ours, script blocking in the head', value: `${(tlMs / blMs).toFixed(1)}×` },
  ];
}

/**
 * Smoothness while the page smoothly scrolls through 10,000 events. Two views of the same runs:
 * - main-thread work per frame, from a Chromium trace: the time the renderer's main thread spent in
 *   tasks between two frames it began (`BeginMainThreadFrame`). Under 16 ms, a frame never waits for
 *   the element: this is the figure the goal is about.
 * - the interval between `requestAnimationFrame` callbacks: it cannot go below the display's refresh
 *   interval (16.7 ms at 60 Hz); intervals over 1.5 refresh intervals are frames the reader missed.
 */
async function scrollFrames({ browser, context, baseUrl, pages, median, script }) {
  const n = 10_000;
  const feed = makeIncidentFeed(n);
  pages.set('/__bench/it-scroll/element', elementPage(feed, script));
  const ready = `(async () => {
    await customElements.whenDefined('incident-timeline');
    const el = document.querySelector('incident-timeline');
    while (el.state !== 'ready') { await el.updateComplete; await new Promise((r) => setTimeout(r, 0)); }
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
  })()`;
  const scroll = `(async () => {
    const el = document.querySelector('incident-timeline');
    const deltas = [];
    let last = 0;
    let running = true;
    let maxRows = 0;
    const loop = (t) => {
      if (last) deltas.push(t - last);
      last = t;
      maxRows = Math.max(maxRows, el.shadowRoot.querySelectorAll('li.event').length);
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    // A reader flicking through the list: a smooth scroll of a few screens every quarter second.
    const start = scrollY;
    for (let i = 0; i < 24; i++) {
      window.scrollBy({ top: 2400, behavior: 'smooth' });
      await new Promise((r) => setTimeout(r, 250));
    }
    running = false;
    return { deltas, distance: scrollY - start, maxRows, height: el.getBoundingClientRect().height };
  })()`;
  const q = (xs, p) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))];
  };
  const runs = [];
  const memory = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/__bench/it-scroll/element`, { waitUntil: 'load' });
      await page.evaluate(ready);
      // What the page holds once the timeline is shown: JS heap after a full collection, DOM nodes.
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      memory.push({ heap: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes') });
      await cdp.detach();
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
      const r = await page.evaluate(scroll);
      const events = JSON.parse(String(await browser.stopTracing())).traceEvents;
      const work = mainThreadWorkPerFrame(events);
      const refresh = median(r.deltas);
      runs.push({
        workP95: q(work, 0.95),
        workMax: Math.max(...work),
        frames: work.length,
        p95: q(r.deltas, 0.95),
        refresh,
        missed: r.deltas.filter((d) => d > 1.5 * refresh).length,
        intervals: r.deltas.length,
        distance: r.distance,
        height: r.height,
        maxRows: r.maxRows,
      });
    } finally {
      await page.close();
    }
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  const ms = (v) => `${v.toFixed(1)} ms`;
  return [
    { name: `scrolling ${n.toLocaleString('en-GB')} events: main-thread work per frame, p95 (median of ${runs.length} runs, ${pick('frames')} frames each)`, value: ms(pick('workP95')), goal: '< 16 ms' },
    { name: 'scrolling: main-thread work in the busiest frame', value: ms(pick('workMax')) },
    { name: 'scrolling: requestAnimationFrame interval, p95 (the display refreshes every ≈16.7 ms)', value: ms(pick('p95')) },
    { name: 'scrolling: frames missed (interval over 1.5 refreshes)', value: `${pick('missed')} of ${pick('intervals')}` },
    { name: 'scrolling: distance covered', value: `${Math.round(pick('distance')).toLocaleString('en-GB')} of ${Math.round(pick('height')).toLocaleString('en-GB')}`, unit: 'px' },
    { name: 'scrolling: most events in the DOM at once', value: pick('maxRows') },
    { name: `memory with ${n.toLocaleString('en-GB')} events shown: JS heap after garbage collection`, value: `${median(memory.map((m) => m.heap)).toFixed(1)} MB` },
    { name: `memory with ${n.toLocaleString('en-GB')} events shown: DOM nodes in the page`, value: median(memory.map((m) => m.nodes)) },
  ];
}

/**
 * Busy time of the renderer's main thread in each frame interval of a trace: the summed durations of
 * its top-level tasks that start between two `BeginMainThreadFrame`s.
 */
function mainThreadWorkPerFrame(events) {
  const begins = events.filter((e) => e.name === 'BeginMainThreadFrame');
  const main = begins[0] ? { pid: begins[0].pid, tid: begins[0].tid } : null;
  if (!main) return [0];
  const frames = begins.filter((e) => e.pid === main.pid && e.tid === main.tid).map((e) => e.ts).sort((a, b) => a - b);
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const busy = new Array(Math.max(1, frames.length - 1)).fill(0);
  let f = 0;
  for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
    while (f + 1 < frames.length - 1 && t.ts >= frames[f + 1]) f++;
    if (t.ts >= frames[0] && t.ts < frames[frames.length - 1]) busy[f] += t.dur / 1000;
  }
  return busy;
}

/**
 * The floor under the N = 100 figure: the same page with a feed that has no incidents, so the element
 * renders only its empty state. What is left is the cost of the script tag itself (the element's own
 * IIFE, or the plug-in's `script`), which no element can go below.
 */
async function floor({ context, baseUrl, pages, median, script }) {
  const feed = makeIncidentFeed(100);
  const empty = { ...feed, _campaign: { ...feed._campaign, incidents: [] } };
  pages.set('/__bench/it-floor/static', `<!doctype html><html lang="en"><head>${HEAD}</head><body>${staticHtml(feed)}</body></html>`);
  pages.set('/__bench/it-floor/empty', elementPage(empty, script));
  const a = [];
  const b = [];
  await timeToContent(context, `${baseUrl}/__bench/it-floor/empty`, 'element');
  for (let i = 0; i < 5; i++) {
    a.push((await timeToContent(context, `${baseUrl}/__bench/it-floor/static`, 'static')).t);
    b.push((await timeToContent(context, `${baseUrl}/__bench/it-floor/empty`, 'element')).t);
  }
  return [
    {
      name: 'floor at N=100: script tag + element with nothing to show, ÷ static HTML of 100 incidents',
      value: `${(median(b) / median(a)).toFixed(2)}×`,
    },
  ];
}

export default {
  tag: 'incident-timeline',
  sizes: [100, 1000, 5000],
  coldGoal: (n) => (n === 100 ? '≤ 1.2×' : n === 1000 ? '≤ 0.8×' : ''),
  coldFlat: '≤ 2×',
  makeFeed: makeIncidentFeed,
  staticHtml,
  attributes: '',
  script: 'iife/incident-timeline.js',
  extra: async ({ script = '/dist/solidarity-widgets.iife.js', ...ctx }) => [...(await floor({ ...ctx, script })), ...(await timelineJsComparison({ ...ctx, script })), ...(await scrollFrames({ ...ctx, script }))],
};
