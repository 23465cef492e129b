import { expect, html, waitUntil } from '@open-wc/testing';
import type { PressReleaseList } from './press-release-list.js';
import { makeReleaseFeed } from '../../../test/fixtures/press-release-list/make-feed.mjs';
import {
  $,
  $$,
  CAMPAIGN_URL,
  afterSearch,
  entries,
  renderList,
  selectedTab,
  textOf,
} from '../../../test/fixtures/press-release-list/helpers.js';

const bare = () => `${location.pathname}${location.search}`;

/** Counts the history entries the page adds (history.length stops growing at 50). */
function watchHistory() {
  const calls = { push: 0, replace: 0 };
  const { pushState, replaceState } = history;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    calls.push++;
    return pushState.apply(this, args);
  };
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    calls.replace++;
    return replaceState.apply(this, args);
  };
  return {
    calls,
    stop() {
      history.pushState = pushState;
      history.replaceState = replaceState;
    },
  };
}

function chooseTab(el: PressReleaseList, label: string) {
  $$(el, '[role="tab"]').find((t) => textOf(t) === label)!.click();
  return el.updateComplete;
}

async function back(el: PressReleaseList) {
  const before = location.hash;
  history.back();
  await waitUntil(() => location.hash !== before, 'history.back() did not move');
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('<press-release-list sync-url>', () => {
  beforeEach(() => history.replaceState(null, '', bare()));
  afterEach(() => history.replaceState(null, '', bare()));

  it('choosing a year, a page and searching are written to the hash', async () => {
    const el = await renderList(html`<press-release-list sync-url .feed=${makeReleaseFeed(60)}></press-release-list>`);
    await chooseTab(el, '2014');
    expect(location.hash).to.equal('#prl.year=2014');
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#prl.year=2014&prl.page=2');
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'court hearing';
    input.dispatchEvent(new Event('input'));
    await afterSearch(el);
    expect(location.hash).to.equal('#prl.year=2014&prl.q=court%20hearing');
  });

  it('a shared link opens the same view', async () => {
    history.replaceState(null, '', `${bare()}#prl.year=2013&prl.q=strike`);
    const el = await renderList(html`<press-release-list sync-url src=${CAMPAIGN_URL}></press-release-list>`);
    expect(selectedTab(el)).to.equal('2013');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('strike');
    expect(entries(el).map((e) => e.date)).to.deep.equal(['2013-12-26']);
  });

  it('the back button goes back to the previous view', async () => {
    const el = await renderList(html`<press-release-list sync-url src=${CAMPAIGN_URL}></press-release-list>`);
    const all = entries(el).length;
    await chooseTab(el, '2014');
    await chooseTab(el, '2013');
    await back(el);
    expect(selectedTab(el)).to.equal('2014');
    await back(el);
    expect(selectedTab(el)).to.equal('All years');
    expect(entries(el).length).to.equal(all);
  });

  it('typing a search adds one history entry, not one per keystroke', async () => {
    const el = await renderList(html`<press-release-list sync-url src=${CAMPAIGN_URL}></press-release-list>`);
    const watch = watchHistory();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    try {
      for (const q of ['L', 'Lo', 'Lor', 'Lor P', 'Lor Peang']) {
        input.value = q;
        input.dispatchEvent(new Event('input'));
        await afterSearch(el);
      }
    } finally {
      watch.stop();
    }
    expect(watch.calls.push).to.equal(1);
    expect(location.hash).to.equal('#prl.q=Lor%20Peang');
  });

  it('a link on the page that changes the hash changes the view', async () => {
    const el = await renderList(html`<press-release-list sync-url src=${CAMPAIGN_URL}></press-release-list>`);
    location.hash = '#prl.year=2012';
    await waitUntil(() => selectedTab(el) === '2012', 'the view followed the hash');
    expect(entries(el).every((e) => e.date.startsWith('2012'))).to.equal(true);
  });

  it('two lists with ids keep separate views, and the page’s own hash survives', async () => {
    history.replaceState(null, '', `${bare()}#top`);
    const [a, b] = await Promise.all([
      renderList(html`<press-release-list id="press" sync-url src=${CAMPAIGN_URL}></press-release-list>`),
      renderList(html`<press-release-list id="news" sync-url src=${CAMPAIGN_URL}></press-release-list>`),
    ]);
    await chooseTab(a, '2014');
    await chooseTab(b, '2012');
    expect(location.hash).to.equal('#top&prl-press.year=2014&prl-news.year=2012');
    expect(selectedTab(a)).to.equal('2014');
    expect(selectedTab(b)).to.equal('2012');
  });

  it('without sync-url the URL is never touched', async () => {
    history.replaceState(null, '', `${bare()}#prl.year=2013`);
    const watch = watchHistory();
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(40)}></press-release-list>`);
    expect(selectedTab(el), 'the hash is not read either').to.equal('All years');
    await chooseTab(el, '2014');
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'wage';
    input.dispatchEvent(new Event('input'));
    await afterSearch(el);
    watch.stop();
    expect(location.hash).to.equal('#prl.year=2013');
    expect(watch.calls).to.deep.equal({ push: 0, replace: 0 });
  });

  it('a removed list stops listening to the hash', async () => {
    const el = await renderList(html`<press-release-list sync-url src=${CAMPAIGN_URL}></press-release-list>`);
    el.remove();
    location.hash = '#prl.year=2012';
    await new Promise((r) => setTimeout(r, 50));
    expect(selectedTab(el)).to.equal('All years');
  });
});
