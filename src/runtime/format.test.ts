import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, toKhmerDigits } from './format.js';

describe('dates and numbers in Khmer and English', () => {
  it('this Chromium has no Khmer date data, so the project’s own month names and digits are used', () => {
    const intl = new Intl.DateTimeFormat('km', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2014, 0, 15)));
    if (intl === 'January') console.log('Intl has no Khmer months here: testing the fallback path');
    else console.log(`Intl gives Khmer month "${intl}" here: the fallback path is not exercised in this browser`);
    expect(formatDate('2014-01', 'km')).to.equal('មករា ២០១៤');
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
