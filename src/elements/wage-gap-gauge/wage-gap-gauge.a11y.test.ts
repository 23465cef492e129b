import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
// axe-core is a UMD script that wtr serves untransformed: imported for its side effect, it sets window.axe.
import 'axe-core';
import type { CampaignFeed } from '../../feed/types.js';
import campaignJson from '../../../test/fixtures/campaign.json';
import type { WageGapGauge } from './wage-gap-gauge.js';
import './wage-gap-gauge.define.js';

const campaign = campaignJson as unknown as CampaignFeed;
const axe = (window as unknown as { axe: typeof Axe }).axe;

async function expectAxeClean(el: Element, what: string): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `${what}: axe violations`).to.deep.equal([]);
}

async function settled(el: WageGapGauge, part: string): Promise<WageGapGauge> {
  await waitUntil(() => el.shadowRoot?.querySelector(part), `no ${part}`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

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

// wtr serves every .json as a JS module and the runtime loads only http(s) URLs, so same-origin feed
// URLs are answered here; `src` loading still runs through the runtime's real fetch path.
const served = new Map<string, string>();
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? new URL(input, document.baseURI).href : input instanceof URL ? input.href : input.url;
  const body = served.get(url);
  return body !== undefined
    ? Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }))
    : realFetch(input, init);
};
let feeds = 0;
function feedUrl(feed: unknown): string {
  const url = new URL(`/__wage-gap-gauge/feed-${++feeds}.json`, location.origin).href;
  served.set(url, JSON.stringify(feed));
  return url;
}

describe('<wage-gap-gauge> accessibility in every state', () => {
  it('is axe clean while loading', async () => {
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await fixture<WageGapGauge>(html`<wage-gap-gauge src="/__wage-gap-gauge/never.json"></wage-gap-gauge>`);
      await settled(el, '[part="loading"]');
      await expectAxeClean(el, 'loading');
    } finally {
      window.fetch = original;
    }
  });

  it('is axe clean when the feed cannot be loaded', async () => {
    const el = await fixture<WageGapGauge>(html`<wage-gap-gauge src="/no-such-feed.json"></wage-gap-gauge>`);
    await settled(el, '[part="error"]');
    await expectAxeClean(el, 'error');
  });

  it('is axe clean when the feed has no wages', async () => {
    const feed = { ...campaign, _campaign: { ...campaign._campaign!, wages: [] } };
    const el = await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${feed}></wage-gap-gauge>`);
    await settled(el, '[part="empty"]');
    await expectAxeClean(el, 'empty');
  });

  const views: [string, () => TemplateResult][] = [
    ['the seeds, from a src URL', () => html`<wage-gap-gauge src=${feedUrl(campaign)}></wage-gap-gauge>`],
    ['history', () => html`<wage-gap-gauge .feed=${campaign} history></wage-gap-gauge>`],
    ['radial', () => html`<wage-gap-gauge .feed=${campaign} variant="radial"></wage-gap-gauge>`],
    ['converted to GBP', () => html`<wage-gap-gauge .feed=${campaign} display-currency="GBP" per="day"></wage-gap-gauge>`],
    ['no rate', () => html`<wage-gap-gauge .feed=${campaign} display-currency="EUR"></wage-gap-gauge>`],
    ['attributes only', () => html`<wage-gap-gauge minimum="80" offer="95" demand="160" living="280" currency="USD"></wage-gap-gauge>`],
    ['a single figure (no meter)', () => html`<wage-gap-gauge .feed=${campaign} as-of="2011"></wage-gap-gauge>`],
    ['Khmer', () => html`<wage-gap-gauge lang="km" .feed=${campaign} history variant="radial"></wage-gap-gauge>`],
    ['dark', () => html`<div class="dark-page"><wage-gap-gauge theme="dark" .feed=${campaign} history></wage-gap-gauge></div>`],
  ];
  for (const [name, view] of views) {
    it(`is axe clean: ${name}`, async () => {
      const host = mount(view());
      const el = (host.localName === 'wage-gap-gauge' ? host : host.querySelector('wage-gap-gauge')) as WageGapGauge;
      await settled(el, '.gauge');
      await expectAxeClean(el, name);
    });
  }

  it('is axe clean with a quote shown', async () => {
    const el = await fixture<WageGapGauge>(html`<wage-gap-gauge .feed=${campaign}></wage-gap-gauge>`);
    await settled(el, '.gauge');
    (el.shadowRoot!.querySelector('[part="source-ref"]') as HTMLElement).focus();
    await expectAxeClean(el, 'quote shown');
  });

  it('the feed-load event reports the wages read from src', async () => {
    const el = document.createElement('wage-gap-gauge');
    const loaded = new Promise<Event>((resolve) => el.addEventListener('feed-load', resolve, { once: true }));
    el.src = feedUrl(campaign);
    document.body.append(el);
    try {
      const e = (await loaded) as Event & { detail: { wages: number } };
      expect(e.detail.wages).to.equal(campaign._campaign!.wages!.length);
    } finally {
      el.remove();
    }
  });
});

describe('<wage-gap-gauge> motion and print', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
  });

  it('fills once when first seen', async () => {
    const page = mount(html`<div><div class="spacer"></div><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    const spacer = page.querySelector<HTMLElement>('.spacer')!;
    // Pushed below the fold from script: a style attribute in a test would not matter, but the CSSOM is the project's way.
    spacer.style.setProperty('height', '3000px');
    const el = await settled(page.querySelector('wage-gap-gauge')!, '.scale');
    const scale = el.shadowRoot!.querySelector('.scale')!;
    await new Promise((r) => setTimeout(r, 100));
    expect(scale.classList.contains('pending'), 'not filled before it is seen').to.be.true;
    el.scrollIntoView();
    await waitUntil(() => !el.shadowRoot!.querySelector('.scale')!.classList.contains('pending'), 'never filled');
    const fill = el.shadowRoot!.querySelector('.fill')!;
    expect(getComputedStyle(fill).transitionDuration).not.to.equal('0s');
    window.scrollTo(0, 0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.scale')!.classList.contains('pending'), 'only once').to.be.false;
  });

  it('never animates with reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const page = mount(html`<div><div class="spacer"></div><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.setProperty('height', '3000px');
    const el = await settled(page.querySelector('wage-gap-gauge')!, '.scale');
    expect(el.shadowRoot!.querySelector('.scale')!.classList.contains('pending')).to.be.false;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.fill')!).transform).to.equal('none');
  });

  it('prints filled even when it was never scrolled into view', async () => {
    const page = mount(html`<div><div class="spacer"></div><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.setProperty('height', '3000px');
    const el = await settled(page.querySelector('wage-gap-gauge')!, '.scale');
    const fill = el.shadowRoot!.querySelector('.fill')!;
    expect(getComputedStyle(fill).transform).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(fill).transform).to.equal('none');
  });

  it('removing the gauge before it is seen leaves no observer behind', async () => {
    const page = mount(html`<div><div class="spacer"></div><wage-gap-gauge .feed=${campaign}></wage-gap-gauge></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.setProperty('height', '3000px');
    const el = await settled(page.querySelector('wage-gap-gauge')!, '.scale');
    el.remove();
    expect((el as unknown as { observer?: unknown }).observer).to.be.undefined;
  });
});
