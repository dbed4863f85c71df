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

  it('reads an office edit saved before sources, grounds and reviewers were recorded', () => {
    // The shape the office edits of earlier versions were stored in (country_profiles.profile).
    const older = {
      code: 'VE',
      name: { en: 'Venezuela', es: 'Venezuela' },
      roles: ['origin'],
      guidanceFound: true,
      guidance: [
        {
          id: 'unhcr-ven-2019',
          issuer: 'UNHCR',
          title: 'UNHCR Guidance Note on Venezuela, Update I',
          date: '2019',
          summary: { en: 'Most profiles under Cartagena.', es: 'La mayoría, Cartagena.' },
        },
      ],
      guidanceNote: { en: 'Cite it.', es: 'Cítela.' },
      riskProfiles: [],
      riskProfilesTranscribed: false,
      returns: { advisedAgainst: false, note: { en: 'None.', es: 'Ninguna.' } },
      thirdCountryArrangement: {
        receivesOtherNationals: false,
        status: 'not-found',
        note: { en: 'None.', es: 'Ninguno.' },
      },
      forum: { appliesCartagena: 'not-verified', protections: [] },
      reviewedOn: '2026-11-23',
    };
    expect(readCountryProfileShape(older)).toEqual({ profile: older, problems: [] });
  });

  it('refuses a ground or a Cartagena answer outside the vocabulary', () => {
    const peru = JSON.parse(JSON.stringify(COUNTRY_PROFILES.find((p) => p.code === 'PE')));
    peru.forum.appliesCartagena = 'mostly';
    peru.forum.cartagenaGrounds[0].ground = 'famine';
    expect(readCountryProfileShape(peru).problems.map((p) => p.field)).toEqual([
      'profile.forum.appliesCartagena',
      'profile.forum.cartagenaGrounds[0].ground',
    ]);
  });

  it('refuses something that is not an object at all', () => {
    expect(readCountryProfileShape(null).problems).toEqual([
      { field: 'profile', message: 'must be an object', code: 'COUNTRY_PROFILE_WRONG_SHAPE' },
    ]);
  });
});
