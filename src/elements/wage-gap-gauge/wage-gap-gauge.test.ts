import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CampaignFeed } from '../../feed/types.js';
import type { FeedWarningEvent } from '../../runtime/events.js';
// wtr's esbuild plugin serves every .json as a JS module, so the fixture is imported rather than fetched.
import campaignJson from '../../../test/fixtures/campaign.json';
import { WageGapGauge } from './wage-gap-gauge.js';
import './wage-gap-gauge.define.js';

const campaign = campaignJson as unknown as CampaignFeed;

/** A deep copy, so a test may change it without touching the shared fixture. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/**
 * Renders a wrapper (a page around the gauge) without open-wc's `fixture`, which waits for an animation
 * frame on non-Lit roots — a frame that never comes while wtr runs this file in a background tab.
 */
const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  render(template, host);
  return host.firstElementChild as HTMLElement;
}
afterEach(() => {
  for (const host of mounted.splice(0)) host.remove();
});

async function ready(el: WageGapGauge): Promise<WageGapGauge> {
  await waitUntil(() => el.state === 'ready' && el.shadowRoot?.querySelector('.gauge, [part="empty"]'), 'gauge did not render');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const headline = (el: Element) => $(el, '[part="headline"]')!.textContent!.trim();
const meter = (el: Element) => $(el, '[role="meter"]')!;
/** What a sighted reader sees (the hidden table and tooltips aside). */
const visibleText = (el: Element) => (el.shadowRoot!.querySelector('.gauge') as HTMLElement).innerText;

describe('<wage-gap-gauge> with the campaign feed', () => {
  it('says the minimum wage covers half the demand: US$80 of US$160 a month', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    expect(headline(el)).to.equal("The minimum wage covers 50% of the workers' demand: US$80 of US$160 a month.");
    expect($(el, '[part="gap"]')!.textContent).to.contain('US$80 a month, 50%');
  });

  it('exposes a meter from 0 to the demand, at the minimum, that reads the sentence', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    const m = meter(el);
    expect(m.getAttribute('aria-valuemin')).to.equal('0');
    expect(m.getAttribute('aria-valuemax')).to.equal('160');
    expect(m.getAttribute('aria-valuenow')).to.equal('80');
    expect(m.getAttribute('aria-valuetext')).to.equal(headline(el));
    expect(m.getAttribute('aria-label')).to.contain('demand');
  });

  it('shows every figure in force with its marker, label and date, and the offer on the table', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    const entries = $$(el, '.legend .entry');
    expect(entries.map((e) => e.querySelector('.label')!.textContent)).to.deep.equal(['Minimum wage', 'Offer', "Workers' demand"]);
    expect(entries[1].textContent).to.contain('US$95');
    expect(entries[0].textContent).to.contain('since May 2013');
    expect(visibleText(el)).to.contain('Figures in force as of December 2013.');
  });

  it('keeps a visually hidden table of all the figures', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    const table = $(el, '.visually-hidden > table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.have.length(3);
    expect(rows[0]).to.contain('Minimum wage').and.contain('US$80');
    expect(rows[2]).to.contain("Workers' demand").and.contain('US$160');
    expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
  });
});

describe('choosing the figures', () => {
  it('attributes override the feed', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} minimum="100"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('US$100 of US$160');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('100');
    expect(visibleText(el)).to.contain('given by this page');
  });

  it('a page without a feed can embed the gauge with attributes only', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge minimum="80" demand="160" currency="USD"></wage-gap-gauge>`));
    expect($(el, '[part="empty"]')).to.be.null;
    expect(headline(el)).to.equal("The minimum wage covers 50% of the workers' demand: US$80 of US$160 a month.");
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('160');
  });

  it('as-of="2014-02" shows the minimum raised in February 2014; as-of="2014-01" the one before', async () => {
    const feb = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} as-of="2014-02"></wage-gap-gauge>`));
    expect(headline(feb)).to.contain('US$100 of US$160');
    const jan = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} as-of="2014-01"></wage-gap-gauge>`));
    expect(headline(jan)).to.contain('US$80 of US$160');
  });

  it('as-of before the demand was made shows no demand', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} as-of="2011"></wage-gap-gauge>`));
    expect(headline(el)).to.equal('The minimum wage is US$61 a month.');
    expect($(el, '[role="meter"]')).to.be.null;
  });

  it('target="living" measures against a living wage, and falls back to the demand when there is none', async () => {
    const feed = copy(campaign);
    feed._campaign!.wages!.push({
      id: 'w-living', amount: 280, currency: 'USD', period: 'month', role: 'living', country: 'KH', sector: 'garment',
      effective: '2013-12', sources: [{ item: 'pr-2012', quote: 'Our yearly report on conditions in garment factories.' }],
    });
    const living = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed} target="living"></wage-gap-gauge>`));
    expect(headline(living)).to.contain('of a living wage: US$80 of US$280');
    const fallback = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} target="living"></wage-gap-gauge>`));
    expect(headline(fallback)).to.contain("of the workers' demand");
  });

  it('changing an attribute later updates the gauge', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    el.setAttribute('as-of', '2014-03');
    await el.updateComplete;
    expect(headline(el)).to.contain('US$100 of US$160');
  });
});

