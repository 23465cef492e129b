import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { after, fakeFetch, hang, json, stream, streamStats, type FakeFetch } from '../../test/fixtures/runtime/fake-fetch.js';
import { itemIds, mount, settled, shadow, unmountAll, type TestFeedView } from '../../test/fixtures/runtime/test-view.js';
import { feedCacheSize } from './feed-loader.js';
import type { FeedErrorEvent } from './events.js';

const feed = (title: string, ids: string[] = ['a']) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  items: ids.map((id) => ({ id, title: `${title} ${id}` })),
});
let n = 0;
/** A URL no other test used, so the page-wide cache never carries one test into the next. */
const fresh = (name: string) => `https://feeds.example.org/${name}-${++n}.json`;
const title = (el: Element) => shadow(el).querySelector('[part="title"]')?.textContent;

describe('loading a feed from src', () => {
  let net: FakeFetch;
  afterEach(async () => {
    net?.restore();
    fixtureCleanup();
  unmountAll();
    await aTimeout(0);
  });

  it('two elements showing the same feed make one request between them', async () => {
    const url = fresh('shared');
    net = fakeFetch({ [url]: after(20, json(feed('Shared'))) });
    const wrap = mount(html`
      <sw-test-view src=${url}></sw-test-view>
      <sw-test-view src=${url}></sw-test-view>
    `);
    const [a, b] = wrap.querySelectorAll('sw-test-view');
    await Promise.all([settled(a), settled(b)]);
    expect(net.callsTo(url)).to.have.length(1);
    expect(title(a)).to.equal('Shared');
    expect(title(b)).to.equal('Shared');
  });

  it('an element added later, while the first still shows the feed, reuses it without a request', async () => {
    const url = fresh('later');
    net = fakeFetch({ [url]: json(feed('Later')) });
    const first = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(first);
    const second = document.createElement('sw-test-view');
    second.src = url;
    first.after(second);
    await settled(second);
    expect(net.callsTo(url)).to.have.length(1);
    second.remove();
  });

  it('the request is sent without cookies to other sites, without a referrer to other origins, and revalidated', async () => {
    const url = fresh('init');
    net = fakeFetch({ [url]: json(feed('Init')) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(el);
    const init = net.callsTo(url)[0].init;
    expect(init).to.include({ credentials: 'same-origin', cache: 'no-cache', redirect: 'follow', referrerPolicy: 'no-referrer' });
  });

  it('a slow first src that answers after a fast second one never shows, and its request is aborted', async () => {
    const slow = fresh('slow');
    const fast = fresh('fast');
    net = fakeFetch({ [slow]: after(300, json(feed('Slow'))), [fast]: after(10, json(feed('Fast'))) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${slow}></sw-test-view>`);
    await waitUntil(() => net.callsTo(slow).length === 1);
    el.src = fast;
    await settled(el);
    expect(title(el)).to.equal('Fast');
    await aTimeout(400);
    await el.updateComplete;
    expect(title(el)).to.equal('Fast');
    expect(net.callsTo(slow)[0].aborted).to.equal(true);
  });

  it('src changed 50 times in a row: only the last one shows, every earlier request is aborted', async () => {
    const urls = Array.from({ length: 50 }, (_, i) => fresh(`rapid${i}`));
    net = fakeFetch((url) => after(30, json(feed(`Feed ${urls.indexOf(url)}`)))(url, {}));
    const el = await fixture<TestFeedView>(html`<sw-test-view></sw-test-view>`);
    for (const u of urls) {
      el.src = u;
      await el.updateComplete;
    }
    await settled(el);
    await aTimeout(60);
    expect(title(el)).to.equal('Feed 49');
    expect(net.calls.filter((c) => !c.aborted).map((c) => c.url)).to.deep.equal([urls[49]]);
  });

  it('an element removed mid-load aborts its request, fires no error, and the cache lets go', async () => {
    const url = fresh('removed');
    net = fakeFetch({ [url]: hang() });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await waitUntil(() => net.callsTo(url).length === 1);
    let errors = 0;
    el.addEventListener('feed-error', () => errors++);
    el.remove();
    await aTimeout(10);
    expect(net.callsTo(url)[0].aborted).to.equal(true);
    expect(errors).to.equal(0);
    expect(feedCacheSize()).to.equal(0);
  });

  it('1,000 elements created, attached and removed mid-load leave no request, cache entry or lang observer behind', async () => {
    net = fakeFetch(hang());
    const url = fresh('churn');
    const host = mount('');
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement('sw-test-view');
      el.src = i % 2 ? url : `${url}?n=${i}`;
      host.append(el);
      await el.updateComplete;
      el.remove();
    }
    await aTimeout(20);
    expect(feedCacheSize()).to.equal(0);
    expect(net.calls.every((c) => c.aborted), 'every request that started was aborted').to.equal(true);
  });

  it('removing one of two elements keeps the shared request alive for the other', async () => {
    const url = fresh('two');
    net = fakeFetch({ [url]: after(80, json(feed('Two'))) });
    const wrap = mount(html`<sw-test-view src=${url}></sw-test-view><sw-test-view src=${url}></sw-test-view>`);
    const [a, b] = wrap.querySelectorAll('sw-test-view');
    await waitUntil(() => net.callsTo(url).length === 1);
    a.remove();
    await settled(b);
    expect(net.callsTo(url)[0].aborted).to.equal(false);
    expect(title(b)).to.equal('Two');
  });

  it('moving an element in the page mid-load does not restart its request', async () => {
    const url = fresh('moved');
    net = fakeFetch({ [url]: after(50, json(feed('Moved'))) });
    const wrap = mount(html`<section></section><sw-test-view src=${url}></sw-test-view>`);
    const el = wrap.querySelector('sw-test-view')!;
    await waitUntil(() => net.callsTo(url).length === 1);
    wrap.querySelector('section')!.append(el);
    await settled(el);
    expect(net.callsTo(url)).to.have.length(1);
    expect(net.callsTo(url)[0].aborted).to.equal(false);
  });

  it('an element put back after removal mid-load loads again', async () => {
    const url = fresh('back');
    net = fakeFetch({ [url]: after(300, json(feed('Back'))) });
    const wrap = mount(html`<sw-test-view src=${url}></sw-test-view>`);
    const el = wrap.querySelector('sw-test-view')!;
    await waitUntil(() => net.callsTo(url).length === 1);
    el.remove();
    await aTimeout(10);
    expect(net.callsTo(url)[0].aborted).to.equal(true);
    wrap.append(el);
    await settled(el);
    expect(title(el)).to.equal('Back');
    expect(net.callsTo(url)).to.have.length(2);
  });

  it('a feed that does not answer in time shows the error state; the event says it timed out', async () => {
    const url = fresh('timeout');
    net = fakeFetch({ [url]: hang() });
    const el = await fixture<TestFeedView>(html`<sw-test-view timeout="100" src=${url}></sw-test-view>`);
    const ev = (await oneEvent(el, 'feed-error')) as FeedErrorEvent;
    expect(ev.detail.code).to.equal('timeout');
    expect(ev.detail.reason).to.equal(`No complete answer from ${url} within 100 ms`);
    expect(el.viewState).to.equal('error');
    await aTimeout(5);
    expect(net.callsTo(url)[0].aborted, 'nobody waits for it any more').to.equal(true);
  });

  it('the default timeout is 15 seconds', async () => {
    const el = document.createElement('sw-test-view');
    expect(el.timeout).to.equal(15000);
  });

  it('a feed slowly dripping past the timeout fails, even though bytes keep coming', async () => {
    const url = fresh('drip');
    net = fakeFetch({ [url]: stream({ total: 10_000, chunk: 10, everyMs: 20 }) });
    const el = await fixture<TestFeedView>(html`<sw-test-view timeout="150" src=${url}></sw-test-view>`);
    const ev = (await oneEvent(el, 'feed-error')) as FeedErrorEvent;
    expect(ev.detail.code).to.equal('timeout');
  });

  it('a feed announcing more than 10 MB is refused before its body is read', async () => {
    const url = fresh('declared');
    streamStats.length = 0;
    net = fakeFetch({ [url]: stream({ total: 11 * 1024 * 1024, declared: 11 * 1024 * 1024 }) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    const ev = (await oneEvent(el, 'feed-error')) as FeedErrorEvent;
    expect(ev.detail.code).to.equal('too-large');
    expect(ev.detail.reason).to.match(/^The feed is larger than 10 MB/);
    expect(streamStats[0].pulled).to.be.below(1024 * 1024);
    expect(shadow(el).querySelector('[part="error-message"]')!.textContent).to.equal('This content is too large to show.');
  });

  it('a feed that says nothing of its size is cut off as soon as it passes 10 MB', async () => {
    const url = fresh('streamed');
    streamStats.length = 0;
    net = fakeFetch({ [url]: stream({ total: 50 * 1024 * 1024, chunk: 256 * 1024 }) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    const ev = (await oneEvent(el, 'feed-error')) as FeedErrorEvent;
    expect(ev.detail.code).to.equal('too-large');
    expect(streamStats[0].pulled).to.be.within(10 * 1024 * 1024, 11 * 1024 * 1024);
    expect(streamStats[0].cancelled).to.equal(true);
  });

  it('HTTP errors and dead networks show the error state with the reason in the event', async () => {
    const missing = fresh('404');
    const down = fresh('down');
    net = fakeFetch({ [missing]: () => new Response('gone', { status: 404, statusText: 'Not Found' }), [down]: () => Promise.reject(new TypeError('Failed to fetch')) });
    const a = await fixture<TestFeedView>(html`<sw-test-view src=${missing}></sw-test-view>`);
    const ea = (await oneEvent(a, 'feed-error')) as FeedErrorEvent;
    expect(ea.detail).to.include({ code: 'http', reason: `HTTP 404 Not Found for ${missing}`, url: missing });
    const b = await fixture<TestFeedView>(html`<sw-test-view src=${down}></sw-test-view>`);
    const eb = (await oneEvent(b, 'feed-error')) as FeedErrorEvent;
    expect(eb.detail.code).to.equal('network');
    expect(eb.detail.reason).to.contain('Failed to fetch');
  });

  it('retry asks the network again instead of reusing the failure: offline, then online', async () => {
    const url = fresh('retry');
    let online = false;
    net = fakeFetch({ [url]: () => (online ? json(feed('Back online'))(url, {}) : Promise.reject(new TypeError('Failed to fetch'))) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await oneEvent(el, 'feed-error');
    await el.updateComplete;
    online = true;
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await el.updateComplete;
    expect(el.viewState).to.equal('loading');
    await settled(el);
    expect(title(el)).to.equal('Back online');
    expect(net.callsTo(url)).to.have.length(2);
  });

  it('javascript: and data: sources show the error state without any request', async () => {
    net = fakeFetch(json(feed('never')));
    for (const src of ['javascript:alert(1)', 'data:application/json,{"items":[]}', 'ftp://example.org/feed.json']) {
      const el = document.createElement('sw-test-view');
      el.src = src;
      const event = oneEvent(el, 'feed-error');
      document.body.append(el);
      const ev = (await event) as FeedErrorEvent;
      expect(ev.detail.code, src).to.equal('unsafe-url');
      expect(el.viewState).to.equal('error');
      el.remove();
    }
    expect(net.calls).to.have.length(0);
  });

  it('a feed served with the wrong content type is read anyway when its content is a feed', async () => {
    const url = fresh('ctype');
    net = fakeFetch({ [url]: () => new Response(JSON.stringify(feed('Typed wrong')), { headers: { 'content-type': 'text/html' } }) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(el);
    expect(title(el)).to.equal('Typed wrong');
  });

  it('a truncated body shows the error state, the event giving the position of the JSON error', async () => {
    const url = fresh('cut');
    net = fakeFetch({ [url]: json('{"version": "https://jsonfeed.org/version/1.1",\n "items": [ {"id": "a", "tit') });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    const ev = (await oneEvent(el, 'feed-error')) as FeedErrorEvent;
    expect(ev.detail.code).to.equal('syntax');
    expect(ev.detail.reason).to.match(/^The feed is not valid JSON: .*the text stops early/);
    expect(shadow(el).querySelector('[part="error-message"]')!.textContent).to.equal('This content could not be read.');
  });

  it('a feed followed through a redirect resolves its relative links against where it ended up', async () => {
    const url = fresh('redirected');
    net = fakeFetch({
      [url]: () => {
        const res = new Response('<rss version="2.0"><channel><title>R</title><item><title>x</title><link>/post</link></item></channel></rss>');
        Object.defineProperty(res, 'url', { value: 'https://mirror.example.net/feeds/rss.xml' });
        return res;
      },
    });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(el);
    expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal('https://mirror.example.net/post');
  });

  it('a loaded feed is frozen, because other elements on the page share it', async () => {
    const url = fresh('frozen');
    net = fakeFetch({ [url]: json(feed('Frozen', ['a', 'b'])) });
    const el = await fixture<TestFeedView>(html`<sw-test-view src=${url}></sw-test-view>`);
    await settled(el);
    const shown = (el as unknown as { feedController: { value: { feed: { items: unknown[] } } } }).feedController.value.feed;
    expect(Object.isFrozen(shown.items)).to.equal(true);
    expect(() => shown.items.reverse()).to.throw(TypeError);
    expect(itemIds(el)).to.deep.equal(['a', 'b']);
  });
});
