import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatDate } from '../../runtime/format.js';
import type { CampaignFeed, Incident } from '../../feed/types.js';
import {
  $,
  $$,
  CAMPAIGN_URL,
  MISSING_URL,
  TIMELINEJS_URL,
  campaignFeed,
  renderTimeline,
  settle,
  shownEvents,
  summary,
  textOf,
  timelineJsDoc,
} from '../../../test/fixtures/incident-timeline/helpers.js';
import type { IncidentTimeline } from './incident-timeline.js';
import { EventSelectEvent } from './event-select.js';
import { periodEndDay, periodStartDay } from '../../feed/date-ranges.js';

const feed = campaignFeed();
const incidents = feed._campaign!.incidents!;
const byId = (id: string) => incidents.find((i) => i.id === id)!;
const itemOf = (id: string) => feed.items.find((i) => i.id === id)!;

function eventLi(el: IncidentTimeline, title: string): HTMLElement {
  const e = shownEvents(el).find((x) => x.title === title);
  if (!e) throw new Error(`"${title}" is not shown`);
  return e.li;
}

async function openSources(el: IncidentTimeline, li: HTMLElement): Promise<HTMLDetailsElement> {
  const details = li.querySelector<HTMLDetailsElement>('details.sources')!;
  details.querySelector('summary')!.click();
  await el.updateComplete;
  return details;
}

async function typeSearch(el: IncidentTimeline, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle(el);
}

const chip = (el: IncidentTimeline, label: string) =>
  $$<HTMLButtonElement>(el, 'button.chip').find((b) => textOf(b).startsWith(label))!;

/** A small feed of our own: two killings (one exact, one "at least"), an arrest and a year-only event. */
function killingsFeed(): CampaignFeed {
  const f = campaignFeed();
  const base = { place: { name: 'Phnom Penh', country: 'KH' }, sources: [] };
  f._campaign!.incidents = [
    { ...base, id: 'k1', date: '2014-01-03', kind: 'killing', title: 'Shooting at a picket', deaths: { value: 4, qualifier: 'at-least' } },
    { ...base, id: 'k2', date: '2014-03-10', kind: 'killing', title: 'A striker dies of his wounds', deaths: { value: 2, qualifier: 'exact' } },
    { ...base, id: 'a1', date: '2014-02', kind: 'arrest', title: 'Organisers detained', arrested: { value: 23, qualifier: 'exact' } },
    { ...base, id: 'y1', date: '2014', kind: 'other', title: 'A year of wage talks' },
  ] as Incident[];
  return f;
}

