// Bench plug-in for <wage-gap-gauge>. The gauge is one figure, not a list, so two questions:
// 1. (main table) one gauge with `history` over a feed of N dated minimum wages — the sparkline is the
//    only part whose size grows with the feed — against the same content as static HTML;
// 2. (extra) N gauges on one page, each reading the campaign fixture by URL (one request, shared by the
//    runtime's cache), against N copies of the same figures as static HTML.

import { scriptTag } from '../page-timing.mjs';

const USD = (n) => `US$${Number.isInteger(n) ? n : n.toFixed(2)}`;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A valid feed with `n` dated monthly minimum wages (rising), the demand and the offer. */
function makeFeed(n) {
  const firstYear = 2024 - Math.ceil(n / 12);
  const quote = 'The minimum wage was raised again this month.';
  const wages = Array.from({ length: n }, (_, i) => {
    const y = firstYear + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, '0');
    return {
      id: `w-min-${i}`,
      amount: 40 + Math.round((i * 120) / Math.max(1, n)),
      currency: 'USD',
      period: 'month',
      role: 'minimum',
      country: 'KH',
      sector: 'garment',
      effective: `${y}-${m}`,
      sources: [{ item: 'report', quote }],
    };
  });
  const last = wages[wages.length - 1].effective;
  wages.push(
    { id: 'w-offer', amount: 170, currency: 'USD', period: 'month', role: 'offer', country: 'KH', sector: 'garment', effective: last, sources: [{ item: 'report', quote: 'The government offered US$170.' }] },
    { id: 'w-demand', amount: 320, currency: 'USD', period: 'month', role: 'demand', country: 'KH', sector: 'garment', effective: last, sources: [{ item: 'report', quote: 'Unions demand US$320 a month.' }] },
  );
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench campaign',
    items: [{ id: 'report', title: 'Wage report', url: 'https://example.org/report', date_published: '2024-01-01T00:00:00Z', _source: { file: 'report.md', publisher: 'Bench Union', date_precision: 'month' } }],
    _campaign: { schema: 1, generated: '2024-01-01T00:00:00Z', wages },
  };
}

/** What the gauge shows, written by hand as static semantic HTML with an inline SVG bar and sparkline. */
function gaugeHtml(feed, withHistory) {
  const wages = feed._campaign.wages;
  const minima = wages.filter((w) => w.role === 'minimum');
  const demand = wages.find((w) => w.role === 'demand');
  const offer = wages.find((w) => w.role === 'offer');
  // As the gauge does: the minimum in force when the demand was made.
  const min = minima.filter((w) => w.effective <= demand.effective).at(-1);
  const pct = Math.round((min.amount / demand.amount) * 100);
  const at = (a) => ((a / demand.amount) * 100).toFixed(2);
  const spark = withHistory
    ? `<figure><figcaption>Minimum wage over time</figcaption>
<svg width="100%" height="100" role="img" aria-label="Minimum wage over time"><svg viewBox="0 0 1000 100" preserveAspectRatio="none" width="100%" height="100">
<path fill="none" stroke="#a4161a" d="M${minima.map((w, i) => `${((i / minima.length) * 1000).toFixed(1)},${(92 - (w.amount / demand.amount) * 84).toFixed(1)}`).join('L')}"></path></svg>
${minima.map((w, i) => `<svg x="${((i / minima.length) * 100).toFixed(2)}%" y="${(92 - (w.amount / demand.amount) * 84).toFixed(1)}%" overflow="visible"><rect x="-3" y="-3" width="6" height="6"></rect></svg>`).join('')}
</svg>
<table><caption>Minimum wage over time</caption><tbody>${minima.map((w) => `<tr><th>${w.effective}</th><td>${USD(w.amount)}</td></tr>`).join('')}</tbody></table></figure>`
    : '';
  return `<figure>
<p><strong>The minimum wage covers ${pct}% of the workers' demand: ${USD(min.amount)} of ${USD(demand.amount)} a month.</strong></p>
<svg width="100%" height="60"><rect x="0" y="16" width="100%" height="18" fill="#eee"></rect><rect x="0" y="16" width="${at(min.amount)}%" height="18" fill="#a4161a"></rect>
<svg x="${at(min.amount)}%" y="25" overflow="visible"><path d="M-6,-6H6V6H-6Z"></path></svg><svg x="${at(offer.amount)}%" y="25" overflow="visible"><path d="M0,-8L7.5,5.5H-7.5Z"></path></svg><svg x="100%" y="25" overflow="visible"><path d="M0,-8.5L8.5,0L0,8.5L-8.5,0Z"></path></svg></svg>
<ul><li>Minimum wage ${USD(min.amount)} since ${min.effective}</li><li>Offer ${USD(offer.amount)}</li><li>Workers' demand ${USD(demand.amount)}</li></ul>
<p>The gap: ${USD(demand.amount - min.amount)} a month, ${100 - pct}% of the workers' demand.</p>
${spark}
<figcaption><ol>${[...new Set(wages.at(-3).sources.concat(offer.sources, demand.sources).map((s) => s.quote))].map((q) => `<li>“${esc(q)}” — <a href="https://example.org/report">Wage report</a>, Bench Union</li>`).join('')}</ol></figcaption>
</figure>`;
}

