import { expect } from '@open-wc/testing';
import type { ExchangeRate, Wage } from '../../feed/types.js';
import { chooseRate, convertPeriod } from './convert.js';
import { buildGauge, type GaugeInput } from './model.js';
import { englishMoney, formatMoney, formatPercent } from './money.js';
import { inForceAsOf, selectWages } from './select.js';

const src = [{ item: 'a', quote: 'q' }];
const wage = (id: string, role: Wage['role'], amount: number, effective?: string, extra: Partial<Wage> = {}): Wage => ({
  id, role, amount, currency: 'USD', period: 'month', country: 'KH', sector: 'garment', effective, sources: src, ...extra,
});

const wages: Wage[] = [
  wage('m2010', 'minimum', 61, '2010-10'),
  wage('m2013', 'minimum', 80, '2013-05'),
  wage('d2013', 'demand', 160, '2013-12'),
  wage('m2014', 'minimum', 100, '2014-02'),
  wage('bd', 'minimum', 68, '2013-12', { country: 'BD', currency: 'BDT', amount: 5300 }),
];

function input(over: Partial<GaugeInput> = {}): GaugeInput {
  return {
    wages,
    rates: [],
    query: { target: 'demand' },
    overrides: {},
    time: { days: 26, hours: 8 },
    ...over,
  };
}

describe('choosing which figures are in force', () => {
  it('a wage effective in a month is in force as of that month but not the month before', () => {
    expect(inForceAsOf('2014-02', '2014-02')).to.be.true;
    expect(inForceAsOf('2014-02', '2014-01')).to.be.false;
    expect(inForceAsOf('2014-02', '2014')).to.be.true;
    expect(inForceAsOf('2014-02-15', '2014-02')).to.be.true;
    expect(inForceAsOf('2014-02-15', '2014-02-14')).to.be.false;
    expect(inForceAsOf('2014', '2013-12-31')).to.be.false;
  });

  it('without as-of, the demand is set against the minimum in force when it was made', () => {
    const sel = selectWages(wages, { target: 'demand' });
    expect(sel.byRole.minimum?.amount).to.equal(80);
    expect(sel.byRole.demand?.amount).to.equal(160);
    expect(sel.asOf).to.equal('2013-12');
    expect(sel.asOfFrom).to.equal('target');
  });

  it('as-of picks the latest figure of each role in force at that date', () => {
    expect(selectWages(wages, { target: 'demand', asOf: '2014-02' }).byRole.minimum?.amount).to.equal(100);
    expect(selectWages(wages, { target: 'demand', asOf: '2014-01' }).byRole.minimum?.amount).to.equal(80);
    const early = selectWages(wages, { target: 'demand', asOf: '2011' });
    expect(early.byRole.minimum?.amount).to.equal(61);
    expect(early.byRole.demand, 'the demand was not made yet').to.be.undefined;
  });

  it("another country's minimum is never compared with this country's demand", () => {
    const sel = selectWages(wages, { target: 'demand' });
    expect(sel.country).to.equal('KH');
    expect(Object.values(sel.byRole).every((w) => w?.country === 'KH')).to.be.true;
    const bd = selectWages(wages, { target: 'demand', country: 'bd' });
    expect(bd.byRole.minimum?.currency).to.equal('BDT');
    expect(bd.byRole.demand).to.be.undefined;
  });

  it('wages of roles outside the contract (a "rise") never get through', () => {
    const withRise = [...wages, { ...wage('r', 'minimum', 9), role: 'rise' } as unknown as Wage];
    const sel = selectWages(withRise, { target: 'demand' });
    expect(Object.keys(sel.byRole).sort()).to.deep.equal(['demand', 'minimum']);
    expect(Object.values(sel.byRole).some((w) => w?.amount === 9)).to.be.false;
  });

  it('keeps dated minima in order for the history', () => {
    expect(selectWages(wages, { target: 'demand' }).minima.map((w) => w.amount)).to.deep.equal([61, 80, 100]);
  });
});

describe('exchange rates and working time', () => {
  const rates: ExchangeRate[] = [
    { from: 'USD', to: 'GBP', rate: 0.6, date: '2013-01-01' },
    { from: 'USD', to: 'GBP', rate: 0.61, date: '2014-01-06' },
    { from: 'EUR', to: 'USD', rate: 1.25, date: '2014-01' },
  ];

  it('uses the rate dated closest to the figures, on either side', () => {
    expect(chooseRate(rates, 'USD', 'GBP', '2013-12')?.given.rate).to.equal(0.61);
    expect(chooseRate(rates, 'USD', 'GBP', '2013-02')?.given.rate).to.equal(0.6);
  });

  it('inverts a rate supplied the other way round, and never chains through a third currency', () => {
    expect(chooseRate(rates, 'USD', 'EUR', '2014')?.factor).to.be.closeTo(0.8, 1e-9);
    expect(chooseRate(rates, 'EUR', 'GBP', '2014')).to.be.undefined;
  });

  it('a month is 26 working days unless the page says otherwise', () => {
    expect(convertPeriod(80, 'month', 'day', { days: 26, hours: 8 })).to.be.closeTo(3.0769, 1e-4);
    expect(convertPeriod(80, 'month', 'day', { days: 22, hours: 8 })).to.be.closeTo(3.6364, 1e-4);
    expect(convertPeriod(80, 'month', 'year', { days: 26, hours: 8 })).to.equal(960);
    expect(convertPeriod(1, 'hour', 'month', { days: 26, hours: 8 })).to.equal(208);
  });
});

