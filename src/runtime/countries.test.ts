// A browser whose Intl.DisplayNames is missing or throws (old engines, stripped builds): names still show.
import { expect } from '@open-wc/testing';

describe('country names without Intl.DisplayNames', () => {
  it('uses the shipped table, else the ISO code, and never throws', async () => {
    const original = Intl.DisplayNames;
    (Intl as { DisplayNames: unknown }).DisplayNames = function () {
      throw new RangeError('no region data');
    };
    try {
      const { countryName, loadCountryNames } = await import('./countries.js');
      await loadCountryNames('km');
      expect(countryName('TH', 'km')).to.equal('ថៃ');
      expect(countryName('TH', 'en')).to.equal('Thailand');
      expect(countryName('CL', 'km')).to.equal('CL');
      expect(countryName('CL', 'en')).to.equal('CL');
    } finally {
      (Intl as { DisplayNames: unknown }).DisplayNames = original;
    }
  });
});
