import type { CountryProfile } from './country-profile.model';
import {
  assertValidCountryProfile,
  CountryProfileErrorCode,
  CountryProfileValidationError,
  validateCountryProfile,
} from './country-profile.validator';
import { COUNTRY_PROFILES, findCountryProfile } from './country-profiles.data';
import { GANG_VICTIMS_NOTE_2010 } from './guidance-citations.data';
import { THEMATIC_RISK_PROFILES } from './thematic-guidance.data';

const profile = (code: string) => {
  const p = COUNTRY_PROFILES.find((x) => x.code === code);
  if (!p) throw new Error(`no seed profile ${code}`);
  return p;
};

describe('country profiles (seed reference data)', () => {
  it('covers the countries of origin and the removing states of the issue, once each', () => {
    const codes = COUNTRY_PROFILES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(
      [
        'HT',
        'HN',
        'GT',
        'SV',
        'NI',
        'VE',
        'CU',
        'EC',
        'CO',
        'MX',
        'US',
        'PE',
        'DO',
        'PA',
        'CR',
      ].sort(),
    );
    for (const code of ['US', 'PE', 'MX', 'DO', 'PA', 'CR']) {
      expect(profile(code).roles).toContain('removing-state');
      expect(profile(code).forum).toBeDefined();
    }
  });

  it('passes its own validator', () => {
    for (const p of COUNTRY_PROFILES)
      expect([p.code, validateCountryProfile(p)]).toEqual([p.code, []]);
  });

  it('cites each guidance document by its symbol, date and title as read, with its source', () => {
    const cited = (code: string) =>
      profile(code).guidance.map((g) => [g.symbol ?? g.title, g.date, g.exactTitle, g.status]);
    expect(cited('HN')).toEqual([['HCR/EG/HND/16/03', '2016-07-27', true, 'verified']]);
    expect(cited('SV')).toEqual([['HCR/EG/SLV/16/01', '2016-03', true, 'verified']]);
    expect(cited('GT')).toEqual([['HCR/EG/GTM/18/01', '2018-01', true, 'verified']]);
    expect(cited('CO')).toEqual([['HCR/EG/COL/15/01', '2015-09', true, 'verified']]);
    expect(cited('VE')).toEqual([
      [
        'Guidance Note on International Protection Considerations for Venezuelans – Update I',
        '2019-05',
        true,
        'secondary',
      ],
    ]);
    expect(cited('HT')).toEqual([
      [
        'UNHCR non-return statement on Haiti (call to suspend forced returns)',
        '2022-11-03',
        false,
        'verified',
      ],
      [
        'International Protection Considerations with Regard to People Fleeing Haiti',
        '2024-03',
        true,
        'verified',
      ],
    ]);
    expect(GANG_VICTIMS_NOTE_2010.date).toBe('2010-03');
    expect(THEMATIC_RISK_PROFILES.map((p) => p.tag)).toEqual(['targeted-by-gangs']);
    // Every citation says where it was read and quotes the words relied on.
    for (const g of [...COUNTRY_PROFILES.flatMap((p) => p.guidance), GANG_VICTIMS_NOTE_2010]) {
      expect([g.id, g.sourceUrl?.startsWith('http')]).toEqual([g.id, true]);
      expect([g.id, (g.excerpt ?? '').length > 20]).toEqual([g.id, true]);
    }
  });

  it('names the Haiti profiles and flags returns as advised against for Haiti and Venezuela', () => {
    const ht = profile('HT');
    expect(ht.riskProfiles.map((p) => p.tag)).toEqual([
      'activist',
      'journalist',
      'judge',
      'lawyer',
      'woman-or-girl',
      'child',
      'lgbtiq',
      'targeted-by-gangs',
    ]);
    expect(ht.returns).toMatchObject({
      advisedAgainst: true,
      since: '2022-11',
      citationId: 'unhcr-hti-returns-2022',
      status: 'verified',
    });
    // UNHCR's Update I asks states not to return Venezuelans: known from its release, so secondary.
    expect(profile('VE').returns).toMatchObject({
      advisedAgainst: true,
      since: '2019-05',
      citationId: 'unhcr-ven-2019',
      status: 'secondary',
    });
    expect(profile('VE').returns.excerpt).toContain('deportations, expulsions or forced returns');
    expect(COUNTRY_PROFILES.filter((p) => p.returns.advisedAgainst).map((p) => p.code)).toEqual([
      'HT',
      'VE',
    ]);
  });

  it('says explicitly where no guidance was found, and invents none', () => {
    for (const code of ['NI', 'CU', 'EC', 'MX', 'US', 'PE', 'DO', 'PA', 'CR']) {
      const p = profile(code);
      expect([code, p.guidanceFound, p.guidance, p.riskProfiles]).toEqual([code, false, [], []]);
      expect(p.guidanceNote.en).toMatch(/not found|has been sourced/);
      expect(p.guidanceNote.es).toMatch(/No se encontraron|No se ha obtenido/);
    }
    expect(profile('NI').guidanceNote.en).toContain('was not found');
    for (const code of ['GT', 'CO', 'HN', 'SV', 'VE'])
      expect([code, profile(code).riskProfilesTranscribed]).toEqual([code, false]);
  });

  it('records third-country arrangements with dates and sources: Guatemala, El Salvador, and Mexico, Panama and Costa Rica as places of onward removal', () => {
    expect(
      COUNTRY_PROFILES.filter((p) => p.thirdCountryArrangement.receivesOtherNationals).map(
        (p) => p.code,
      ),
    ).toEqual(['GT', 'SV', 'MX', 'PA', 'CR']);
    const arrangements = (code: string) =>
      (profile(code).thirdCountryArrangement.arrangements ?? []).map((a) => [
        a.id,
        a.date,
        a.inForce,
        a.status,
      ]);
    expect(arrangements('GT')).toEqual([
      ['gt-us-aca-2019', '2019-07', 'no', 'verified'],
      ['gt-us-2025', '2025-02-05', 'unknown', 'secondary'],
    ]);
    expect(arrangements('SV')).toEqual([['sv-us-2025', '2025-02-03', 'unknown', 'secondary']]);
    expect(arrangements('MX')).toEqual([['mx-us-2025', '2025-06-24', 'unknown', 'secondary']]);
    expect(arrangements('PA')).toEqual([['pa-us-2025', '2025-02', 'unknown', 'secondary']]);
    expect(arrangements('CR')).toEqual([['cr-us-2025', '2025-02-17', 'unknown', 'secondary']]);
    expect(profile('SV').thirdCountryArrangement.status).toBe('secondary');
    for (const p of COUNTRY_PROFILES)
      for (const a of p.thirdCountryArrangement.arrangements ?? [])
        expect([a.id, a.sourceUrl?.startsWith('http'), (a.excerpt ?? '') !== '']).toEqual([
          a.id,
          true,
          true,
        ]);
  });

  it('flags El Salvador guidance as predating the 2022 state of exception', () => {
    expect(profile('SV').changedCircumstances).toMatchObject({
      date: '2022-03-27',
      status: 'secondary',
    });
  });

  it('records each forum refugee definition ground by ground', () => {
    const grounds = (code: string) =>
      Object.fromEntries(
        (profile(code).forum?.cartagenaGrounds ?? []).map((g) => [g.ground, g.applies]),
      );
    expect(profile('PE').forum?.appliesCartagena).toBe('partly');
    expect(grounds('PE')).toEqual({
      'generalized-violence': 'no',
      'foreign-aggression': 'yes',
      'internal-conflict': 'yes',
      'massive-human-rights-violations': 'yes',
      'public-order-disturbance': 'yes',
    });
    expect(profile('PE').forum?.cartagenaGrounds?.[0].excerpt).toContain(
      'ocupación o dominación extranjera',
    );
    expect(profile('MX').forum?.appliesCartagena).toBe('yes');
    expect(new Set(Object.values(grounds('MX')))).toEqual(new Set(['yes']));
    expect(profile('US').forum?.appliesCartagena).toBe('no');
    expect(new Set(Object.values(grounds('US')))).toEqual(new Set(['no']));
    for (const code of ['DO', 'PA', 'CR']) {
      expect(profile(code).forum?.appliesCartagena).toBe('not-verified');
      expect(new Set(Object.values(grounds(code)))).toEqual(new Set(['not-verified']));
    }
  });

  it('records that US CAT withholding has bars and deferral survives them', () => {
    expect(profile('US').forum?.catBars).toMatchObject({
      citation: '8 CFR 1208.16(d)(2) (bars); 8 CFR 1208.17(a) (deferral)',
      status: 'secondary',
    });
    expect(profile('US').forum?.catBars?.text.en).toContain('deferral of removal survives');
  });

  it('says who reviewed every entry, and when', () => {
    for (const p of COUNTRY_PROFILES)
      expect([p.code, p.reviewedBy, p.reviewedOn]).toEqual([
        p.code,
        'Amparo legal-research review (issue 16)',
        '2026-12-07',
      ]);
  });

  it('answers for an uncovered country with a profile that says so', () => {
    const br = findCountryProfile('BR');
    expect(br).toMatchObject({ code: 'BR', guidanceFound: false, riskProfiles: [] });
    expect(br.guidanceNote.en).toContain('No UNHCR country guidance has been sourced');
  });
});