describe('<incident-timeline> on the campaign feed', () => {
  it('lists every incident in date order, a month-only date at the start of its month', async () => {
    const el = await renderTimeline(html`<incident-timeline src=${CAMPAIGN_URL}></incident-timeline>`);
    const shown = shownEvents(el);
    expect(shown).to.have.length(incidents.length);
    const keys = shown.map((e) => e.datetime.padEnd(10, '-'));
    expect([...keys].sort()).to.deep.equal(keys);
    // "January 2014" (the arrests) comes before "3 January 2014" (the shooting).
    expect(shown.map((e) => e.title).indexOf(byId('i-arrests').title)).to.be.lessThan(
      shown.map((e) => e.title).indexOf(byId('i-shooting').title),
    );
  });

  it('groups events under year and month headings', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const years = $$(el, '.year-heading').map(textOf);
    expect(years).to.deep.equal([...new Set(incidents.map((i) => i.date.slice(0, 4)))].sort());
    for (const e of shownEvents(el)) {
      const month = e.li.closest('li.month')!.querySelector('.month-heading')!;
      const year = e.li.closest('li.year')!.querySelector('.year-heading')!;
      expect(textOf(month)).to.equal(formatDate(e.datetime.slice(0, 7), 'en'));
      expect(textOf(year)).to.equal(e.datetime.slice(0, 4));
    }
    const headings = $$(el, '.year-heading, .month-heading');
    expect(headings.every((h) => getComputedStyle(h).position === 'sticky')).to.equal(true);
  });

  it('labels reduced precision as what it is, and a range as a span', async () => {
    const spans = campaignFeed();
    for (const i of spans._campaign!.incidents!) delete i.range;
    const el = await renderTimeline(html`<incident-timeline .feed=${spans}></incident-timeline>`);
    expect(textOf(eventLi(el, byId('i-arrests').title).querySelector('.date'))).to.equal('January 2014');
    expect(textOf(eventLi(el, byId('i-shooting').title).querySelector('.date'))).to.equal('3 January 2014');
    const march = eventLi(el, byId('i-lor-peang').title);
    expect(textOf(march.querySelector('.date'))).to.equal('12–14 August 2014');
    expect([...march.querySelectorAll('.date time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      byId('i-lor-peang').date,
      byId('i-lor-peang').end,
    ]);

    const own = await renderTimeline(html`<incident-timeline .feed=${killingsFeed()}></incident-timeline>`);
    const yearOnly = eventLi(own, 'A year of wage talks');
    expect(textOf(yearOnly.querySelector('.date'))).to.equal('2014');
    expect(textOf(yearOnly.closest('li.month')!.querySelector('.month-heading'))).to.equal('2014, month not stated');
    // A year-only event opens its year.
    expect(shownEvents(own)[0].title).to.equal('A year of wage talks');
  });

  it('the 3 January shooting shows both of its sources, each quote linked to its document', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const li = eventLi(el, byId('i-shooting').title);
    const toggle = li.querySelector('details.sources summary')!;
    expect(textOf(toggle)).to.equal(`Sources (${byId('i-shooting').sources.length})`);
    const details = await openSources(el, li);
    expect(details.open).to.equal(true);
    const quotes = [...details.querySelectorAll('blockquote')].map(textOf);
    expect(quotes).to.deep.equal(byId('i-shooting').sources.map((s) => s.quote));
    const links = [...details.querySelectorAll<HTMLAnchorElement>('a[part="source-link"]')];
    expect(links.map((a) => a.href)).to.deep.equal(byId('i-shooting').sources.map((s) => itemOf(s.item).url));
    expect(links.map(textOf)).to.deep.equal(byId('i-shooting').sources.map((s) => itemOf(s.item).title));
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
    // The London item is dated to the month only, and cited that way.
    expect(textOf(details)).to.contain(formatDate(itemOf('news-london').date_published!.slice(0, 7), 'en'));
  });

  it('a source document without a link is cited by its title', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const details = await openSources(el, eventLi(el, byId('i-trial').title));
    const item = itemOf(byId('i-trial').sources[0].item);
    expect(item.url).to.equal(undefined);
    expect(details.querySelector('a')).to.equal(null);
    expect(textOf(details.querySelector('cite'))).to.equal(item.title);
  });

  it('shows counts with their qualifiers', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const counts = (id: string) => [...eventLi(el, byId(id).title).querySelectorAll('.counts li')].map(textOf);
    expect(counts('i-shooting')).to.deep.equal([`at least ${byId('i-shooting').deaths!.value} killed`]);
    expect(counts('i-arrests')).to.deep.equal([`${byId('i-arrests').arrested!.value} arrested`]);
    expect(counts('i-migration')).to.deep.equal([`more than ${byId('i-migration').participants!.value.toLocaleString('en-GB')} people`]);
    expect(counts('i-lor-peang')).to.deep.equal([`about ${byId('i-lor-peang').participants!.value} people`]);
  });

  it('sums up honestly: the summary line says "at least" when any part is a lower bound', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const deaths = byId('i-shooting').deaths!.value;
    const arrested = byId('i-arrests').arrested!.value;
    expect(summary(el)).to.equal(
      `${incidents.length} incidents, at least ${deaths} killed, ${arrested} arrested between Dec 2013 and Aug 2014`,
    );
    const own = await renderTimeline(html`<incident-timeline .feed=${killingsFeed()}></incident-timeline>`);
    // Exact 2 + at least 4 = at least 6: never "6 killed".
    expect(summary(own)).to.equal('4 incidents, at least 6 killed, 23 arrested in 2014');
    expect($(own, '[part="summary"]')!.getAttribute('role')).to.equal('status');
  });

  it('choosing the "Killing" chip shows only killings, and the summary says how many of all', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const killings = incidents.filter((i) => i.kind === 'killing');
    expect(textOf(chip(el, 'Killing'))).to.equal(`Killing (${killings.length})`);
    chip(el, 'Killing').click();
    await settle(el);
    expect(shownEvents(el).map((e) => e.title)).to.deep.equal(killings.map((k) => k.title));
    expect(chip(el, 'Killing').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, 'All kinds').getAttribute('aria-pressed')).to.equal('false');
    expect(summary(el)).to.match(new RegExp(`^${killings.length} of ${incidents.length} incidents, at least 4 killed`));
    chip(el, 'Arrest').click();
    await settle(el);
    expect(shownEvents(el)).to.have.length(killings.length + incidents.filter((i) => i.kind === 'arrest').length);
    chip(el, 'All kinds').click();
    await settle(el);
    expect(shownEvents(el)).to.have.length(incidents.length);
  });

  it('searching "Veng Sreng" finds the shooting by its description; chip counts follow the search', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    await typeSearch(el, 'veng  SRENG');
    expect(shownEvents(el).map((e) => e.title)).to.deep.equal([byId('i-shooting').title]);
    expect(summary(el)).to.match(new RegExp(`^1 of ${incidents.length} incidents`));
    expect(textOf(chip(el, 'Strike'))).to.equal('Strike (0)');
    await typeSearch(el, 'no such words anywhere');
    expect(shownEvents(el)).to.have.length(0);
    expect(textOf($(el, '[part="no-match"]'))).to.equal('No events match these filters.');
    $<HTMLButtonElement>(el, 'button.clear')!.click();
    await settle(el);
    expect(shownEvents(el)).to.have.length(incidents.length);
  });

  it('`from` and `to` keep the events whose period overlaps the range', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()} from="2014-02" to="2014-06"></incident-timeline>`);
    const expected = incidents.filter((i) => i.date >= '2014-02' && i.date <= '2014-06-31').map((i) => i.title);
    expect(shownEvents(el).map((e) => e.title)).to.deep.equal(expected);
    // The fields show the dates as given: a month stays a month.
    expect($<HTMLInputElement>(el, 'input#from')!.value).to.equal('2014-02');
    expect($<HTMLInputElement>(el, 'input#to')!.value).to.equal('2014-06');
  });

  it('the date fields take a year, a month or a day (Khmer digits too); text that is not a date is flagged and filters nothing', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const from = $<HTMLInputElement>(el, 'input#from')!;
    const type = async (input: HTMLInputElement, text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
    };
    await type(from, '2014-02');
    expect(el.from).to.equal('2014-02');
    const endsFrom = (day: string) => incidents.filter((i) => periodEndDay(i.end ?? i.date) >= periodStartDay(day));
    expect(shownEvents(el).map((e) => e.title).sort()).to.deep.equal(endsFrom('2014-02').map((i) => i.title).sort());

    await type(from, 'last spring');
    const field = $<HTMLInputElement>(el, 'input#from')!;
    expect(field.value, 'what the reader typed stays').to.equal('last spring');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el, `#${field.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(textOf(error)).to.match(/^From: Not a date/);
    expect(el.from, 'the last good date still applies').to.equal('2014-02');

    await type(field, '២០១៣');
    expect(el.from).to.equal('2013');
    expect($<HTMLInputElement>(el, 'input#from')!.getAttribute('aria-invalid')).to.equal('false');
    expect(shownEvents(el)).to.have.length(endsFrom('2013').length);

    await type($<HTMLInputElement>(el, 'input#from')!, '');
    expect(el.from).to.equal(undefined);
    expect(shownEvents(el)).to.have.length(incidents.length);
  });

  it('with solidarity actions, choosing a country shows only what happened there', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()} include-actions></incident-timeline>`);
    const all = incidents.length + feed._campaign!.actions!.length;
    expect(shownEvents(el)).to.have.length(all);
    expect(summary(el)).to.match(new RegExp(`^${all} events`));
    const select = $<HTMLSelectElement>(el, 'select#country')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const berlin = feed._campaign!.actions!.filter((a) => a.place?.country === 'DE');
    expect(shownEvents(el).map((e) => e.title)).to.deep.equal(berlin.map((a) => a.title));
    expect(textOf(shownEvents(el)[0].li.querySelector('.badge'))).to.equal('Solidarity action');
    expect(textOf(shownEvents(el)[0].li.querySelector('.place'))).to.equal('Berlin, Germany');
  });

  it('`content-warning` keeps a killing described only after the reader opens it', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()} content-warning></incident-timeline>`);
    const li = eventLi(el, byId('i-shooting').title);
    const warning = li.querySelector<HTMLDetailsElement>('details.warning')!;
    const description = warning.querySelector('.description')!;
    expect(warning.open).to.equal(false);
    expect(description.checkVisibility()).to.equal(false);
    expect(textOf(warning.querySelector('summary'))).to.contain('Content warning');
    warning.querySelector('summary')!.click();
    await el.updateComplete;
    expect(warning.open).to.equal(true);
    expect(description.checkVisibility()).to.equal(true);
    expect(textOf(description)).to.equal(byId('i-shooting').description);
    const plain = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    expect(eventLi(plain, byId('i-shooting').title).querySelector('details.warning')).to.equal(null);
  });

  it('selecting an event fires `event-select` with its id, kind and date (bubbling, not composed)', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    const li = eventLi(el, byId('i-arrests').title);
    setTimeout(() => (li.querySelector('.title') as HTMLElement).click());
    const ev = (await oneEvent(el, 'event-select')) as EventSelectEvent;
    expect(ev).to.be.instanceOf(EventSelectEvent);
    expect(ev.detail).to.deep.equal({ id: 'i-arrests', type: 'incident', kind: 'arrest', date: '2014-01', end: undefined });
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(false);
    await el.updateComplete;
    expect(li.getAttribute('aria-current')).to.equal('true');
  });

  it('`highlight` scrolls to the event and focuses it', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()} highlight="i-migration"></incident-timeline>`);
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('li.event'), 'nothing focused');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(textOf(focused.querySelector('.title'))).to.equal(byId('i-migration').title);
    const r = focused.getBoundingClientRect();
    expect(r.bottom).to.be.greaterThan(0);
    expect(r.top).to.be.lessThan(innerHeight);
    el.highlight = 'i-strike';
    await waitUntil(() => textOf(el.shadowRoot!.activeElement?.querySelector('.title')) === byId('i-strike').title, 'highlight change ignored');
  });

  it('a `#incident-<id>` link focuses the event, clearing filters that hid it', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()} kinds="strike"></incident-timeline>`);
    expect(shownEvents(el)).to.have.length(incidents.filter((i) => i.kind === 'strike').length);
    const before = location.hash;
    location.hash = '#incident-i-trial';
    try {
      await waitUntil(() => textOf(el.shadowRoot!.activeElement?.querySelector('.title')) === byId('i-trial').title, 'deep link ignored');
      expect(shownEvents(el)).to.have.length(incidents.length);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-current')).to.equal('true');
    } finally {
      history.replaceState(null, '', before || location.pathname);
    }
  });

  it('a deep link present when the page loads is honoured once the feed arrives', async () => {
    history.replaceState(null, '', '#incident-i-lor-peang');
    try {
      const el = await renderTimeline(html`<incident-timeline src=${CAMPAIGN_URL}></incident-timeline>`);
      await waitUntil(() => textOf(el.shadowRoot!.activeElement?.querySelector('.title')) === byId('i-lor-peang').title, 'deep link ignored');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});

describe('<incident-timeline> with other inputs', () => {
  it('renders a TimelineJS file (for people leaving TimelineJS)', async () => {
    const doc = timelineJsDoc() as { events: { text: { headline: string }; start_date: { year: string; month?: string } }[] };
    const el = await renderTimeline(html`<incident-timeline src=${TIMELINEJS_URL}></incident-timeline>`);
    const shown = shownEvents(el);
    expect(shown.map((e) => e.title).sort()).to.deep.equal(doc.events.map((e) => e.text.headline).sort());
    const killing = shown.find((e) => e.title === 'Shooting on Veng Sreng Boulevard')!;
    expect(killing.kind).to.equal('Killing');
    expect(textOf(killing.li.querySelector('.counts'))).to.equal('at least 4 killed');
    expect(shown.find((e) => e.title === '23 workers and activists arrested')!.date).to.equal('January 2014');
    expect(shown.find((e) => e.title === 'A year of protests over wages')!.date).to.equal('2014');
    // No markup from the TimelineJS text survives as markup.
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('a TimelineJS object passed as `.feed` renders too', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${timelineJsDoc()}></incident-timeline>`);
    expect(shownEvents(el).length).to.equal((timelineJsDoc().events as unknown[]).length);
  });

  it('speaks Khmer: month names, Khmer digits, kinds and the summary', async () => {
    const el = await renderTimeline(html`<incident-timeline lang="km" .feed=${campaignFeed()}></incident-timeline>`);
    const shooting = shownEvents(el).find((e) => e.title === byId('i-shooting').title)!;
    expect(shooting.date).to.equal('៣ មករា ២០១៤');
    expect(shooting.kind).to.equal('ការសម្លាប់');
    expect(textOf(shooting.li.querySelector('.counts'))).to.equal('ស្លាប់យ៉ាងហោចណាស់ ៤ នាក់');
    expect(summary(el)).to.match(/^ហេតុការណ៍ ៦/);
    expect($$(el, '.year-heading').map(textOf)).to.deep.equal(['២០១៣', '២០១៤']);
    expect(textOf($(el, 'label[for="q"]'))).to.equal('ស្វែងរកព្រឹត្តិការណ៍');
  });

  it('names a place that is the country itself once, in the reader’s language', async () => {
    const f = campaignFeed();
    f._campaign!.incidents![0].place = { name: 'Cambodia', country: 'KH' };
    f._campaign!.incidents![1].place = { name: 'Germany', country: 'DE' };
    const placeOf = (el: IncidentTimeline, i: number) =>
      textOf(shownEvents(el).find((e) => e.title === incidents[i].title)!.li.querySelector('[part="place"]'));
    const en = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    expect([placeOf(en, 0), placeOf(en, 1), placeOf(en, 2)]).to.deep.equal(['Cambodia', 'Germany', 'Phnom Penh, Cambodia']);
    const km = await renderTimeline(html`<incident-timeline lang="km" .feed=${f}></incident-timeline>`);
    expect([placeOf(km, 0), placeOf(km, 1), placeOf(km, 2)]).to.deep.equal(['កម្ពុជា', 'អាល្លឺម៉ង់', 'Phnom Penh, កម្ពុជា']);
  });

  it('two quotes from one document are one source, with both quotes, and a repeated quote shows once', async () => {
    const f = campaignFeed();
    const shooting = f._campaign!.incidents!.find((i) => i.id === 'i-shooting')!;
    const [a, b] = shooting.sources;
    shooting.sources = [a, { item: a.item, quote: 'A second sentence of the same report.' }, { ...a }, b];
    const el = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    const li = eventLi(el, shooting.title);
    const details = await openSources(el, li);
    expect(textOf(details.querySelector('summary'))).to.equal('Sources (2)');
    const items = [...details.querySelectorAll('.source-list > li')];
    expect(items.map((x) => x.querySelectorAll('blockquote').length)).to.deep.equal([2, 1]);
  });

  it('a day the sources do not state is said in the reader’s language, from the feed’s fields', async () => {
    const f = campaignFeed();
    const lorPeang = f._campaign!.incidents!.find((i) => i.id === 'i-lor-peang')!;
    const en = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    expect(shownEvents(en).find((e) => e.title === lorPeang.title)!.date).to.equal('12–14 August 2014 (day not stated)');
    const km = await renderTimeline(html`<incident-timeline lang="km" .feed=${f}></incident-timeline>`);
    expect(shownEvents(km).find((e) => e.title === lorPeang.title)!.date).to.equal('១២–១៤ សីហា ២០១៤ (មិនបញ្ជាក់ថ្ងៃ)');
    // A correction that removes the end (or the range) leaves nothing to contradict it.
    delete lorPeang.end;
    const fixed = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    expect(shownEvents(fixed).find((e) => e.title === lorPeang.title)!.date).to.equal('12 August 2014');
  });

  it('shows the error state when the feed cannot be loaded', async () => {
    const el = await renderTimeline(html`<incident-timeline src=${MISSING_URL}></incident-timeline>`);
    expect(el.state).to.equal('error');
    expect($(el, '[part~="error"]')).to.exist;
  });

  it('shows the empty state for a feed without incidents', async () => {
    const f = campaignFeed();
    delete f._campaign!.incidents;
    const el = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    expect($(el, '[part~="empty"]')).to.exist;
    expect(shownEvents(el)).to.have.length(0);
  });

  it('feed text is shown literally, never as markup', async () => {
    const f = campaignFeed();
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    f._campaign!.incidents![0].title = hostile;
    f._campaign!.incidents![0].sources[0].quote = hostile;
    const el = await renderTimeline(html`<incident-timeline .feed=${f}></incident-timeline>`);
    const li = shownEvents(el).find((e) => e.title === hostile)!.li;
    await openSources(el, li);
    expect(li.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<incident-timeline> horizontal layout, loaded when used', () => {
  it('shows the axis in its first ready view when it starts horizontal: no list drawn first', async () => {
    const el = document.createElement('incident-timeline') as IncidentTimeline;
    el.layout = 'horizontal';
    el.feed = campaignFeed();
    const loaded = oneEvent(el, 'feed-load');
    document.body.append(el);
    await loaded;
    try {
      expect(el.shadowRoot!.querySelectorAll('button.h-marker').length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('li.event')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('switches from the list to the axis when the layout changes after the first render', async () => {
    const el = await renderTimeline(html`<incident-timeline .feed=${campaignFeed()}></incident-timeline>`);
    expect(el.shadowRoot!.querySelectorAll('li.event').length).to.be.greaterThan(0);
    el.layout = 'horizontal';
    await waitUntil(() => el.shadowRoot!.querySelectorAll('button.h-marker').length > 0, 'the axis is drawn');
    expect(el.shadowRoot!.querySelectorAll('button.h-marker').length).to.equal(incidents.length);
  });
});