describe('what the page gets wrong', () => {
  it('values that are not figures, dates, codes or periods are ignored, each with a console warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: WageGapGauge;
    try {
      el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} minimum="-5" as-of="January" display-currency="pounds"
        currency="<b>" per="fortnight"></wage-gap-gauge>`));
    } finally {
      console.warn = original;
    }
    expect(headline(el!)).to.equal("The minimum wage covers 50% of the workers' demand: US$80 of US$160 a month.");
    const all = warnings.join('\n');
    for (const bad of ['minimum="-5"', 'as-of="January"', 'display-currency="pounds"', 'currency="<b>"', 'per="fortnight"']) {
      expect(all).to.contain(bad);
    }
  });

  it('a minimum above the target is said plainly, and the meter still holds its value', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge minimum="300" living="250" target="living" currency="USD"></wage-gap-gauge>`));
    expect(headline(el)).to.equal('The minimum wage covers 120% of a living wage: US$300 of US$250 a month.');
    expect($(el, '[part="gap"]')!.textContent).to.equal('The minimum wage is US$50 a month above a living wage.');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('300');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('300');
    expect($(el, '[part="scale"] .gap'), 'no gap to shade').to.be.null;
  });
});

describe('currencies', () => {
  it('with no rate to the wanted currency, nothing is converted and a note says so', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} display-currency="EUR"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('US$80 of US$160');
    expect(visibleText(el)).to.contain('No exchange rate from US dollars to euros was available, so the figures are shown in US dollars.');
    expect(visibleText(el)).not.to.contain('€');
  });

  it("with the feed's rate, converts to pounds and states the rate and its date", async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} display-currency="GBP"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('£48.80 of £97.60');
    const text = visibleText(el);
    expect(text).to.contain('1 USD = 0.61 GBP');
    expect(text).to.contain('6 January 2014');
    expect(text, 'the figure as the source states it stays visible').to.contain('US$80 a month');
  });

  it('rates given by the page replace the feed’s', async () => {
    const rates = [{ from: 'GBP', to: 'USD', rate: 1.6, date: '2013-12-20', source: 'the page' }];
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} .rates=${rates} display-currency="GBP"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('£50 of £100');
    expect(visibleText(el)).to.contain('1 GBP = 1.6 USD').and.contain('20 December 2013');
  });
});

