import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
// axe-core is a UMD script: imported for its side effect, it sets window.axe.
import 'axe-core';
import { after, fakeFetch, hang, json, type FakeFetch } from '../../test/fixtures/runtime/fake-fetch.js';
import { TestFeedView, itemIds, liveText, mount, settled, shadow, unmountAll } from '../../test/fixtures/runtime/test-view.js';
import { baseStyles } from './tokens.styles.js';
import type { FeedLoadEvent, FeedWarningEvent } from './events.js';

const axe = (window as unknown as { axe: typeof Axe }).axe;
const FIX = '/test/fixtures/runtime/';
const feed = (title: string, ids: string[] = ['a']) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items: ids.map((id) => ({ id, title: `${title} ${id}`, date_published: '2014-01-03T00:00:00Z' })),
});
let n = 0;
const fresh = (name: string) => `https://feeds.example.org/el-${name}-${++n}.json`;
const title = (el: Element) => shadow(el).querySelector('[part="title"]')?.textContent;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

let net: FakeFetch | undefined;
afterEach(async () => {
  net?.restore();
  net = undefined;
  fixtureCleanup();
  unmountAll();
  await aTimeout(0);
});

describe('three ways to give an element its feed, one result', () => {
  it('src, an inline JSON child and the .feed property show the same feed', async () => {
    const text = await (await fetch('/test/fixtures/campaign.json')).text();
    const bySrc = await fixture<TestFeedView>(html`<sw-test-view src="/test/fixtures/campaign.json"></sw-test-view>`);
    const byInline = await fixture<TestFeedView>(`<sw-test-view><script type="application/json">${text}</script></sw-test-view>`);
    const byProperty = await fixture<TestFeedView>(html`<sw-test-view .feed=${JSON.parse(text)}></sw-test-view>`);
    await Promise.all([settled(bySrc), settled(byInline), settled(byProperty)]);
    const shown = (el: Element) => shadow(el).querySelector('.view')!.textContent!.replace(/\s+/g, ' ');
    expect(itemIds(bySrc).length).to.be.greaterThan(0);
    expect(shown(byInline)).to.equal(shown(bySrc));
    expect(shown(byProperty)).to.equal(shown(bySrc));
  });

  for (const file of ['rss.xml', 'atom.xml', 'jsonfeed-1.0.json', 'timeline.json', 'actions.geojson']) {
    it(`src pointing at ${file} shows its records and says which format it read`, async () => {
      const el = document.createElement('sw-test-view');
      const loaded = oneEvent(el, 'feed-load');
      el.src = FIX + file;
      document.body.append(el);
      const ev = (await loaded) as FeedLoadEvent;
      await el.updateComplete;
      expect(ev.detail.format).to.equal({ 'rss.xml': 'rss', 'atom.xml': 'atom', 'jsonfeed-1.0.json': 'json-feed', 'timeline.json': 'timelinejs', 'actions.geojson': 'geojson' }[file]);
      expect(ev.detail.items + ev.detail.incidents + ev.detail.actions).to.be.greaterThan(0);
      expect(el.viewState).to.equal('ready');
      el.remove();
    });
  }

  it('inline JSON that arrives after the upgrade (a framework adding children later) is read', async () => {
    const el = await fixture<TestFeedView>(html`<sw-test-view></sw-test-view>`);
    await settled(el);
    expect(el.viewState).to.equal('empty');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed('Late', ['x', 'y']));
    el.append(script);
    await waitUntil(() => title(el) === 'Late');
    script.textContent = JSON.stringify(feed('Edited', ['z']));
    await waitUntil(() => title(el) === 'Edited');
    expect(itemIds(el)).to.deep.equal(['z']);
  });

  it('the .feed property wins over inline JSON, which wins over src', async () => {
    net = fakeFetch(json(feed('From src')));
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${fresh('order')}><script type="application/json">${JSON.stringify(feed('Inline'))}</script></sw-test-view>`);
    await settled(el);
    expect(title(el)).to.equal('Inline');
    el.feed = feed('Property');
    await waitUntil(() => title(el) === 'Property');
    el.feed = undefined;
    await waitUntil(() => title(el) === 'Inline');
    expect(net.calls).to.have.length(0);
  });

  it('a feed with some bad records shows the good ones and lists the rest in feed-warning', async () => {
    const bad = {
      ...feed('Mixed', ['good-1', 'good-2']),
      _campaign: {
        schema: 1,
        generated: '2014-02-01T00:00:00Z',
        incidents: [
          { id: 'i1', date: '2014-01-03', kind: 'strike', title: 'Fine', sources: [{ item: 'good-1', quote: 'Mixed good-1' }] },
          { id: 'i2', date: '2014-13', kind: 'strike', title: 'No such month', sources: [] },
        ],
      },
    };
    (bad.items as unknown[]).push({ id: 'good-1', title: 'duplicate id' }, { title: 'no id' });
    const el = document.createElement('sw-test-view');
    const warned = oneEvent(el, 'feed-warning');
    el.feed = bad;
    document.body.append(el);
    const ev = (await warned) as FeedWarningEvent;
    await settled(el);
    expect(itemIds(el)).to.deep.equal(['good-1', 'good-2']);
    expect(el.shadowRoot!.querySelectorAll('.incidents li')).to.have.length(1);
    expect(ev.detail.problems.map((p) => p.path)).to.deep.equal(['$.items[2].id', '$.items[3].id', '$._campaign.incidents[1].date']);
    expect(ev.detail.problems[0].message).to.equal('duplicate id "good-1"; the record was left out');
    el.remove();
  });
});

describe('states: rendered and announced', () => {
  it('loading shows a busy skeleton that keeps its place, silently on first load', async () => {
    net = fakeFetch(hang());
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${fresh('busy')}></sw-test-view>`);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent).to.contain('Loading…');
    expect(shadow(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
    expect(el.getBoundingClientRect().height).to.be.closeTo(160 + 0, 1); // --_min-height: 10rem of the test view
    expect(liveText(el), 'nothing read out while the page loads').to.equal('');
  });

  it('an error is shown with a retry button and announced; retry announces loading, then the result', async () => {
    const url = fresh('announce');
    let up = false;
    net = fakeFetch({ [url]: () => (up ? after(30, json(feed('Recovered')))(url, {}) : new Response('', { status: 500 })) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(el);
    expect(part(el, 'error-message')!.textContent).to.equal('This content could not be loaded.');
    expect(liveText(el)).to.equal('This content could not be loaded.');
    up = true;
    const retry = part(el, 'retry')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(el.viewState).to.equal('loading');
    expect(liveText(el)).to.equal('Loading…');
    expect(shadow(el).activeElement, 'focus stays in the element').to.equal(part(el, 'loading'));
    await settled(el);
    expect(liveText(el)).to.equal('Content loaded.');
    expect(shadow(el).activeElement).to.equal(part(el, 'view'));
  });

  it('a first load that succeeds is not announced (four elements on a page would be eight messages)', async () => {
    const el = await fixture<TestFeedView>(html`<sw-test-view .feed=${feed('Quiet')}></sw-test-view>`);
    await settled(el);
    expect(el.viewState).to.equal('ready');
    expect(liveText(el)).to.equal('');
  });

  it('empty shows the default message, or the page’s own through the empty slot, announced after a reload', async () => {
    const el = await fixture<TestFeedView>(html`<sw-test-view .feed=${feed('Some')}></sw-test-view>`);
    await settled(el);
    el.feed = { version: 'https://jsonfeed.org/version/1.1', title: 'None', items: [] };
    await waitUntil(() => el.viewState === 'empty');
    await el.updateComplete;
    expect(part(el, 'empty')!.textContent).to.equal('Nothing to show yet.');
    expect(liveText(el)).to.equal('Nothing to show yet.');
    const custom = await fixture<TestFeedView>(html`<sw-test-view .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: '', items: [] }}><p slot="empty">No releases this year.</p></sw-test-view>`);
    await settled(custom);
    const slot = shadow(custom).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('No releases this year.');
  });

  it('every state passes axe', async () => {
    net = fakeFetch({ 'hang': hang(), 'fail': () => new Response('', { status: 500 }) });
    const loading = await fixture<TestFeedView>(html`<sw-test-view src=${fresh('hang')}></sw-test-view>`);
    const error = await fixture<TestFeedView>(html`<sw-test-view src=${fresh('fail')}></sw-test-view>`);
    const empty = await fixture<TestFeedView>(html`<sw-test-view .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: '', items: [] }}></sw-test-view>`);
    const ready = await fixture<TestFeedView>(html`<sw-test-view src="${FIX}rss.xml"></sw-test-view>`);
    await Promise.all([settled(error), settled(empty), settled(ready)]);
    for (const el of [loading, error, empty, ready]) {
      const result = await axe.run(el);
      expect(result.violations.map((v) => v.id), el.viewState).to.deep.equal([]);
    }
  });
});

describe('fallback content for pages without JavaScript', () => {
  it('the author’s list shows before the element is defined and is replaced by the view after', async () => {
    const wrap = mount(`<sw-late-view><ul class="fallback"><li><a href="https://example.org/a">Release A</a></li></ul>
      <script type="application/json">${JSON.stringify(feed('Upgraded', ['a']))}</script></sw-late-view>`);
    const list = wrap.querySelector('ul.fallback')!;
    expect(list.checkVisibility(), 'before definition').to.equal(true);
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);
    customElements.define('sw-late-view', class extends TestFeedView {});
    const el = wrap.querySelector('sw-late-view') as TestFeedView;
    await settled(el);
    expect(title(el)).to.equal('Upgraded');
    expect(list.checkVisibility(), 'after upgrade').to.equal(false);
    expect(list.isConnected, 'kept in the page for print and for scripts').to.equal(true);
  });

  it('with print-fallback the author’s content is what prints, the view is not', async () => {
    const el = await fixture<TestFeedView>(html`<sw-test-view print-fallback .feed=${feed('Screen')}><table class="fallback"><tr><td>Printed row</td></tr></table></sw-test-view>`);
    await settled(el);
    const table = el.querySelector('table')!;
    expect(table.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(table.checkVisibility()).to.equal(true);
      expect(part(el, 'view')!.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    const plain = await fixture<TestFeedView>(html`<sw-test-view .feed=${feed('Screen')}><table><tr><td>Not printed</td></tr></table></sw-test-view>`);
    await settled(plain);
    await emulateMedia({ media: 'print' });
    try {
      expect(plain.querySelector('table')!.checkVisibility()).to.equal(false);
      expect(part(plain, 'view')!.checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('theming', () => {
  const color = (el: Element) => getComputedStyle(el).color;
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('theme="dark" and the reader’s dark preference switch the defaults; theme="light" keeps light', async () => {
    const el = await fixture<TestFeedView>(html`<sw-test-view .feed=${feed('T')}></sw-test-view>`);
    const light = color(el);
    el.theme = 'dark';
    await el.updateComplete;
    const dark = color(el);
    expect(dark).not.to.equal(light);
    el.theme = 'auto';
    await el.updateComplete;
    await emulateMedia({ colorScheme: 'dark' });
    expect(color(el)).to.equal(dark);
    el.theme = 'light';
    await el.updateComplete;
    expect(color(el)).to.equal(light);
  });

  it('page tokens reach in, page CSS does not', async () => {
    const wrap = mount(html`
      <style>.themed { --sw-color-text: rgb(1, 2, 3); } h2, li { color: rgb(255, 0, 0) !important; display: none !important; }</style>
      <sw-test-view class="themed" .feed=${feed('Tokens')}></sw-test-view>
    `);
    const el = wrap.querySelector('sw-test-view')!;
    await settled(el);
    expect(color(el)).to.equal('rgb(1, 2, 3)');
    const h2 = part(el, 'title')!;
    expect(getComputedStyle(h2).color).to.equal('rgb(1, 2, 3)');
    expect(h2.checkVisibility()).to.equal(true);
  });

  it('reduced motion stops the skeleton’s pulse', async () => {
    net = fakeFetch(hang());
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${fresh('motion')}></sw-test-view>`);
    const bar = shadow(el).querySelector('.skeleton')!;
    expect(getComputedStyle(bar).animationName).to.equal('sw-pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(bar).animationName).to.equal('none');
  });

  it('forced colors map the tokens to system colours (checked in the stylesheet: this runner cannot emulate forced colours)', () => {
    const rules = [...baseStyles.styleSheet!.cssRules].filter((r) => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
    expect(rules).to.have.length(1);
    expect(rules[0].cssText).to.contain('--_text: CanvasText').and.contain('--_accent: LinkText').and.contain('--_focus: Highlight');
  });

  it('strict CSP: no style attribute and no <style> element in any state, only adopted stylesheets', async () => {
    net = fakeFetch({ hang: hang(), fail: () => new Response('', { status: 500 }) });
    const states = [
      await fixture<TestFeedView>(html`<sw-test-view src=${fresh('hang')}></sw-test-view>`),
      await fixture<TestFeedView>(html`<sw-test-view src=${fresh('fail')}></sw-test-view>`),
      await fixture<TestFeedView>(html`<sw-test-view .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: '', items: [] }}></sw-test-view>`),
      await fixture<TestFeedView>(html`<sw-test-view .feed=${feed('CSP')}></sw-test-view>`),
    ];
    await Promise.all(states.slice(1).map((el) => settled(el)));
    for (const el of states) {
      expect(shadow(el).querySelectorAll('[style], style').length, el.viewState).to.equal(0);
      expect(shadow(el).adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(el.hasAttribute('style')).to.equal(false);
    }
  });
});

describe('layout while the feed loads', () => {
  it('with a typical feed the element is as tall loading as ready: nothing below it moves', async () => {
    const url = fresh('layout');
    net = fakeFetch({ [url]: after(50, json(feed('Four', ['a', 'b', 'c', 'd']))) });
    const wrap = mount(html`<sw-test-view src=${url}></sw-test-view><p class="below">Below</p>`);
    const el = wrap.querySelector('sw-test-view') as TestFeedView;
    const below = wrap.querySelector('.below')!;
    await el.updateComplete;
    expect(el.viewState).to.equal('loading');
    const before = below.getBoundingClientRect().top;
    await settled(el);
    expect(below.getBoundingClientRect().top - before).to.be.within(-3, 3);
  });

  it('a page that sets --sw-min-height gets exactly that height loading and ready', async () => {
    const url = fresh('min-height');
    net = fakeFetch({ [url]: after(50, json(feed('One', ['a']))) });
    const wrap = mount(html`<style>.fixed { --sw-min-height: 300px; }</style><sw-test-view class="fixed" src=${url}></sw-test-view>`);
    const el = wrap.querySelector('sw-test-view') as TestFeedView;
    await el.updateComplete;
    expect(el.viewState).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    await settled(el);
    expect(loading).to.equal(300);
    expect(el.getBoundingClientRect().height).to.equal(300);
  });
});

describe('language', () => {
  it('an element speaks the nearest lang of the page and follows when it changes', async () => {
    const wrap = mount(html`<div lang="km"><sw-test-view .feed=${feed('Lang')}></sw-test-view></div>`).firstElementChild!;
    const el = wrap.querySelector('sw-test-view') as TestFeedView;
    await settled(el);
    expect(el.locale).to.equal('km');
    expect(shadow(el).querySelector('time')!.textContent).to.equal('៣ មករា ២០១៤');
    wrap.setAttribute('lang', 'en-GB');
    await waitUntil(() => shadow(el).querySelector('time')!.textContent === '3 January 2014');
    el.lang = 'km-KH';
    await el.updateComplete;
    expect(shadow(el).querySelector('time')!.textContent).to.equal('៣ មករា ២០១៤');
  });

  it('two elements in different languages share a page', async () => {
    const wrap = mount(html`
      <sw-test-view lang="km" src="/test/fixtures/runtime/broken.xml"></sw-test-view>
      <sw-test-view lang="en" src="/test/fixtures/runtime/broken.xml"></sw-test-view>
    `);
    const [km, en] = wrap.querySelectorAll('sw-test-view');
    await Promise.all([settled(km as TestFeedView), settled(en as TestFeedView)]);
    expect(part(km, 'error-message')!.textContent).to.equal('មិនអាចអានមាតិកានេះបានទេ។');
    expect(part(km, 'retry')!.textContent).to.equal('ព្យាយាមម្ដងទៀត');
    expect(part(en, 'error-message')!.textContent).to.equal('This content could not be read.');
  });
});

describe('hostile feeds', () => {
  it('titles holding <img onerror> and javascript: links run nothing and show the text literally', async () => {
    const w = window as { __pwned?: unknown };
    delete w.__pwned;
    const el = document.createElement('sw-test-view');
    const warned = oneEvent(el, 'feed-warning');
    el.src = `${FIX}hostile.json`;
    document.body.append(el);
    const ev = (await warned) as FeedWarningEvent;
    await settled(el);
    await aTimeout(100);
    expect(w.__pwned).to.equal(undefined);
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, iframe').length).to.equal(0);
    expect(title(el)).to.equal('<img src=x onerror="window.__pwned=1">Hostile feed');
    const first = root.querySelector('li[data-id="h1"]')!;
    expect(first.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(root.querySelector('li[data-id="h2"]')!.textContent).to.contain('<a href="javascript:window.__pwned=1">click</a>');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://safe.example.org/ok']);
    expect(root.querySelector('a')!.rel).to.equal('noopener noreferrer');
    expect(itemIds(el), 'items keep their place; only their links are dropped').to.deep.equal(['h1', 'h2', 'h3']);
    expect(ev.detail.problems.map((p) => p.path)).to.deep.equal(['$.items[0].url', '$.items[1].url', '$.items[2].authors[0].url']);
    el.remove();
  });
});
