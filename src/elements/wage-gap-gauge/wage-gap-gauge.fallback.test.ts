import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fallbackHtml } from '../../feed/fallback-html.js';
import type { CampaignFeed, Wage } from '../../feed/types.js';
import campaignJson from '../../../test/fixtures/campaign.json';
import type { WageGapGauge } from './wage-gap-gauge.js';
import './wage-gap-gauge.define.js';

const campaign = campaignJson as unknown as CampaignFeed;
const src = [{ item: 'pr', quote: 'A sentence.' }];
const wage = (w: Partial<Wage>): Wage =>
  ({ id: `w-${Math.random()}`, period: 'month', country: 'KH', sector: 'garment', sources: src, ...w }) as Wage;
const feedOf = (wages: Wage[]): CampaignFeed => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Wages',
  items: [{ id: 'pr', content_text: 'A sentence.' }],
  _campaign: { schema: 1, generated: '2014-09-01T00:00:00Z', wages },
});

/** Minimum, target and percentage as the gauge shows them: `{ min, goal, pct }`, or null with no ratio. */
async function gaugeFigures(feed: CampaignFeed, attrs: Record<string, string>) {
  const el = await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed}></wage-gap-gauge>`);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await waitUntil(() => el.state === 'ready' && el.shadowRoot?.querySelector('.gauge, [part="empty"]'), 'gauge did not render');
  await el.updateComplete;
  const meter = el.shadowRoot!.querySelector('[role="meter"]');
  if (!meter) return null;
  const text = meter.getAttribute('aria-valuetext')!;
  return {
    min: Number(meter.getAttribute('aria-valuenow')),
    goal: Number(/of US\$([\d,.]+)/.exec(text)![1].replace(/,/g, '')),
    pct: Number(/(\d+)%/.exec(text)![1]),
  };
}

/** The same three figures from the no-JS fallback's summary sentence, or null when it has none. */
function fallbackFigures(feed: CampaignFeed, attrs: Record<string, string>) {
  const doc = new DOMParser().parseFromString(fallbackHtml('wage-gap-gauge', feed, attrs), 'text/html');
  const sentence = doc.querySelector('.sw-fallback-wage-summary')?.textContent;
  if (!sentence) return null;
  const m = /minimum wage, ([\d,.]+) USD a month, is (\d+)% of [^,]+, ([\d,.]+) USD/.exec(sentence);
  if (!m) throw new Error(`unexpected fallback sentence: ${sentence}`);
  const n = (s: string) => Number(s.replace(/,/g, ''));
  return { min: n(m[1]), goal: n(m[3]), pct: n(m[2]) };
}

describe('the gauge and its no-JS fallback tell the same story', () => {
  const usd80 = wage({ role: 'minimum', amount: 80, currency: 'USD', effective: '2013-05' });
  const usd160 = wage({ role: 'demand', amount: 160, currency: 'USD', effective: '2013-12' });
  const gbp100 = wage({ role: 'demand', amount: 100, currency: 'GBP', effective: '2014-01' });
  const cases: [string, CampaignFeed, Record<string, string>, { min: number; goal: number; pct: number } | null][] = [
    ['a later demand in pounds beside the demand in dollars', feedOf([usd80, usd160, gbp100]), {}, { min: 80, goal: 160, pct: 50 }],
    ['the demand in pounds listed last on the same date', feedOf([usd80, usd160, { ...gbp100, effective: '2013-12' }]), {}, { min: 80, goal: 160, pct: 50 }],
    ['the demand in pounds listed first', feedOf([gbp100, usd80, usd160]), {}, { min: 80, goal: 160, pct: 50 }],
    ['only a demand in pounds', feedOf([usd80, gbp100]), {}, null],
    ['the campaign feed', campaign, {}, { min: 80, goal: 160, pct: 50 }],
    ['the campaign feed as of February 2014', campaign, { 'as-of': '2014-02' }, { min: 100, goal: 160, pct: 63 }],
    [
      'another country’s later demand, no country named',
      feedOf([usd80, usd160, wage({ role: 'demand', amount: 200, currency: 'USD', country: 'BD', effective: '2014-03' }), wage({ role: 'minimum', amount: 68, currency: 'USD', country: 'BD', effective: '2013-12' })]),
      {},
      { min: 68, goal: 200, pct: 34 },
    ],
  ];
  for (const [name, feed, attrs, expected] of cases) {
    it(`${name}: ${expected ? `${expected.pct}% of US$${expected.goal}` : 'no percentage'}`, async () => {
      const shown = await gaugeFigures(feed, attrs);
      expect(shown, 'the gauge').to.deep.equal(expected);
      expect(fallbackFigures(feed, attrs), 'the fallback').to.deep.equal(shown);
    });
  }

  it('with a US$80 minimum, a US$160 demand and a later £100 demand, the gauge shows the gap to US$160, not a full bar', async () => {
    const el = await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feedOf([usd80, usd160, gbp100])}></wage-gap-gauge>`);
    await waitUntil(() => el.state === 'ready' && el.shadowRoot?.querySelector('.gauge'), 'gauge did not render');
    const text = (el.shadowRoot!.querySelector('.gauge') as HTMLElement).innerText;
    expect(text).to.contain("The minimum wage covers 50% of the workers' demand: US$80 of US$160 a month.");
    expect(text).not.to.contain('exchange rate');
    expect(el.shadowRoot!.querySelector('[part="scale"] .gap'), 'the gap is shaded').to.exist;
  });
});
