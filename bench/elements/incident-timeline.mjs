// Bench plug-in for <incident-timeline> (issue 8): first render at 100 / 1,000 / 5,000 incidents vs the
// same list as static HTML; TimelineJS (the npm package, served locally) on the same 1,000 events; and
// frame times while smoothly scrolling 10,000 events.
import { makeIncidentFeed } from '../../test/fixtures/incident-timeline/make-feed.mjs';

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

const readyFrame = `new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))))`;

async function timePage(context, url, script) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(script);
  } finally {
    await page.close();
  }
}

/** TimelineJS vs the element on the same 1,000 events: time from navigation to the first frame showing them. */
async function timelineJsComparison({ context, baseUrl, pages, median, script }) {
  const n = 1000;
  const feed = makeIncidentFeed(n);
  const tl = JSON.stringify(toTimelineJs(feed)).replace(/</g, '\\u003c');
  pages.set(
    '/__bench/it-tljs/timelinejs',
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body><div id="tl" style="width:1280px;height:650px"></div>
<script>window.__tlData = ${tl};</script></body></html>`,
  );
  pages.set(
    '/__bench/it-tljs/element',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${script}"></script></head>
<body><incident-timeline><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script></incident-timeline></body></html>`,
  );
  const tlDone = new Function(`return new Promise((ok, fail) => {
    const t = new TL.Timeline('tl', window.__tlData, {
      script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, hash_bookmark: false, language: 'en',
    });
    const timer = setTimeout(() => fail(new Error('TimelineJS never said "loaded"')), 60000);
    t.on('loaded', () => { clearTimeout(timer); ${readyFrame}.then(ok); });
  })`);
  const elDone = new Function(`return (async () => {
    await customElements.whenDefined('incident-timeline');
    const el = document.querySelector('incident-timeline');
    while (el.state !== 'ready') { await el.updateComplete; if (el.state === 'error') throw new Error('feed error'); await new Promise((r) => setTimeout(r, 0)); }
    await el.updateComplete;
    return ${readyFrame};
  })()`);
  const runs = 5;
  const a = [];
  const b = [];
  await timePage(context, `${baseUrl}/__bench/it-tljs/timelinejs`, tlDone); // warm caches
  await timePage(context, `${baseUrl}/__bench/it-tljs/element`, elDone);
  for (let i = 0; i < runs; i++) {
    a.push(await timePage(context, `${baseUrl}/__bench/it-tljs/timelinejs`, tlDone));
    b.push(await timePage(context, `${baseUrl}/__bench/it-tljs/element`, elDone));
  }
  const tlMs = median(a);
  const elMs = median(b);
  return [
    { name: `TimelineJS 3 first render, ${n} events (median of ${runs})`, value: tlMs, unit: 'ms' },
    { name: `<incident-timeline> first render, same ${n} events`, value: elMs, unit: 'ms' },
    { name: 'TimelineJS time ÷ ours', value: `${(tlMs / elMs).toFixed(1)}×`, goal: '≥ 10×' },
  ];
}

/** Frame times (requestAnimationFrame deltas) while the page smoothly scrolls through 10,000 events. */
async function scrollFrames({ context, baseUrl, pages, median, script }) {
  const n = 10_000;
  const feed = makeIncidentFeed(n);
  pages.set(
    '/__bench/it-scroll/element',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${script}"></script></head>
<body><incident-timeline><script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script></incident-timeline></body></html>`,
  );
  const measure = new Function(`return (async () => {
    await customElements.whenDefined('incident-timeline');
    const el = document.querySelector('incident-timeline');
    while (el.state !== 'ready') { await el.updateComplete; await new Promise((r) => setTimeout(r, 0)); }
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
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
    const s = [...deltas].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
    return { p95: q(0.95), p50: q(0.5), max: s[s.length - 1], frames: s.length, distance: scrollY - start, maxRows,
      height: el.getBoundingClientRect().height };
  })()`);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timePage(context, `${baseUrl}/__bench/it-scroll/element`, measure));
  const pick = (k) => median(runs.map((r) => r[k]));
  return [
    { name: `scrolling ${n.toLocaleString('en-GB')} events: p95 frame time (median of ${runs.length} runs, ${pick('frames')} frames each)`, value: pick('p95'), unit: 'ms', goal: '< 16.7 ms' },
    { name: 'scrolling: median frame time', value: pick('p50'), unit: 'ms' },
    { name: 'scrolling: longest frame', value: pick('max'), unit: 'ms' },
    { name: 'scrolling: distance covered', value: `${Math.round(pick('distance')).toLocaleString('en-GB')} of ${Math.round(pick('height')).toLocaleString('en-GB')}`, unit: 'px' },
    { name: 'scrolling: most events in the DOM at once', value: pick('maxRows') },
  ];
}

/**
 * The floor under the N = 100 figure: the same page with a feed that has no incidents, so the element
 * renders only its empty state. What is left is the cost of the script tag itself (the element's own
 * IIFE, or the plug-in's `script`), which no element can go below.
 */
async function floor({ context, baseUrl, pages, median, script }) {
  const feed = makeIncidentFeed(100);
  const empty = { ...feed, _campaign: { ...feed._campaign, incidents: [] } };
  pages.set('/__bench/it-floor/static', `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${staticHtml(feed)}</body></html>`);
  pages.set(
    '/__bench/it-floor/empty',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="${script}"></script></head>
<body><incident-timeline><script type="application/json">${JSON.stringify(empty)}</script></incident-timeline></body></html>`,
  );
  const staticDone = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))));
  const emptyDone = new Function(`return (async () => {
    await customElements.whenDefined('incident-timeline');
    const el = document.querySelector('incident-timeline');
    while (el.state !== 'ready') { await el.updateComplete; await new Promise((r) => setTimeout(r, 0)); }
    await el.updateComplete;
    return ${readyFrame};
  })()`);
  const a = [];
  const b = [];
  await timePage(context, `${baseUrl}/__bench/it-floor/empty`, emptyDone);
  for (let i = 0; i < 5; i++) {
    a.push(await timePage(context, `${baseUrl}/__bench/it-floor/static`, staticDone));
    b.push(await timePage(context, `${baseUrl}/__bench/it-floor/empty`, emptyDone));
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
  makeFeed: makeIncidentFeed,
  staticHtml,
  attributes: '',
  script: 'iife/incident-timeline.js',
  extra: async ({ script = '/dist/solidarity-widgets.iife.js', ...ctx }) => [...(await floor({ ...ctx, script })), ...(await timelineJsComparison({ ...ctx, script })), ...(await scrollFrames({ ...ctx, script }))],
};