describe('per day, month or year', () => {
  it('per="day" counts 26 working days a month and says so', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} per="day"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('US$3.08 of US$6.15 a day');
    expect(visibleText(el)).to.contain('Daily figures, counting 26 working days a month.');
  });

  it('working-days changes the count, and the caption follows', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} per="day" working-days="22"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('US$3.64 of US$7.27 a day');
    expect(visibleText(el)).to.contain('counting 22 working days a month');
  });

  it('per="year" multiplies by twelve without any working-day assumption', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} per="year"></wage-gap-gauge>`));
    expect(headline(el)).to.contain('US$960 of US$1,920 a year');
    expect(visibleText(el)).not.to.contain('working days');
  });
});

describe('a rise can never be shown', () => {
  it('a rise attribute is ignored with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: WageGapGauge;
    try {
      el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge minimum="80" demand="160" currency="GBP" rise="9"></wage-gap-gauge>`));
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('rise="9"');
    expect(el!.shadowRoot!.textContent).not.to.match(/£9(?!\d)/);
    expect(el!.shadowRoot!.textContent).not.to.match(/\bby\s*£/);
  });

  it('a wage with a role outside the contract is dropped from the feed with a warning event', async () => {
    const feed = copy(campaign);
    feed._campaign!.wages!.push({
      id: 'w-rise', amount: 9, currency: 'USD', period: 'month', role: 'rise' as never, country: 'KH', sector: 'garment',
      effective: '2013-12', sources: [{ item: 'news-rally', quote: 'Workers had struck to double the minimum wage from US$80 to US$160 a month.' }],
    });
    const el = document.createElement('wage-gap-gauge');
    const warned = new Promise<Event>((resolve) => el.addEventListener('feed-warning', resolve, { once: true }));
    el.feed = feed;
    document.body.append(el);
    try {
      const event = (await warned) as FeedWarningEvent;
      expect(event.detail.problems.some((p) => p.path.includes('wages[5]'))).to.be.true;
      await ready(el);
      expect(el.shadowRoot!.textContent).not.to.match(/US\$9(?!\d)/);
      expect($$(el, '.legend .entry')).to.have.length(3);
    } finally {
      el.remove();
    }
  });
});

describe('sources', () => {
  it('lists every quote as a footnote, linking items that have an address', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`));
    const notes = $$(el, '[part="sources"] li');
    expect(notes.length).to.be.greaterThan(1);
    const links = $$(el, '[part="sources"] a');
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).to.match(/^https:\/\//);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    const all = notes.map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(all.some((t) => t.includes('The government has offered US$95.'))).to.be.true;
    expect(all.some((t) => t.includes('Example Daily') || t.includes('CLEC'))).to.be.true;
  });

  it('an item without an address is cited by title, publisher and date, unlinked', async () => {
    const feed = copy(campaign);
    const item = feed.items.find((i) => i.id === 'pr-2014-04-04')!;
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed} as-of="2014-04"></wage-gap-gauge>`));
    const li = $$(el, '[part="sources"] li').find((x) => x.textContent!.includes(item.title!))!;
    expect(li, 'cited').to.exist;
    expect(li.querySelector('a')).to.be.null;
    expect(li.textContent).to.contain('CLEC').and.contain('2014');
  });

  it('a source button shows its quote on keyboard focus, hides it on Escape, and leads to the footnote', async () => {
    const page = mount(html`<div><button>before</button><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    const el = await ready(page.querySelector('wage-gap-gauge')!);
    const button = $(el, '[part="source-ref"]') as HTMLButtonElement;
    const tip = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(getComputedStyle(tip).display).to.equal('none');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'the first source button is the next tab stop').to.equal(button);
    expect(getComputedStyle(tip).display).to.equal('block');
    expect(tip.textContent).to.contain('“');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(getComputedStyle(tip).display).to.equal('none');
    await sendKeys({ press: 'Enter' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.tagName).to.equal('LI');
    expect(focused.textContent).to.contain(tip.textContent!.slice(1, 20));
  });

  it('hostile text from the feed is shown literally, never as markup', async () => {
    const feed = copy(campaign);
    const evil = '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=1</script>';
    feed._campaign!.wages![1].sources[0] = { item: 'news-rally', quote: evil };
    feed.items.find((i) => i.id === 'news-rally')!.title = evil;
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed}></wage-gap-gauge>`));
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    expect($(el, '[part="sources"]')!.textContent).to.contain(evil);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });
});

describe('history', () => {
  it('draws the minimum wage over time with the demand line when there are several dated minima', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} history></wage-gap-gauge>`));
    const spark = $(el, '[part="history"] svg[role="img"]')!;
    expect(spark.getAttribute('aria-label')).to.contain('from US$61 in Oct 2010 to US$100 in Feb 2014');
    expect($$(el, '.spark-point')).to.have.length(3);
    expect($(el, '.spark-target'), 'the demand line').to.exist;
    const rows = $$(el, '[part="history"] table tbody tr');
    expect(rows).to.have.length(3);
  });

  it('draws nothing over time from a single figure', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge minimum="80" demand="160" currency="USD" history></wage-gap-gauge>`));
    expect($(el, '[part="history"]')).to.be.null;
  });
});

