import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/action-map/action-map.define.js';
import feed from '../test/fixtures/campaign.json';
import { makeActionFeed } from '../test/fixtures/action-map/make-feed.mjs';

interface Args {
  feed: unknown;
  view: 'map' | 'table';
  region?: string;
  bbox?: string;
  center?: string;
  zoom?: number;
  inset?: string;
  from?: string;
  to?: string;
  animate: boolean;
  'include-incidents': boolean;
  theme: 'auto' | 'light' | 'dark';
  lang?: string;
}

const render = (a: Args) => html`<action-map
  .feed=${a.feed}
  view=${a.view}
  region=${ifDefined(a.region || undefined)}
  bbox=${ifDefined(a.bbox || undefined)}
  center=${ifDefined(a.center || undefined)}
  zoom=${ifDefined(a.zoom ?? undefined)}
  inset=${ifDefined(a.inset || undefined)}
  from=${ifDefined(a.from || undefined)}
  to=${ifDefined(a.to || undefined)}
  ?animate=${a.animate}
  ?include-incidents=${a['include-incidents']}
  theme=${a.theme}
  lang=${a.lang || nothing}
></action-map>`;

const meta: Meta<Args> = {
  title: 'Elements/Action map',
  component: 'action-map',
  args: { feed, view: 'map', animate: false, 'include-incidents': false, theme: 'auto' },
  argTypes: {
    feed: { control: false },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'km'] },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** Seed 000: the week of protests outside Cambodian embassies, on the world map, with a Cambodia inset. */
export const World: Story = { args: { inset: 'KH' } };

/** Seed 002: the Lor Peang march from Kampong Chhnang to Phnom Penh, framed on Cambodia, with incidents. */
export const CambodiaWithTheMarch: Story = { name: 'Cambodia, with the march', args: { region: 'KH', 'include-incidents': true } };

/** 5,000 made-up actions around 18 cities: clusters with count badges that expand when activated. */
export const Clustered5k: Story = {
  name: 'Clustered, 5,000 actions',
  // Too big for the Docs page, where every story renders inline: it has its own page (the canvas).
  tags: ['!autodocs'],
  args: { feed: makeActionFeed(5000) },
};

/** The accessible alternative: the same actions by country, then date. */
export const TableView: Story = { name: 'Table view', args: { view: 'table' } };

/** Khmer: controls, country names, dates and digits. */
export const Khmer: Story = { args: { lang: 'km', inset: 'KH' } };

/** The dark theme, from the shared tokens. */
export const Dark: Story = { args: { theme: 'dark', inset: 'KH' } };

/** Week-by-week play-through (it stays still under reduced motion; the slider steps instead). */
export const PlayThrough: Story = { name: 'Play-through', args: { animate: true } };