describe('the gauge model', () => {
  it('puts the seeds on one scale: 80 of 160, half the demand', () => {
    const m = buildGauge(input());
    expect(m.minimum?.amount).to.equal(80);
    expect(m.target?.amount).to.equal(160);
    expect(m.ratio).to.equal(0.5);
    expect(m.gap).to.equal(80);
    expect(m.max).to.equal(160);
  });

  it('a converted gauge records the rate it used', () => {
    const m = buildGauge(input({ displayCurrency: 'GBP', rates: [{ from: 'USD', to: 'GBP', rate: 0.61, date: '2014-01-06' }] }));
    expect(m.currency).to.equal('GBP');
    expect(m.minimum?.amount).to.be.closeTo(48.8, 1e-9);
    expect(m.notes.find((n) => n.kind === 'rate')).to.exist;
  });

  it('without a rate, the figures stay in their currency and a note says so', () => {
    const m = buildGauge(input({ displayCurrency: 'EUR' }));
    expect(m.currency).to.equal('USD');
    expect(m.minimum?.amount).to.equal(80);
    expect(m.notes).to.deep.include({ kind: 'no-rate', from: 'USD', to: 'EUR' });
  });

  it('a figure in a currency that cannot be converted is left out, with a note', () => {
    const mixed = [...wages, wage('o', 'offer', 380000, '2013-12', { currency: 'KHR' })];
    const m = buildGauge(input({ wages: mixed }));
    expect(m.figures.map((f) => f.role)).to.deep.equal(['minimum', 'demand']);
    expect(m.notes.some((n) => n.kind === 'left-out' && n.role === 'offer')).to.be.true;
  });

  it('page figures replace feed figures and are marked as the page’s', () => {
    const m = buildGauge(input({ overrides: { minimum: 100 } }));
    expect(m.minimum?.amount).to.equal(100);
    expect(m.minimum?.fromPage).to.be.true;
    expect(m.minimum?.currency, 'takes the currency of the figure it replaces').to.equal('USD');
  });

  it('works with no feed at all', () => {
    const m = buildGauge(input({ wages: undefined, overrides: { minimum: 80, demand: 160 }, overrideCurrency: 'USD' }));
    expect(m.ratio).to.equal(0.5);
    expect(m.currency).to.equal('USD');
  });
});

describe('money and percentages', () => {
  it('prints whole amounts without cents and daily amounts with them', () => {
    expect(formatMoney(80, 'USD', 'en')).to.equal('US$80');
    expect(formatMoney(3.0769, 'USD', 'en')).to.equal('US$3.08');
    expect(formatMoney(48.8, 'GBP', 'en')).to.equal('£48.80');
  });

  it('Khmer: Khmer digits and the currency named in Khmer', () => {
    expect(formatMoney(80, 'USD', 'km')).to.equal('៨០ ដុល្លារអាមេរិក');
    expect(formatMoney(48.8, 'GBP', 'km')).to.equal('៤៨.៨០ ផោនអង់គ្លេស');
    expect(formatMoney(400000, 'KHR', 'km')).to.equal('៤០០,០០០ រៀល');
    expect(formatPercent(0.5, 'km')).to.equal('៥០%');
  });

  it('never rounds a shortfall up to 100% or a sliver down to 0%', () => {
    expect(formatPercent(0.996, 'en')).to.equal('99.6%');
    expect(formatPercent(0.004, 'en')).to.equal('0.4%');
    expect(formatPercent(0.625, 'en')).to.equal('63%');
  });
});


describe('English amounts spelled without Intl', () => {
  const CODES = ['USD', 'GBP', 'EUR', 'VND', 'INR', 'CNY', 'JPY', 'AUD', 'CAD', 'PHP', 'BRL', 'MXN', 'HKD', 'NZD', 'KRW', 'ILS', 'TWD',
    'KHR', 'BDT', 'THB', 'MMK', 'IDR', 'SEK', 'MYR', 'KES', 'LKR', 'PKR', 'NPR', 'LAK', 'CHF', 'NOK', 'DKK', 'PLN', 'TRY', 'ZAR',
    'EGP', 'MAD', 'TND', 'ETB', 'HNL', 'GTQ', 'SGD', 'RUB', 'ARS', 'COP', 'PEN', 'CLP'];
  const AMOUNTS: [number, number][] = [[0, 0], [80, 0], [160, 0], [1234, 0], [560000, 0], [1234567890, 0], [3.08, 2], [48.8, 2], [0.5, 2], [1234.05, 2], [1234.4, 0], [98765.7, 0], [3.084, 2], [2.996, 2]];

  it('match what Intl prints for en-GB, character for character', () => {
    const differ: string[] = [];
    for (const code of CODES) {
      for (const [amount, digits] of AMOUNTS) {
        const ours = englishMoney(amount, code, digits);
        if (ours === undefined) continue;
        const intl = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
        if (ours !== intl) differ.push(`${code} ${amount}: ours ${JSON.stringify(ours)}, Intl ${JSON.stringify(intl)}`);
      }
    }
    expect(differ).to.deep.equal([]);
    // The currencies the gauge's own names cover are all spelled by hand.
    for (const code of ['USD', 'GBP', 'EUR', 'KHR', 'BDT', 'THB', 'VND', 'MMK', 'INR', 'CNY', 'IDR', 'AUD', 'CAD', 'SEK']) {
      expect(englishMoney(80, code, 0), code).to.be.a('string');
    }
  });

  it('leave amounts on a half, negative amounts and other codes to Intl', () => {
    expect(englishMoney(3.085, 'USD', 2)).to.equal(undefined);
    expect(englishMoney(-5, 'USD', 0)).to.equal(undefined);
    expect(englishMoney(5, 'XAF', 0)).to.equal(undefined);
    expect(formatMoney(3.085, 'USD', 'en')).to.equal(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(3.085));
  });
});