describe('validateCountryProfile (supervisor edits)', () => {
  const ht = profile('HT');
  const peru = () => {
    const forum = profile('PE').forum;
    if (!forum) throw new Error('Peru has forum facts');
    return forum;
  };

  it.each<[string, CountryProfile, CountryProfileErrorCode]>([
    [
      'claims guidance without a citation',
      { ...profile('NI'), guidanceFound: true },
      CountryProfileErrorCode.GuidanceFlagMismatch,
    ],
    [
      'gives a source address without the words relied on',
      { ...ht, returns: { ...ht.returns, excerpt: undefined } },
      CountryProfileErrorCode.SourceIncomplete,
    ],
    [
      'gives a source that is not a web address',
      { ...ht, returns: { ...ht.returns, sourceUrl: 'UNHCR website' } },
      CountryProfileErrorCode.SourceIncomplete,
    ],
    [
      'says a forum applies Cartagena while a ground is missing from its law',
      { ...profile('PE'), forum: { ...peru(), appliesCartagena: 'yes' } },
      CountryProfileErrorCode.CartagenaMismatch,
    ],
    [
      'dates an arrangement badly',
      {
        ...profile('SV'),
        thirdCountryArrangement: {
          ...profile('SV').thirdCountryArrangement,
          arrangements: [
            { ...(profile('SV').thirdCountryArrangement.arrangements ?? [])[0], date: 'Feb 2025' },
          ],
        },
      },
      CountryProfileErrorCode.InvalidDate,
    ],
    [
      'cites guidance but says none was found',
      { ...ht, guidanceFound: false },
      CountryProfileErrorCode.GuidanceFlagMismatch,
    ],
    ['uses a non-ISO code', { ...ht, code: 'XK' }, CountryProfileErrorCode.InvalidCode],
    [
      'dates guidance badly',
      { ...ht, guidance: [{ ...ht.guidance[0], date: 'Nov 2022' }, ht.guidance[1]] },
      CountryProfileErrorCode.InvalidDate,
    ],
    [
      'names a profile from unknown guidance',
      { ...ht, riskProfiles: [{ ...ht.riskProfiles[0], citationId: 'made-up' }] },
      CountryProfileErrorCode.UnknownCitation,
    ],
    [
      'advises against returns without a source',
      { ...profile('CU'), returns: { ...ht.returns, citationId: undefined } },
      CountryProfileErrorCode.AdvisoryWithoutCitation,
    ],
    [
      'leaves the guidance note empty',
      { ...profile('CU'), guidanceNote: { en: 'x', es: ' ' } },
      CountryProfileErrorCode.MissingNote,
    ],
  ])('refuses a profile that %s', (_what, edited, code) => {
    expect(validateCountryProfile(edited).map((i) => i.code)).toEqual([code]);
    expect(() => assertValidCountryProfile(edited)).toThrow(CountryProfileValidationError);
  });
});
