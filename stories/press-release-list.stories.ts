import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/press-release-list/press-release-list.define.js';
import type { CampaignFeed, FeedItem } from '../src/feed/types.js';
import feed from '../test/fixtures/campaign.json';
import { makeReleaseFeed } from '../test/fixtures/press-release-list/make-feed.mjs';

interface Args {
  heading?: string;
  'heading-level': number;
  'page-size': number;
  paging: 'pages' | 'more';
  years: 'show' | 'hide';
  layout: 'list' | 'cards';
  limit?: number;
  publisher?: string;
  tag?: string;
  'sync-url': boolean;
  'subscribe-url'?: string;
  theme: 'auto' | 'light' | 'dark';
  lang?: string;
}

/** The list with every attribute a control; `data` is the feed it reads. */
const list = (a: Args, data: unknown = feed) => html`<press-release-list
  .feed=${data}
  heading=${ifDefined(a.heading || undefined)}
  heading-level=${a['heading-level']}
  page-size=${a['page-size']}
  paging=${a.paging}
  years=${a.years}
  layout=${a.layout}
  limit=${ifDefined(a.limit || undefined)}
  publisher=${ifDefined(a.publisher || undefined)}
  tag=${ifDefined(a.tag || undefined)}
  ?sync-url=${a['sync-url']}
  subscribe-url=${ifDefined(a['subscribe-url'] || undefined)}
  theme=${a.theme}
  lang=${a.lang || nothing}
></press-release-list>`;

const meta: Meta<Args> = {
  title: 'Elements/Press release list',
  component: 'press-release-list',
  args: { heading: 'Press releases', 'heading-level': 2, 'page-size': 10, paging: 'pages', years: 'show', layout: 'list', 'sync-url': false, theme: 'auto' },
  argTypes: {
    paging: { control: 'inline-radio', options: ['pages', 'more'] },
    years: { control: 'inline-radio', options: ['show', 'hide'] },
    layout: { control: 'inline-radio', options: ['list', 'cards'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'km'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (a) => list(a),
};
export default meta;

type Story = StoryObj<Args>;

/** The campaign fixture: year tabs, publisher and tag filters, search, entries newest first. */
export const Default: Story = {};

/**
 * Seed 002, the union's own press-release page it replaces: "Press Release", year filters, entries with
 * a date, the publisher and an excerpt, five to a page — here only the union's press releases.
 */
export const Seed002LookAlike: Story = {
  name: 'Seed 002 look-alike',
  args: { heading: 'Press Release', tag: 'press-release', publisher: 'CLEC', 'page-size': 5, 'subscribe-url': '/campaign/feed.json' },
};

/** A sidebar: the latest three, compact, with a link to the full page in the footer slot. */
export const Sidebar: Story = {
  args: { heading: 'Latest', 'heading-level': 3, limit: 3 },
  render: (a) => html`<press-release-list .feed=${feed} heading=${ifDefined(a.heading)} heading-level=${a['heading-level']} limit=${ifDefined(a.limit)} theme=${a.theme}>
    <a slot="footer" href="#all">All press releases →</a>
  </press-release-list>`,
};

/** Cards in a responsive grid. */
export const Cards: Story = { args: { layout: 'cards' } };

// Three releases in Khmer (our own words, the campaign's facts), ahead of the fixture's items.
const khmerItems: FeedItem[] = [
  {
    id: 'km-2014-06',
    title: 'ពលករចំណាកស្រុកជាង ២០០,០០០ នាក់ បានវិលត្រឡប់ពីប្រទេសថៃ',
    content_text: 'នៅខែមិថុនា ឆ្នាំ២០១៤ ពលករចំណាកស្រុកកម្ពុជាជាង ២០០,០០០ នាក់ បានឆ្លងព្រំដែនវិលត្រឡប់មកពីប្រទេសថៃ ភាគច្រើនគ្មានឯកសារស្នាក់នៅស្របច្បាប់។',
    date_published: '2014-06-01T00:00:00Z',
    language: 'km',
    tags: ['press-release'],
    _source: { file: 'km.md', publisher: 'CLEC', date_precision: 'month' },
  },
  {
    id: 'km-2014-01-03',
    title: 'យ៉ាងហោចណាស់កម្មករបួននាក់ត្រូវបានបាញ់សម្លាប់',
    content_text: 'នៅថ្ងៃទី៣ ខែមករា ឆ្នាំ២០១៤ កងកម្លាំងសន្តិសុខបានបាញ់ទៅលើកម្មករដែលកំពុងធ្វើកូដកម្ម។ យ៉ាងហោចណាស់មនុស្សបួននាក់បានស្លាប់។',
    date_published: '2014-01-03T00:00:00Z',
    language: 'km',
    tags: ['press-release'],
    _source: { file: 'km.md', publisher: 'CLEC', date_precision: 'day' },
  },
  {
    id: 'km-2013-12-26',
    title: 'កម្មករកាត់ដេរធ្វើកូដកម្ម ទាមទារប្រាក់ឈ្នួលអប្បបរមា ១៦០ ដុល្លារ',
    content_text: 'កម្មករកាត់ដេរបានធ្វើកូដកម្មតាំងពីថ្ងៃទី២៤ ខែធ្នូ ឆ្នាំ២០១៣ ដើម្បីទាមទារប្រាក់ឈ្នួលអប្បបរមា ១៦០ ដុល្លារក្នុងមួយខែ។ រដ្ឋាភិបាលបានស្នើត្រឹមតែ ៩៥ ដុល្លារប៉ុណ្ណោះ។',
    date_published: '2013-12-26T00:00:00Z',
    language: 'km',
    tags: ['press-release', 'strike'],
    _source: { file: 'km.md', publisher: 'CLEC', date_precision: 'day' },
  },
];
const khmerFeed = { ...(feed as unknown as CampaignFeed), items: [...khmerItems, ...(feed as unknown as CampaignFeed).items] };

/** Khmer: Khmer words, digits and month names; Khmer entries carry `lang="km"`. */
export const Khmer: Story = {
  args: { heading: 'សេចក្ដីប្រកាសព័ត៌មាន', lang: 'km' },
  render: (a) => list(a, khmerFeed),
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A feed with no items: the empty state, here with the `empty` slot. */
export const Empty: Story = {
  render: (a) => html`<press-release-list .feed=${{ version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: [] }} heading=${ifDefined(a.heading)} theme=${a.theme}>
    <p slot="empty">No press releases yet. Follow the campaign for the first one.</p>
  </press-release-list>`,
};

/** A feed that cannot be read (here truncated JSON, so no request is made): the error state with its retry button. */
export const LoadError: Story = {
  name: 'Error',
  render: (a) => html`<press-release-list .feed=${'{"version": "https://jsonfeed.org/version/1.1", "items": [ {"id": "cut off'} heading=${ifDefined(a.heading)} theme=${a.theme}></press-release-list>`,
};

let bigFeed: CampaignFeed | undefined;

/** 10,000 releases: only the current page is in the DOM; search stays instant. */
export const TenThousandItems: Story = {
  name: '10,000 releases',
  // Too big for the Docs page, where every story renders inline: it has its own page (the canvas).
  tags: ['!autodocs'],
  args: { heading: '10,000 press releases' },
  render: (a) => list(a, (bigFeed ??= makeReleaseFeed(10_000))),
};
