// Every shipped profile reads back unchanged, so a supervisor can always save what they were shown.
import { COUNTRY_PROFILES } from '@amparo/domain';
import { readCountryProfileShape } from './country-profile.shape';

describe('country profile shape', () => {
  it.each(COUNTRY_PROFILES.map((p) => [p.code, p]))(
    'reads the shipped %s profile back unchanged',
    (_code, profile) => {
      const roundTrip = JSON.parse(JSON.stringify(profile));
      expect(readCountryProfileShape(roundTrip)).toEqual({ profile: roundTrip, problems: [] });
    },
  );

  it('names each wrong field once, not the parts of a refused one', () => {
    const haiti = JSON.parse(JSON.stringify(COUNTRY_PROFILES[0]));
    const { problems } = readCountryProfileShape({
      ...haiti,
      returns: 'no',
      roles: ['origin', 'transit'],
      guidance: [{ ...haiti.guidance[0], summary: { en: 'only English' } }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'profile.roles[1]',
      'profile.guidance[0].summary.es',
      'profile.returns',
    ]);
  });

  it('refuses something that is not an object at all', () => {
    expect(readCountryProfileShape(null).problems).toEqual([
      { field: 'profile', message: 'must be an object', code: 'COUNTRY_PROFILE_WRONG_SHAPE' },
    ]);
  });
});
