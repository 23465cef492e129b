import { expect } from '@open-wc/testing';
import type { CampaignFeed, Incident, Wage } from '../feed/types.js';
import { citation } from './cite.js';
import { loadCountryNames } from './countries.js';

const feed: CampaignFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Garment workers’ campaign (test)',
  home_page_url: 'https://union.example/campaign',
  items: [
    { id: 'a', title: 'Shots on the boulevard', url: 'https://news.example/a', date_published: '2014-01-04T08:00:00Z', _source: { file: 'a.txt', publisher: 'Daily Example' } },
    { id: 'b', title: 'Wage talks', url: 'https://news.example/b', date_published: '2013-12-24' },
  ],
  _campaign: { schema: 1, generated: '2026-01-01T00:00:00Z' },
};
const incident: Incident = {
  id: 'i1',
  date: '2014-01-03',
  kind: 'killing',
  title: 'Security forces fire on strikers',
  place: { name: 'Phnom Penh', country: 'KH' },
  deaths: { value: 4, qualifier: 'at-least' },
  injured: { value: 21, qualifier: 'exact' },
  sources: [{ item: 'a', quote: 'At least four workers were killed.' }],
};

describe('citation', () => {
  it('names what happened, when at its precision, where, the counts with their qualifiers, the source and the dataset', () => {
    const text = citation(feed, 'incidents', incident);
    expect(text).to.contain('Security forces fire on strikers, 3 January 2014, Phnom Penh, Cambodia');
    expect(text).to.contain('at least 4 killed; 21 injured');
    expect(text).to.contain('“At least four workers were killed.” (Daily Example, Shots on the boulevard, 4 January 2014, https://news.example/a)');
    expect(text).to.contain('Dataset: Garment workers’ campaign (test), https://union.example/campaign');
  });

  it('never adds a day the sources do not give, and names a place that is the country once', () => {
    const text = citation(feed, 'incidents', { ...incident, date: '2014-01', place: { name: 'Cambodia', country: 'KH' } });
    expect(text.split('\n')[0]).to.equal('Security forces fire on strikers, January 2014, Cambodia');
  });

  it('cites a wage with its role, amount, period and date in force', () => {
    const wage: Wage = { id: 'w', amount: 160, currency: 'USD', period: 'month', role: 'demand', country: 'KH', effective: '2014', sources: [{ item: 'b', quote: 'Unions demand 160 dollars.' }] };
    expect(citation(feed, 'wages', wage).split('\n')[0]).to.equal("workers' demand: 160 USD a month, Cambodia, in force from 2014");
  });

  it('in Khmer: Khmer labels, digits, month and country name', async () => {
    await loadCountryNames('km');
    const text = citation(feed, 'incidents', incident, 'km');
    expect(text).to.contain('៣ មករា ២០១៤');
    expect(text).to.contain('កម្ពុជា');
    expect(text).to.contain('យ៉ាងហោចណាស់ ៤ នាក់ស្លាប់');
    expect(text).to.contain('សំណុំទិន្នន័យ');
  });
});
