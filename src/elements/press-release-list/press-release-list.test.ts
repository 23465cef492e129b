import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PressReleaseList } from './press-release-list.js';
import { makeReleaseFeed } from '../../../test/fixtures/press-release-list/make-feed.mjs';
import {
  $,
  $$,
  CAMPAIGN_URL,
  afterSearch,
  announced,
  campaignFeed,
  entries,
  renderList,
  serve,
  selectedTab,
  tabLabels,
  textOf,
} from '../../../test/fixtures/press-release-list/helpers.js';

const yearsIn = (items: { date_published?: string }[]) =>
  [...new Set(items.map((i) => i.date_published?.slice(0, 4)).filter(Boolean))].sort().reverse();

async function typeSearch(el: PressReleaseList, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await afterSearch(el);
}

describe('<press-release-list> reading the campaign feed', () => {
  it('tabs are exactly "All years" and each year present, newest first', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    expect(tabLabels(el)).to.deep.equal(['All years', ...yearsIn(feed.items)]);
    expect(selectedTab(el)).to.equal('All years');
  });

  it('shows every item newest first on the first page', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    const dates = entries(el).map((e) => e.date);
    expect(dates).to.have.length(Math.min(10, feed.items.length));
    expect([...dates].sort().reverse()).to.deep.equal(dates);
  });

  it('choosing "2014" shows only 2014’s releases, and all of them', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    $$(el, '[role="tab"]').find((t) => textOf(t) === '2014')!.click();
    await el.updateComplete;
    const shown = entries(el);
    expect(shown.length).to.equal(feed.items.filter((i) => i.date_published!.startsWith('2014')).length);
    expect(shown.every((e) => e.date.startsWith('2014'))).to.equal(true);
    expect(selectedTab(el)).to.equal('2014');
    expect(announced(el)).to.equal(`${shown.length} releases`);
  });

  it('searching "Lor Peang" finds the 14 August 2014 release, and says how many were found', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    await typeSearch(el, 'Lor Peang');
    const shown = entries(el);
    expect(shown.map((e) => e.date)).to.deep.equal(['2014-08-14']);
    expect(shown[0].title).to.contain('Lor Peang');
    expect(announced(el)).to.equal('1 release');
  });

  it('search ignores case and accents ("lôr PEANG")', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    await typeSearch(el, 'lôr PEANG');
    expect(entries(el).map((e) => e.date)).to.deep.equal(['2014-08-14']);
  });

  it('waits for typing to pause before searching', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    const before = entries(el).length;
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'Lor';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(entries(el).length, 'nothing filtered while typing').to.equal(before);
    await afterSearch(el);
    expect(entries(el).length).to.equal(1);
  });

  it('dates are shown only as precisely as the source states them', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    const byDate = Object.fromEntries($$(el, 'time').map((t) => [t.getAttribute('datetime'), textOf(t)]));
    expect(byDate['2014-01']).to.equal('January 2014');
    expect(byDate['2012']).to.equal('2012');
    expect(byDate['2014-08-14']).to.equal('14 August 2014');
  });

  it('each entry names its publisher, from the source or else the first author', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const shown = entries(el);
    const london = feed.items.find((i) => i.id === 'news-london')!;
    expect(shown.find((e) => e.title === london.title)!.publisher).to.equal(london._source!.publisher);
    feed.items[0]._source = { file: 'x' };
    const el2 = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    expect(entries(el2).find((e) => e.title === london.title)!.publisher).to.equal(london.authors![0].name);
  });

  it('titles link to the item’s URL only when it has one', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    for (const e of entries(el)) {
      const item = feed.items.find((i) => i.title === e.title)!;
      expect(e.link, item.id).to.equal(item.url ?? '');
    }
    for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) expect(a.rel).to.equal('noopener noreferrer');
  });

  it('a summary is shown as is; a long text is cut at a word with "…"; the full text opens and closes', async () => {
    const feed = makeReleaseFeed(3);
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const [withSummary, cut] = $$(el, 'ol.items > li');
    expect(textOf(withSummary.querySelector('.text'))).to.equal(feed.items[0].summary);
    const excerpt = textOf(cut.querySelector('.text'));
    expect(excerpt.endsWith('…')).to.equal(true);
    expect(excerpt.length).to.be.at.most(301);
    const button = cut.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(cut.querySelector('.text'))).to.equal(feed.items[1].content_text);
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(cut.querySelector('.text'));
    button.click();
    await el.updateComplete;
    expect(textOf(cut.querySelector('.text'))).to.equal(excerpt);
  });

  it('never repeats the title: a text that opens with it neither counts as more to read nor shows it again', async () => {
    const feed = await campaignFeed();
    const [a, b] = feed.items;
    Object.assign(a, { title: 'Suspended sentences for the 23', summary: 'The court convicted the 23.', content_text: 'Suspended sentences for the 23\n\nThe court convicted the 23.' });
    Object.assign(b, { title: 'A long day', summary: 'First sentence.', content_text: 'A long day\n\nFirst sentence.\n\nSecond paragraph.' });
    feed.items = [a, b];
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const byTitle = (t: string) => $$(el, 'ol.items > li').find((li) => textOf(li.querySelector('.title')) === t)!;
    const one = byTitle('Suspended sentences for the 23');
    const two = byTitle('A long day');
    expect(one.querySelector('[part="toggle"]') === null, 'nothing more to read').to.equal(true);
    two.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    expect([...two.querySelectorAll('.text p')].map(textOf)).to.deep.equal(['First sentence.', 'Second paragraph.']);
  });

  it('shows the tags of each entry by label, in the reader’s language, in the list and the filter', async () => {
    const feed = await campaignFeed();
    const strikeOf = (el: PressReleaseList) => $$(el, 'ol.items > li').find((li) => li.querySelector('time')?.getAttribute('datetime') === '2013-12-26')!;
    const tagOptions = (el: PressReleaseList) => $$<HTMLOptionElement>(el, 'select#tag option').map((o) => [o.value, textOf(o)]);
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    expect([...strikeOf(el).querySelectorAll('.tags li')].map(textOf)).to.deep.equal(['Press release', 'Strike']);
    expect(tagOptions(el)).to.deep.include(['press-release', 'Press release']);
    const km = await renderList(html`<press-release-list lang="km" .feed=${feed}></press-release-list>`);
    expect([...strikeOf(km).querySelectorAll('.tags li')].map(textOf)[0]).to.equal('សេចក្ដីប្រកាសព័ត៌មាន');
    expect(tagOptions(km)).to.deep.include(['press-release', 'សេចក្ដីប្រកាសព័ត៌មាន']);
    expect(textOf($(km, '.tags'))).not.to.contain('press-release');
  });

  it('a publisher filter appears when there are several publishers, and filters', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const select = $<HTMLSelectElement>(el, 'select#publisher')!;
    expect(select).to.exist;
    select.value = 'CLEC';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const expected = feed.items.filter((i) => i._source?.publisher === 'CLEC').length;
    expect(entries(el).length).to.equal(expected);
    expect(entries(el).every((e) => e.publisher === 'CLEC')).to.equal(true);

    const one = await renderList(html`<press-release-list .feed=${feed} publisher="clec"></press-release-list>`);
    expect($(one, 'select#publisher'), 'one publisher: no filter').to.equal(null);
    expect(entries(one).length).to.equal(expected);
  });

  it('the tag filter shows only entries with that tag', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const select = $<HTMLSelectElement>(el, 'select#tag')!;
    select.value = 'strike';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(entries(el).length).to.equal(feed.items.filter((i) => i.tags?.includes('strike')).length);
  });

  it('the `tag` attribute limits the whole list, tabs included', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed} tag="report"></press-release-list>`);
    const reports = feed.items.filter((i) => i.tags?.includes('report'));
    expect(entries(el).length).to.equal(reports.length);
    expect(tabLabels(el)).to.deep.equal(['All years', ...yearsIn(reports)]);
  });

  it('when nothing matches it says so, and "Clear filters" brings everything back', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    await typeSearch(el, 'no such words anywhere');
    expect(entries(el)).to.have.length(0);
    expect(announced(el)).to.equal('No releases match these filters.');
    const said = textOf(el.shadowRoot!.querySelector('.panel')).match(/No releases match/g) ?? [];
    expect(said, 'one message, not two').to.have.length(1);
    $<HTMLButtonElement>(el, '[part="clear"]')!.click();
    await el.updateComplete;
    expect(entries(el).length).to.equal(Math.min(10, feed.items.length));
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
  });

  it('`years="hide"` removes the tabs', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL} years="hide"></press-release-list>`);
    expect($(el, '[role="tablist"]')).to.equal(null);
    expect(entries(el).length).to.be.above(0);
  });
});

