import type { CountryProfile } from './country-profile.model';
import { COUNTRY_PROFILES, findCountryProfile } from './country-profiles.data';
import { earliestDayOf, guidanceAge, monthsBetween } from './guidance-age';

const withGuidanceDated = (date: string): CountryProfile => {
  const honduras = findCountryProfile('HN');
  return { ...honduras, guidance: [{ ...honduras.guidance[0], date }] };
};

describe('guidance age', () => {
  it('reads a partial date as its earliest day, so guidance looks older, never younger', () => {
    expect(earliestDayOf('2019')).toEqual({ year: 2019, month: 1, day: 1 });
    expect(earliestDayOf('2024-03')).toEqual({ year: 2024, month: 3, day: 1 });
    expect(earliestDayOf('2016-07-27')).toEqual({ year: 2016, month: 7, day: 27 });
    expect(() => earliestDayOf('March 2024')).toThrow(RangeError);
  });

  it('counts whole months (hand-computed)', () => {
    expect(monthsBetween('2024-03', '2026-12-07')).toBe(33);
    expect(monthsBetween('2016-07-27', '2026-12-07')).toBe(124);
    expect(monthsBetween('2016-07-27', '2016-08-26')).toBe(0);
    expect(monthsBetween('2016-07-27', '2016-08-27')).toBe(1);
    expect(monthsBetween('2027-01-01', '2026-12-07')).toBe(0);
  });

  it('flags guidance two years old or more, and not younger guidance', () => {
    expect(guidanceAge(withGuidanceDated('2024-12-07'), '2026-12-07')).toMatchObject({
      ageMonths: 24,
      reviewDue: true,
      flags: ['older-than-two-years'],
    });
    expect(guidanceAge(withGuidanceDated('2024-12-08'), '2026-12-07')).toMatchObject({
      ageMonths: 23,
      reviewDue: false,
      flags: [],
    });
  });

  it('ages Haiti by its newest document (March 2024), not the 2022 call', () => {
    const age = guidanceAge(findCountryProfile('HT'), '2026-12-07');
    expect(age).toMatchObject({ newestGuidanceDate: '2024-03', ageMonths: 33, reviewDue: true });
    expect(age.text.en).toBe(
      'Newest country guidance dated 2024-03, 2 years 9 months old. Older than two years: review it and look for newer guidance.',
    );
    expect(age.text.es).toContain('2 años y 9 meses');
  });

  it('flags El Salvador stale: its guidance predates the March 2022 state of exception', () => {
    const age = guidanceAge(findCountryProfile('SV'), '2026-12-07');
    expect(age.flags).toEqual(['older-than-two-years', 'predates-changed-circumstances']);
    expect(age.text.en).toContain('Stale: it predates the state of exception');
    // Even young guidance is stale when it predates the event.
    const young = { ...findCountryProfile('SV'), changedCircumstances: undefined };
    expect(guidanceAge(young, '2017-01-01').flags).toEqual([]);
    expect(guidanceAge(findCountryProfile('SV'), '2017-01-01').flags).toEqual([
      'predates-changed-circumstances',
    ]);
  });

  it('has no age where no country guidance is cited (the thematic gang note does not count)', () => {
    expect(guidanceAge(findCountryProfile('NI'), '2026-12-07')).toMatchObject({
      newestGuidanceDate: null,
      ageMonths: null,
      reviewDue: false,
    });
  });

  it('finds no shipped profile with guidance dated within two years of the review (the figure)', () => {
    const ages = COUNTRY_PROFILES.map((p) => [p.code, guidanceAge(p, p.reviewedOn)] as const);
    const dated = ages.filter(([, age]) => age.newestGuidanceDate !== null);
    expect(dated.map(([code]) => code)).toEqual(['HT', 'HN', 'GT', 'SV', 'VE', 'CO']);
    expect(dated.filter(([, age]) => !age.reviewDue).map(([code]) => code)).toEqual([]);
  });
});