describe('drawing', () => {
  it('markers differ by shape and each shape has its label in the legend', async () => {
    const feed = copy(campaign);
    feed._campaign!.wages!.push({
      id: 'w-living', amount: 280, currency: 'USD', period: 'month', role: 'living', country: 'KH', sector: 'garment',
      effective: '2013-12', sources: [],
    });
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed}></wage-gap-gauge>`));
    const shapes = $$(el, '[part="scale"] .marker').map((m) => m.dataset.shape);
    expect(new Set(shapes).size).to.equal(4);
    for (const entry of $$(el, '.legend .entry')) {
      const key = entry.querySelector('.key .marker') as SVGElement;
      const role = key.dataset.role!;
      const onScale = el.shadowRoot!.querySelector(`[part="scale"] .marker[data-role="${role}"]`) as SVGElement;
      expect(key.getAttribute('d'), `${role} legend shape matches the scale`).to.equal(onScale.getAttribute('d'));
      expect(entry.querySelector('.label')!.textContent!.trim()).not.to.equal('');
    }
  });

  it('draws with SVG attributes only: no style attribute anywhere', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} history></wage-gap-gauge>`));
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    const fill = $(el, '[part="scale"] .fill')!;
    expect(fill.getAttribute('width')).to.equal('50%');
  });

  it('variant="radial" draws a half circle with the same meter', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} variant="radial"></wage-gap-gauge>`));
    expect($(el, '[part="scale"].radial')).to.exist;
    expect($(el, '.fill-arc')).to.exist;
    expect($(el, '.gap-arc')).to.exist;
    expect($(el, '.centre')!.textContent).to.equal('50%');
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('80');
  });

  it('fits a 320 px wide phone without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign} history display-currency="GBP"></wage-gap-gauge>`));
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('Khmer', () => {
  it('speaks Khmer with Khmer digits and Khmer currency names', async () => {
    const el = await ready(await fixture<WageGapGauge>(html`<wage-gap-gauge lang="km" .feed=${campaign}></wage-gap-gauge>`));
    const h = headline(el);
    expect(h).to.contain('៥០%').and.contain('៨០ ដុល្លារអាមេរិក').and.contain('១៦០ ដុល្លារអាមេរិក');
    expect(h).not.to.match(/[0-9]/);
    for (const part of $$(el, '.legend .label, .legend .amount, .legend .since, .legend .ref')) {
      expect(part.textContent, 'quotes stay verbatim; everything the gauge writes is Khmer').not.to.match(/[0-9]/);
    }
    expect(meter(el).getAttribute('aria-valuetext')).to.equal(h);
  });

  it('the first view a Khmer gauge shows is already in Khmer (its table loads beside the feed)', async () => {
    const el = document.createElement('wage-gap-gauge') as WageGapGauge;
    el.lang = 'km';
    el.feed = campaign;
    const loaded = new Promise((r) => el.addEventListener('feed-load', r, { once: true }));
    document.body.append(el);
    try {
      await loaded;
      expect(headline(el)).to.match(/[\u1780-\u17ff]/).and.not.match(/minimum wage/i);
    } finally {
      el.remove();
    }
  });

  it('a gauge whose page turns to Khmer after the first view speaks Khmer', async () => {
    const page = mount(html`<div><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    const el = await ready(page.querySelector('wage-gap-gauge')!);
    expect(headline(el)).to.contain('US$80');
    page.setAttribute('lang', 'km');
    await waitUntil(() => headline(el).includes('៨០ ដុល្លារអាមេរិក'), 'the headline turns Khmer');
  });

  it('a converted Khmer gauge names pounds in Khmer and dates the rate in Khmer', async () => {
    const page = mount(html`<div lang="km"><wage-gap-gauge .feed=${campaign} display-currency="GBP"></wage-gap-gauge></div>`);
    const el = await ready(page.querySelector('wage-gap-gauge')!);
    expect(headline(el)).to.contain('៤៨.៨០ ផោនអង់គ្លេស');
    expect(visibleText(el)).to.contain('មករា ២០១៤');
  });
});