describe('<press-release-list> paging', () => {
  it('shows `page-size` entries and a pager; the current page is marked', async () => {
    const feed = makeReleaseFeed(35);
    const el = await renderList(html`<press-release-list .feed=${feed} page-size="10"></press-release-list>`);
    expect(entries(el)).to.have.length(10);
    const pages = $$(el, '[part="pager"] button').map(textOf);
    expect(pages).to.deep.equal(['Previous', '1', '2', '3', '4', 'Next']);
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('1');
    expect($(el, 'button.previous')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('page 2 shows the next ten, in order', async () => {
    const feed = makeReleaseFeed(35);
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const first = entries(el);
    $$(el, '[part="pager"] button').find((b) => textOf(b) === '2')!.click();
    await el.updateComplete;
    const second = entries(el);
    expect(second).to.have.length(10);
    expect(second[0].date <= first[9].date).to.equal(true);
    expect(second.map((e) => e.title)).to.not.include.members(first.map((e) => e.title));
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('2');
  });

  it('the last page holds the remainder and "Next" does nothing there', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(35)}></press-release-list>`);
    $$(el, '[part="pager"] button').find((b) => textOf(b) === '4')!.click();
    await el.updateComplete;
    expect(entries(el)).to.have.length(5);
    const next = $<HTMLButtonElement>(el, 'button.next')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('4');
  });

  it('a filter goes back to page 1', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(60)}></press-release-list>`);
    $<HTMLButtonElement>(el, 'button.next')!.click();
    await el.updateComplete;
    $$(el, '[role="tab"]').find((t) => textOf(t) === '2014')!.click();
    await el.updateComplete;
    expect($$(el, '[part="pager"] button').length, 'still several pages').to.be.above(3);
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('1');
  });

  it('`paging="more"` adds the next entries below the first ones', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(25)} paging="more"></press-release-list>`);
    expect($(el, '[part="pager"]')).to.equal(null);
    const first = entries(el);
    const more = $<HTMLButtonElement>(el, '[part="more"]')!;
    expect(textOf(more)).to.equal('Show 10 more');
    more.click();
    await el.updateComplete;
    const after = entries(el);
    expect(after).to.have.length(20);
    expect(after.slice(0, 10)).to.deep.equal(first);
    $<HTMLButtonElement>(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect(entries(el)).to.have.length(25);
    expect($(el, '[part="more"]'), 'nothing left to show').to.equal(null);
  });

  it('10,000 items: only the current page is in the DOM', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(10_000)}></press-release-list>`);
    expect($$(el, 'ol.items > li')).to.have.length(10);
    expect(announced(el)).to.equal('10,000 releases');
    expect($$(el, '[part="pager"] button').length).to.be.below(12);
  });
});

