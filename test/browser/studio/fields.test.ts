import { expect } from '@open-wc/testing';
import { FIELDS, fromForm, toForm } from '../../../src/studio/fields.js';

describe('fact forms', () => {
  it('a fact survives a round trip through its form unchanged', () => {
    const incident = { id: 'x', date: '2014-08-12', end: '2014-08-14', kind: 'violence', title: 'Dispersal', participants: { value: 50, qualifier: 'about' }, place: { name: 'Phnom Penh', country: 'KH', lat: 11.56, lon: 104.92 } };
    const { fields, errors } = fromForm('incidents', toForm('incidents', incident));
    expect(errors).to.deep.equal({});
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) expect(v).to.deep.equal((incident as Record<string, unknown>)[k], k);
    const action = { id: 'y', date: '2014-01', kind: 'march', title: 'March', organisers: ['CLEC', 'Lor Peang community'] };
    expect(fromForm('actions', toForm('actions', action)).fields.organisers).to.deep.equal(action.organisers);
    const wage = { id: 'w', amount: 1234.5, currency: 'USD', period: 'month', role: 'minimum', country: 'KH' };
    expect(fromForm('wages', toForm('wages', wage)).fields).to.deep.include({ amount: 1234.5, currency: 'USD', role: 'minimum', country: 'KH' });
  });

  it('what a person must fix is reported by field, before anything reaches the builder', () => {
    const { errors } = fromForm('wages', { amount: 'eighty', currency: 'dollars', period: 'month', role: 'minimum', country: 'Cambodia', effective: '2014-13' });
    expect(errors).to.deep.equal({ amount: 'number', currency: 'code3', country: 'code2', effective: 'date' });
    const inc = fromForm('incidents', { date: '', kind: 'killing', title: ' ', 'deaths.value': 'four', 'place.name': '', 'place.country': 'KH', 'place.lat': '1' });
    expect(inc.errors).to.deep.equal({ date: 'required', title: 'required', deaths: 'count', place: 'required' });
    const coords = fromForm('actions', { date: '2014', kind: 'rally', title: 't', 'place.name': 'X', 'place.lat': '91', 'place.lon': '0' });
    expect(coords.errors).to.deep.equal({ place: 'coordinates' });
  });

  it('empty optional fields mean "no value", lower-case codes are upper-cased, numbers may have separators', () => {
    const { fields, errors } = fromForm('wages', { amount: '1,000', currency: 'usd', period: 'month', role: 'living', country: 'kh', sector: '', effective: '' });
    expect(errors).to.deep.equal({});
    expect(fields).to.deep.equal({ amount: 1000, currency: 'USD', period: 'month', role: 'living', country: 'KH', sector: undefined, effective: undefined });
  });

  it('every list has its required fields', () => {
    expect(FIELDS.wages.filter((f) => f.required).map((f) => f.name)).to.deep.equal(['amount', 'currency', 'period', 'role']);
    expect(FIELDS.incidents.filter((f) => f.required).map((f) => f.name)).to.deep.equal(['date', 'kind', 'title']);
    expect(FIELDS.actions.filter((f) => f.required).map((f) => f.name)).to.deep.equal(['date', 'kind', 'title']);
  });
});
