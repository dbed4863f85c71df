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

  it('cites the guidance exactly as the legal reference gives it', () => {
    expect(profile('HN').guidance.map((g) => [g.symbol, g.date])).toEqual([
      ['HCR/EG/HND/16/03', '2016-07-27'],
    ]);
    expect(profile('SV').guidance.map((g) => [g.symbol, g.date])).toEqual([
      ['HCR/EG/SLV/16/01', '2016-03'],
    ]);
    expect(profile('VE').guidance.map((g) => g.date)).toEqual(['2019']);
    expect(profile('VE').cartagenaContext?.citationId).toBe('unhcr-ven-2019');
    expect(profile('HT').guidance.map((g) => g.date)).toEqual(['2022-11', '2024']);
    expect(GANG_VICTIMS_NOTE_2010.date).toBe('2010-03');
    expect(THEMATIC_RISK_PROFILES.map((p) => p.tag)).toEqual(['targeted-by-gangs']);
  });

  it('names the Haiti 2024 profiles and flags returns as advised against', () => {
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
    });
    expect(COUNTRY_PROFILES.filter((p) => p.returns.advisedAgainst).map((p) => p.code)).toEqual([
      'HT',
    ]);
  });

  it('says explicitly where no guidance was found, and invents none', () => {
    for (const code of ['GT', 'NI', 'CU', 'EC', 'CO', 'MX', 'US', 'PE', 'DO', 'PA', 'CR']) {
      const p = profile(code);
      expect([code, p.guidanceFound, p.guidance, p.riskProfiles]).toEqual([code, false, [], []]);
      expect(p.guidanceNote.en).toMatch(/not found|Not covered/);
      expect(p.guidanceNote.es).toMatch(/No se encontraron|No cubierto/);
    }
    expect(profile('GT').guidanceNote.en).toContain('was not found');
    expect(profile('NI').guidanceNote.es).toContain('No se encontraron');
  });

  it("flags El Salvador's reception of other nationals as chain-refoulement risk, unverified", () => {
    expect(profile('SV').thirdCountryArrangement).toMatchObject({
      receivesOtherNationals: true,
      status: 'unverified',
    });
    expect(profile('SV').thirdCountryArrangement.note.en).toContain('any nationality');
    expect(
      COUNTRY_PROFILES.filter((p) => p.thirdCountryArrangement.receivesOtherNationals).map(
        (p) => p.code,
      ),
    ).toEqual(['SV']);
  });

  it('records which forums apply Cartagena only where the reference says so', () => {
    expect(profile('PE').forum).toMatchObject({
      appliesCartagena: 'yes',
      cartagenaBasis: 'Ley 27891 art. 3(b)',
    });
    expect(profile('MX').forum).toMatchObject({
      appliesCartagena: 'yes',
      cartagenaBasis: 'LRPCAP art. 13 fr. II',
    });
    for (const code of ['US', 'DO', 'PA', 'CR'])
      expect(profile(code).forum?.appliesCartagena).toBe('not-verified');
  });

  it('answers for an uncovered country with a profile that says so', () => {
    const br = findCountryProfile('BR');
    expect(br).toMatchObject({ code: 'BR', guidanceFound: false, riskProfiles: [] });
    expect(br.guidanceNote.en).toContain('Not covered');
  });
});

describe('validateCountryProfile (supervisor edits)', () => {
  const ht = profile('HT');

  it.each<[string, CountryProfile, CountryProfileErrorCode]>([
    [
      'claims guidance without a citation',
      { ...profile('GT'), guidanceFound: true },
      CountryProfileErrorCode.GuidanceFlagMismatch,
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