describe('<press-release-list> options', () => {
  it('`limit="3"` is a compact sidebar: the latest three, no tabs, search or pager', async () => {
    const feed = await campaignFeed();
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL} limit="3" heading="Latest"></press-release-list>`);
    const shown = entries(el);
    const newest = feed.items.map((i) => i.date_published!.slice(0, 10)).sort().reverse().slice(0, 3);
    expect(shown.map((e) => e.date.padEnd(10, '-01').slice(0, 10))).to.have.length(3);
    expect(shown[0].date).to.equal(newest[0]);
    for (const sel of ['[role="tablist"]', 'input', 'select', '[part="pager"]', '[part="more"]', '.tags']) expect($(el, sel), sel).to.equal(null);
  });

  it('`heading` and `heading-level` make a real heading, with entry titles one level below', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL} heading="Press releases" heading-level="3"></press-release-list>`);
    expect(textOf($(el, 'h3.heading'))).to.equal('Press releases');
    expect($$(el, 'h4.title').length).to.equal(entries(el).length);
    const plain = await renderList(html`<press-release-list src=${CAMPAIGN_URL} heading="News"></press-release-list>`);
    expect($(plain, 'h2.heading')).to.exist;
    expect($(plain, 'h3.title')).to.exist;
  });

  it('the `heading` slot replaces the heading with the page’s own', async () => {
    const el = await renderList(
      html`<press-release-list src=${CAMPAIGN_URL} heading="ignored"><h2 slot="heading">Our statements</h2></press-release-list>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="heading"]')!;
    expect(slot.assignedElements().map(textOf)).to.deep.equal(['Our statements']);
  });

  it('the `footer` slot shows after the list', async () => {
    const el = await renderList(
      html`<press-release-list src=${CAMPAIGN_URL} limit="3"><a slot="footer" href="/press">All press releases</a></press-release-list>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="footer"]')!;
    expect(slot.assignedElements().map(textOf)).to.deep.equal(['All press releases']);
    expect(slot.compareDocumentPosition($(el, 'ol.items')!) & Node.DOCUMENT_POSITION_PRECEDING).to.be.ok;
  });

  it('`layout="cards"` lays entries out in a grid', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL} layout="cards"></press-release-list>`);
    expect(getComputedStyle($(el, 'ol.items')!).display).to.equal('grid');
    const list = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    expect(getComputedStyle($(list, 'ol.items')!).display).to.equal('block');
  });

  it('subscribe links for JSON Feed, RSS and Atom appear when given (http/https only)', async () => {
    const el = await renderList(html`<press-release-list
      src=${CAMPAIGN_URL}
      subscribe-url="/campaign/feed.json"
      subscribe-rss="https://union.example.org/feed.rss"
      subscribe-atom="javascript:alert(1)"
    ></press-release-list>`);
    const links = $$<HTMLAnchorElement>(el, '[part="subscribe"] a');
    expect(links.map((a) => [textOf(a), a.href])).to.deep.equal([
      ['JSON Feed', new URL('/campaign/feed.json', document.baseURI).href],
      ['RSS', 'https://union.example.org/feed.rss'],
    ]);
    const none = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    expect($(none, '[part="subscribe"]')).to.equal(null);
  });

  it('in Khmer: Khmer words, Khmer digits, Khmer month names', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL} lang="km"></press-release-list>`);
    expect(tabLabels(el)[0]).to.equal('គ្រប់ឆ្នាំ');
    expect(tabLabels(el)[1]).to.equal('២០១៤');
    expect(textOf($(el, 'time[datetime="2014-01"]'))).to.equal('មករា ២០១៤');
    expect(textOf($(el, 'label[for="search"]'))).to.equal('ស្វែងរកសេចក្ដីប្រកាស');
    expect(announced(el)).to.match(/^សេចក្ដីប្រកាស [០-៩]+$/);
  });

  it('a link that is not http(s) is never made', async () => {
    const feed = await campaignFeed();
    feed.items[0].url = 'javascript:alert(1)';
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    expect($$(el, 'a').filter((a) => !/^https?:/.test(a.getAttribute('href') ?? ''))).to.have.length(0);
  });

  it('an empty feed shows the empty state (or the `empty` slot)', async () => {
    const el = await renderList(
      html`<press-release-list .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [] }}>
        <p slot="empty">No press releases yet.</p>
      </press-release-list>`,
    );
    expect($(el, '[part="empty"]')).to.exist;
    expect($<HTMLSlotElement>(el, 'slot[name="empty"]')!.assignedElements().map(textOf)).to.deep.equal(['No press releases yet.']);
  });

  it('a feed that cannot be loaded shows the error state and a retry button', async () => {
    const broken = serve('/__prl-fixtures/truncated.json', '{"version": "https://jsonfeed.org/version/1.1", "items": [ trunc');
    const el = await renderList(html`<press-release-list src=${broken}></press-release-list>`);
    expect(el.state).to.equal('error');
    expect($(el, '[part="error"] button')).to.exist;
  });

  it('reads RSS and Atom too', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Union news</title><link>https://union.example.org/</link>
      <item><title>Strike ends</title><link>https://union.example.org/1</link><pubDate>Tue, 07 Jan 2014 09:00:00 GMT</pubDate><description>Workers return.</description></item>
      <item><title>Strike begins</title><link>https://union.example.org/0</link><pubDate>Tue, 24 Dec 2013 09:00:00 GMT</pubDate><description>Workers stop work.</description></item>
    </channel></rss>`;
    const fromRss = await renderList(html`<press-release-list .feed=${rss}></press-release-list>`);
    expect(entries(fromRss).map((e) => [e.title, e.date])).to.deep.equal([
      ['Strike ends', '2014-01-07'],
      ['Strike begins', '2013-12-24'],
    ]);
    expect(tabLabels(fromRss)).to.deep.equal(['All years', '2014', '2013']);
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Union</title><id>urn:x</id><updated>2014-01-07T00:00:00Z</updated>
      <entry><title>Statement on the trial</title><id>urn:1</id><link href="https://union.example.org/t"/><updated>2014-05-29T00:00:00Z</updated><summary>The trial of the 23.</summary></entry>
    </feed>`;
    const fromAtom = await renderList(html`<press-release-list .feed=${atom}></press-release-list>`);
    expect(entries(fromAtom).map((e) => e.title)).to.deep.equal(['Statement on the trial']);
  });

  it('a feed spanning many years gets a Year menu instead of a long row of tabs', async () => {
    const feed = makeReleaseFeed(400);
    feed.items.forEach((item, i) => (item.date_published = `${1990 + (i % 30)}-06-01T00:00:00Z`));
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    expect($(el, '[role="tablist"]')).to.equal(null);
    const select = $<HTMLSelectElement>(el, 'select#year')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.have.length(31);
    select.value = '2001';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(entries(el).length).to.be.above(0);
    expect(entries(el).every((e) => e.date.startsWith('2001'))).to.equal(true);
  });

  it('page size is capped at 100 and filters offer at most 100 values, so hostile feeds stay light', async () => {
    const feed = makeReleaseFeed(300);
    feed.items.forEach((item, i) => (item.tags = [`tag-${i}`, 'common']));
    const el = await renderList(html`<press-release-list .feed=${feed} page-size="100000"></press-release-list>`);
    expect(entries(el)).to.have.length(100);
    const options = $$<HTMLOptionElement>(el, 'select#tag option');
    expect(options.length).to.equal(101);
    expect(options.map((o) => o.value)).to.include('common');
  });

  it('hostile text is shown as text: no script runs, no markup is made, no unsafe link', async () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '"><script>window.__pwned=1</script>',
      "javascript:window.__pwned=1",
      '<svg onload=window.__pwned=1>',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '\u202eevil\u202c 𝕏 \u0000 ‮',
    ];
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: payloads[0],
      items: payloads.map((p, i) => ({
        id: p,
        title: p,
        summary: p,
        content_text: `${p} `.repeat(80),
        url: i % 2 ? 'javascript:window.__pwned=1' : `https://example.org/${encodeURIComponent(p)}`,
        date_published: '2014-01-0' + (i + 1) + 'T00:00:00Z',
        tags: [p],
        authors: [{ name: p }],
        _source: { file: 'x', publisher: p },
      })),
    };
    const el = await renderList(html`<press-release-list .feed=${feed} heading=${payloads[1]} sync-url></press-release-list>`);
    expect(entries(el).length, 'the hostile items are shown, not dropped').to.be.at.least(payloads.length - 1);
    for (const b of $$<HTMLButtonElement>(el, 'button[aria-expanded]')) b.click();
    await el.updateComplete;
    await typeSearch(el, payloads[0]);
    expect(entries(el).map((e) => e.title)).to.include(payloads[0]);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect($$(el, 'img, script, svg, iframe, object')).to.have.length(0);
    for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) expect(a.protocol).to.match(/^https?:$/);
    expect(textOf($(el, '.heading'))).to.equal(payloads[1]);
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('<press-release-list> on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** Where the text of a node starts on screen (its first glyph, not its box). */
  const textLeft = (node: Element) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getClientRects()[0].left;
  };

  it('at 375 px a meta line that wraps starts the new line with the publisher, not with "·"', async () => {
    await setViewport({ width: 375, height: 700 });
    const feed = await campaignFeed();
    feed.items = [{ ...feed.items[0], _source: { ...feed.items[0]._source!, publisher: 'The Community Legal Education Center and its partner unions' } }];
    const el = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const meta = $(el, '[part="meta"]')!;
    const date = meta.querySelector('time')!;
    const publisher = meta.querySelector('.publisher')!;
    const edge = meta.getBoundingClientRect().left;
    expect(publisher.getBoundingClientRect().top, 'the publisher wraps').to.be.above(date.getBoundingClientRect().bottom - 1);
    expect(textLeft(date)).to.be.closeTo(edge, 1);
    expect(textLeft(publisher), 'no dot before the wrapped line').to.be.closeTo(edge, 1);
    // The dot is still there when both fit on one line.
    await setViewport({ width: 800, height: 600 });
    feed.items[0]._source!.publisher = 'CLEC';
    const one = await renderList(html`<press-release-list .feed=${feed}></press-release-list>`);
    const pub = $(one, '[part="meta"] .publisher')!;
    expect(getComputedStyle(pub, '::before').content).to.contain('·');
    expect(textLeft(pub)).to.be.above($(one, '[part="meta"] time')!.getBoundingClientRect().right + 4);
  });
});
