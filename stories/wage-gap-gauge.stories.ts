import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/wage-gap-gauge/wage-gap-gauge.define.js';
import feed from '../test/fixtures/campaign.json';

interface Args {
  target: 'demand' | 'living';
  variant: 'bar' | 'radial';
  history: boolean;
  'as-of'?: string;
  'display-currency'?: string;
  per?: 'day' | 'month' | 'year';
  'working-days'?: number;
  theme: 'auto' | 'light' | 'dark';
  lang?: string;
}

/** The gauge reading the campaign fixture, every attribute a control. */
const withFeed = (a: Args) => html`<wage-gap-gauge
  .feed=${feed}
  target=${a.target}
  variant=${a.variant}
  ?history=${a.history}
  as-of=${ifDefined(a['as-of'] || undefined)}
  display-currency=${ifDefined(a['display-currency'] || undefined)}
  per=${ifDefined(a.per || undefined)}
  working-days=${ifDefined(a['working-days'] ?? undefined)}
  theme=${a.theme}
  lang=${a.lang || nothing}
></wage-gap-gauge>`;

const meta: Meta<Args> = {
  title: 'Elements/Wage gap gauge',
  component: 'wage-gap-gauge',
  args: { target: 'demand', variant: 'bar', history: false, theme: 'auto' },
  argTypes: {
    target: { control: 'inline-radio', options: ['demand', 'living'] },
    variant: { control: 'inline-radio', options: ['bar', 'radial'] },
    per: { control: 'select', options: [undefined, 'day', 'month', 'year'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'km'] },
  },
  render: withFeed,
};
export default meta;

type Story = StoryObj<Args>;

/** The seeds: the Cambodian garment minimum of US$80 against the workers' demand of US$160. */
export const Seeds: Story = {};

/** The minimum wage over time (2010–2014 in the fixture) with the demand as a dashed line. */
export const HistorySparkline: Story = { name: 'History sparkline', args: { history: true } };

/** The half-circle variant. */
export const Radial: Story = { args: { variant: 'radial' } };

/** Converted to pounds with the feed's dated USD→GBP rate; the caption states the rate and its date. */
export const ConvertedToGBP: Story = { name: 'Converted to GBP', args: { 'display-currency': 'GBP' } };

/** Per working day: 26 working days a month, said in the caption. */
export const PerDay: Story = { name: 'Per day', args: { per: 'day' } };

/** No feed at all: the figures come from attributes. */
export const AttributesOnly: Story = {
  name: 'Attributes only',
  render: (a) => html`<wage-gap-gauge minimum="80" offer="95" demand="160" currency="USD" variant=${a.variant} theme=${a.theme}></wage-gap-gauge>`,
};

/** Khmer: Khmer digits, currency named in Khmer. */
export const Khmer: Story = { args: { lang: 'km', history: true } };

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', history: true },
  parameters: { backgrounds: { default: 'dark' } },
};
