import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressReleaseList } from './press-release-list.js';
import { makeReleaseFeed } from '../../../test/fixtures/press-release-list/make-feed.mjs';
import {
  $,
  $$,
  CAMPAIGN_URL,
  afterSearch,
  announced,
  entries,
  focused,
  mount,
  renderList,
  selectedTab,
  settle,
  tabLabels,
  textOf,
} from '../../../test/fixtures/press-release-list/helpers.js';

/** Presses Tab until `match` has focus (like a keyboard user would), at most `max` times. */
async function tabTo(el: PressReleaseList, match: (f: HTMLElement) => boolean, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused(el);
    if (f && match(f)) return f;
  }
  throw new Error('never reached by Tab');
}

/** A focusable button before the list, where keyboard journeys start. */
async function start(el: PressReleaseList) {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
}

describe('<press-release-list> with the keyboard only', () => {
  it('the year tabs are one Tab stop; arrows, Home and End choose a year', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    await start(el);
    const tab = await tabTo(el, (f) => f.getAttribute('role') === 'tab');
    expect(textOf(tab)).to.equal('All years');
    expect($$(el, '[role="tab"]').filter((t) => t.tabIndex === 0)).to.have.length(1);

    const years = tabLabels(el);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal(years[1]);
    expect(textOf(focused(el))).to.equal(years[1]);
    expect(entries(el).every((e) => e.date.startsWith(years[1]))).to.equal(true);

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal(years[years.length - 1]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el), 'wraps to the first').to.equal('All years');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selectedTab(el), 'wraps to the last').to.equal(years[years.length - 1]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('All years');
    expect(focused(el)?.getAttribute('role')).to.equal('tab');

    // One more Tab leaves the tab list for the entries.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('role')).to.not.equal('tab');
  });

  it('in a right-to-left page the arrows follow the reading direction', async () => {
    const { el: list, remove } = mount(html`<div dir="rtl"><press-release-list src=${CAMPAIGN_URL}></press-release-list></div>`);
    try {
      await settle(list);
      $<HTMLElement>(list, '[role="tab"][aria-selected="true"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await list.updateComplete;
      expect(selectedTab(list)).to.equal(tabLabels(list)[1]);
    } finally {
      remove();
    }
  });

  it('typing a search and the live region announcing how many were found', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    await start(el);
    await tabTo(el, (f) => f.matches('input[type="search"]'));
    await sendKeys({ type: 'Lor Peang' });
    await afterSearch(el);
    expect(entries(el).map((e) => e.date)).to.deep.equal(['2014-08-14']);
    const live = $(el, '[part="count"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(announced(el)).to.equal('1 release');
    expect(live.getAttribute('aria-live') ?? 'polite (implicit in role=status)').to.contain('polite');
    // Escape clears a search box; the whole list comes back.
    await sendKeys({ press: 'Escape' });
    await afterSearch(el);
    expect(entries(el).length).to.be.above(1);
    expect(announced(el)).to.match(/^\d+ releases$/);
  });

  it('Enter searches at once, without waiting for the pause', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'Lor' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(entries(el)).to.have.length(1);
  });

  it('the pager: Tab to a page number, Enter, and focus moves to the new page of entries', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(35)}></press-release-list>`);
    await start(el);
    const two = await tabTo(el, (f) => f.getAttribute('part') === 'page' && textOf(f) === '2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('2');
    expect(two).to.exist;
    const list = focused(el)!;
    expect(list.matches('ol.items')).to.equal(true);
    expect(list.getAttribute('aria-label')).to.equal('Releases, page 2 of 4');

    const next = await tabTo(el, (f) => f.classList.contains('next'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('3');
    expect(next).to.exist;
    const prev = await tabTo(el, (f) => f.classList.contains('previous'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(textOf($(el, '[aria-current="page"]'))).to.equal('2');
    expect(prev).to.exist;
  });

  it('"Show more" moves focus to the first entry it added', async () => {
    const feed = makeReleaseFeed(25);
    const el = await renderList(html`<press-release-list .feed=${feed} paging="more"></press-release-list>`);
    await start(el);
    await tabTo(el, (f) => f.getAttribute('part') === 'more');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const f = focused(el)!;
    expect(f.tagName).to.equal('ARTICLE');
    const items = $$(el, 'ol.items > li');
    expect(items.indexOf(f.closest('li')!)).to.equal(10);
    expect(f.getAttribute('aria-labelledby')).to.exist;
  });

  it('"Read full text" opens and closes with the keyboard, focus staying on the button', async () => {
    const el = await renderList(html`<press-release-list .feed=${makeReleaseFeed(3)}></press-release-list>`);
    await start(el);
    const button = await tabTo(el, (f) => f.hasAttribute('aria-expanded'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('"Clear filters" puts focus back in the search box', async () => {
    const el = await renderList(html`<press-release-list src=${CAMPAIGN_URL}></press-release-list>`);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'zzzz nothing' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await start(el);
    await tabTo(el, (f) => f.getAttribute('part') === 'clear');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.matches('input[type="search"]')).to.equal(true);
    expect(entries(el).length).to.be.above(1);
  });
});
