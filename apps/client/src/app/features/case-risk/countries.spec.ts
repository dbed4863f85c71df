// The domain's index also loads its date library (ESM only), which jest cannot run; this data
// file alone is plain.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ISO_COUNTRY_CODES } from '../../../../../../libs/domain/src/lib/countries/iso-country-codes.data';
import { countryCodes, countryName, countryOptions } from './countries';

describe('country list', () => {
  it('offers exactly the officially assigned ISO 3166-1 codes the API accepts', () => {
    expect([...countryCodes()].sort()).toEqual([...ISO_COUNTRY_CODES].sort());
  });

  it('names countries in the language shown, sorted by that name', () => {
    expect(countryName('HT', 'es')).toBe('Haití');
    const names = countryOptions('es').map((c) => c.name);
    expect(names.indexOf('Perú')).toBeGreaterThan(names.indexOf('Haití'));
  });
});
