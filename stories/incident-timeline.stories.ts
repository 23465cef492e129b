import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/incident-timeline/incident-timeline.define.js';
import feed from '../test/fixtures/campaign.json';
import { makeIncidentFeed } from '../test/fixtures/incident-timeline/make-feed.mjs';

interface Args {
  layout: 'vertical' | 'horizontal';
  'include-actions': boolean;
  'content-warning': boolean;
  kinds?: string;
  country?: string;
  from?: string;
  to?: string;
  query?: string;
  highlight?: string;
  theme: 'auto' | 'light' | 'dark';
  lang?: string;
}

/** The timeline reading the campaign fixture, every attribute a control. */
const withFeed = (a: Args, data: unknown = feed) => html`<incident-timeline
  .feed=${data}
  layout=${a.layout}
  ?include-actions=${a['include-actions']}
  ?content-warning=${a['content-warning']}
  kinds=${ifDefined(a.kinds || undefined)}
  country=${ifDefined(a.country || undefined)}
  from=${ifDefined(a.from || undefined)}
  to=${ifDefined(a.to || undefined)}
  query=${ifDefined(a.query || undefined)}
  highlight=${ifDefined(a.highlight || undefined)}
  theme=${a.theme}
  lang=${a.lang || nothing}
></incident-timeline>`;

const meta: Meta<Args> = {
  title: 'Elements/Incident timeline',
  component: 'incident-timeline',
  args: { layout: 'vertical', 'include-actions': false, 'content-warning': false, theme: 'auto' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'km'] },
  },
  render: (a) => withFeed(a),
};
export default meta;

type Story = StoryObj<Args>;

/** The seeds: from the strike of 24 December 2013 to the Lor Peang march, grouped by year and month. */
export const Seeds: Story = {};

/** A zoomable time axis with the solidarity actions too: arrows, Home/End, +/-, Ctrl + wheel, pinch. */
export const Horizontal: Story = { args: { layout: 'horizontal', 'include-actions': true } };

/** 10,000 made-up incidents: only the events near the screen are in the DOM; the search box finds any. */
export const TenThousandEvents: Story = {
  name: '10,000 events',
  // Too big for the Docs page, where every story renders inline: it has its own page (the canvas).
  tags: ['!autodocs'],
  render: (a) => withFeed(a, makeIncidentFeed(10_000)),
};

/** Only killings and arrests in the first half of 2014, as a page can set with attributes. */
export const Filtered: Story = { args: { kinds: 'killing arrest', from: '2014-01', to: '2014-06' } };

/** Descriptions of killings stay collapsed behind a warning until the reader opens them. */
export const ContentWarning: Story = { name: 'Content warning', args: { 'content-warning': true } };

/** Khmer: month names, Khmer digits, kinds and the summary line. */
export const Khmer: Story = { args: { lang: 'km', 'include-actions': true } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', 'include-actions': true },
  parameters: { backgrounds: { default: 'dark' } },
};

/** A feed without incidents: the empty state (its text can be replaced through the `empty` slot). */
export const Empty: Story = {
  render: (a) => withFeed(a, { ...feed, _campaign: { ...feed._campaign, incidents: [], actions: [] } }),
};

/** A feed that cannot be loaded: the error state with its retry button. */
export const ErrorState: Story = {
  name: 'Error',
  render: (a) => html`<incident-timeline src="/this-feed-does-not-exist.json" layout=${a.layout} theme=${a.theme}></incident-timeline>`,
};
