import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, toKhmerDigits } from './format.js';

describe('dates and numbers in Khmer and English', () => {
  it('English is spelled exactly as Intl spells en-GB, for every month in both lengths, without building Intl', () => {
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const when = new Date(Date.UTC(2014, m - 1, 3));
      for (const month of ['long', 'short'] as const) {
        const intlDay = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }).format(when);
        const intlMonth = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month, timeZone: 'UTC' }).format(when);
        expect(formatDate(`2014-${mm}-03`, 'en', { month }), `2014-${mm}-03 ${month}`).to.equal(intlDay);
        expect(formatDate(`2014-${mm}`, 'en', { month }), `2014-${mm} ${month}`).to.equal(intlMonth);
      }
    }
    for (const n of [0, 7, 999, 1000, 23456, 200000, 1234567, -4500, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(n, 'en'), String(n)).to.equal(new Intl.NumberFormat('en-GB').format(n));
      expect(formatNumber(n, 'en', { maximumFractionDigits: 0 }), String(n)).to.equal(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n));
      const pct = { minimumFractionDigits: 0, maximumFractionDigits: 1 };
      expect(formatNumber(n, 'en', pct), String(n)).to.equal(new Intl.NumberFormat('en-GB', pct).format(n));
      expect(formatNumber(n + 0.25, 'en', pct), String(n + 0.25)).to.equal(new Intl.NumberFormat('en-GB', pct).format(n + 0.25));
    }
  });

  it('a reduced-precision date prints as what it is, in both languages', () => {
    expect(formatDate('2014', 'en')).to.equal('2014');
    expect(formatDate('2014', 'km')).to.equal('២០១៤');
    expect(formatDate('2014-01', 'en')).to.equal('January 2014');
    expect(formatDate('2014-01', 'km')).to.equal('មករា ២០១៤');
    expect(formatDate('2014-01-03', 'en')).to.equal('3 January 2014');
    expect(formatDate('2014-01-03', 'km')).to.equal('៣ មករា ២០១៤');
    expect(formatDate('2013-12-24', 'km')).to.equal('២៤ ធ្នូ ២០១៣');
    expect(formatDate('2014-01', 'en', { month: 'short' })).to.equal('Jan 2014');
  });

  it('a date-time shows its day; an unreadable date is shown as written instead of throwing', () => {
    expect(formatDate('2014-01-03T08:00:00Z', 'en')).to.equal('3 January 2014');
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('2014-13', 'km')).to.equal('2014-13');
  });

  it('years 0–99 print as written, not as 1900–1999 (a typo like 0014 must not become 1914)', () => {
    expect(formatDate('0014', 'en')).to.equal('14');
    expect(formatDate('0014-01-03', 'en')).to.equal('3 January 14');
    expect(formatDate('0099-12', 'en')).to.equal('December 99');
    expect(formatDate('0014-01-03', 'km')).to.equal('៣ មករា ១៤');
  });

  it('numbers keep their grouping and get Khmer digits in Khmer', () => {
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(1234.5, 'km')).to.equal('១,២៣៤.៥');
    expect(toKhmerDigits('0123456789')).to.equal('០១២៣៤៥៦៧៨៩');
  });
});