const doc = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body>${body}</body></html>`;

export default {
  tag: 'wage-gap-gauge',
  /** The script the element pages load, relative to dist/ (the runner also measures the all-in-one). */
  script: 'iife/wage-gap-gauge.js',
  /** Dated minimum wages in the feed (points of the sparkline). */
  sizes: [10, 100, 1000],
  makeFeed,
  staticHtml: (feed) => gaugeHtml(feed, true),
  attributes: 'history',
  goal: '≤ 1.5×',
  async extra({ context, baseUrl, pages, median, script = '/dist/solidarity-widgets.iife.js' }) {
    const RUNS = Number(process.env.BENCH_RUNS ?? 7);
    const { readFileSync } = await import('node:fs');
    const feed = JSON.parse(readFileSync(new URL('../../test/fixtures/campaign.json', import.meta.url), 'utf8'));
    const figures = [];
    const allDrawn = `(async () => {
      await customElements.whenDefined('wage-gap-gauge');
      const els = [...document.querySelectorAll('wage-gap-gauge')];
      while (!els.every((el) => el.state === 'ready' && el.shadowRoot.querySelector('.gauge'))) await new Promise((r) => setTimeout(r, 0));
      await Promise.all(els.map((el) => el.updateComplete));
      return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))));
    })()`;
    const staticDrawn = `new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(performance.now()))))`;
    const time = async (url, expr) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const ms = await page.evaluate(expr);
      await page.close();
      return ms;
    };
    for (const n of [1, 10, 100]) {
      const gauges = Array.from({ length: n }, () => '<wage-gap-gauge src="/test/fixtures/campaign.json"></wage-gap-gauge>').join('\n');
      pages.set(`/__bench/wgg-n${n}/element`, doc(gauges, scriptTag(script)));
      pages.set(`/__bench/wgg-n${n}/static`, doc(Array.from({ length: n }, () => gaugeHtml(feed, false)).join('\n')));
      await time(`${baseUrl}/__bench/wgg-n${n}/element`, allDrawn); // warm the script cache
      const s = [];
      const e = [];
      for (let i = 0; i < RUNS; i++) {
        s.push(await time(`${baseUrl}/__bench/wgg-n${n}/static`, staticDrawn));
        e.push(await time(`${baseUrl}/__bench/wgg-n${n}/element`, allDrawn));
      }
      figures.push(
        { name: `${n} gauge${n > 1 ? 's' : ''} on a page, static HTML`, value: median(s), unit: 'ms' },
        { name: `${n} gauge${n > 1 ? 's' : ''} on a page, elements (one shared feed request)`, value: median(e), unit: 'ms' },
        { name: `${n} gauge${n > 1 ? 's' : ''} on a page, ratio`, value: median(e) / median(s), unit: '×', goal: '≤ 1.5×' },
      );
    }
    return figures;
  },
};
