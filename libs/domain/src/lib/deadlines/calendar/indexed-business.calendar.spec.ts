import fc from 'fast-check';
import Holidays from 'date-holidays';
import { asEpochDay, EpochDay, isoDateOf, isWeekend, parseIsoDate } from '../../time/epoch-day';
import { HolidayCalendarProvider } from './calendar.provider';

const day = (iso: string): EpochDay => parseIsoDate(iso) as EpochDay;

describe('national holiday calendars', () => {
  const calendars = new HolidayCalendarProvider([
    { forum: 'MX-COMAR', date: '2026-12-21', reason: { en: 'COMAR closed', es: 'COMAR cerrada' } },
  ]);

  it.each([
    ['PE', '2026-07-28', 'Independence Day'],
    ['PE', '2026-07-29', 'Independence Day'],
    ['PE', '2026-12-08', 'Immaculate Conception'],
    ['PE', '2026-12-25', 'Christmas Day'],
    ['MX', '2026-09-16', 'Independence Day'],
    ['MX', '2026-11-16', 'Revolution Day'],
    ['US', '2026-11-26', 'Thanksgiving Day'],
    ['US', '2026-12-25', 'Christmas Day'],
    // observed days: Saturday holidays are kept on the Friday before
    ['US', '2026-07-03', 'Independence Day (substitute day)'],
    ['US', '2027-12-24', 'Christmas Day (substitute day)'],
    ['US', '2027-12-31', "New Year's Day (substitute day)"],
  ])('%s %s is a public holiday (%s)', (country, date, name) => {
    const calendar = calendars.calendarFor(country);
    expect(calendar.isWorkingDay(day(date))).toBe(false);
    expect(calendar.nonWorkingReason(day(date))).toEqual({
      kind: 'holiday',
      name: expect.objectContaining({ en: name }),
    });
  });

  it('keeps working days that are only observances or bank holidays', () => {
    expect(calendars.calendarFor('US').isWorkingDay(day('2026-12-24'))).toBe(true);
    expect(calendars.calendarFor('US').isWorkingDay(day('2026-11-27'))).toBe(true);
    expect(calendars.calendarFor('PE').isWorkingDay(day('2026-12-24'))).toBe(true);
  });

  it('names holidays in Spanish too', () => {
    expect(calendars.calendarFor('PE').nonWorkingReason(day('2026-12-25'))?.name.es).toBe(
      'Navidad',
    );
  });

  it("adds a forum's closure days only to that forum's calendar", () => {
    expect(calendars.calendarFor('MX', 'MX-COMAR').nonWorkingReason(day('2026-12-21'))).toEqual({
      kind: 'closure',
      name: { en: 'COMAR closed', es: 'COMAR cerrada' },
      scope: 'forum',
    });
    expect(calendars.calendarFor('MX').isWorkingDay(day('2026-12-21'))).toBe(true);
  });

  it("adds a country-wide closure day to every calendar of that country, and no other's", () => {
    const closures = new HolidayCalendarProvider([
      { forum: 'MX', date: '2026-12-22', reason: { en: 'Decreed', es: 'Decretado' } },
      { forum: 'PE', date: '2026-12-22', reason: { en: 'Decreed', es: 'Decretado' } },
    ]);
    expect(closures.calendarFor('MX').nonWorkingReason(day('2026-12-22'))).toEqual({
      kind: 'closure',
      name: { en: 'Decreed', es: 'Decretado' },
      scope: 'country',
    });
    expect(closures.calendarFor('MX', 'MX-COMAR').isWorkingDay(day('2026-12-22'))).toBe(false);
    expect(closures.calendarFor('PE').isWorkingDay(day('2026-12-22'))).toBe(false);
    expect(closures.calendarFor('US').isWorkingDay(day('2026-12-22'))).toBe(true);
  });

  it('counts días hábiles over weekends and holidays', () => {
    const pe = calendars.calendarFor('PE');
    expect(isoDateOf(pe.addWorkingDays(day('2026-07-24'), 1))).toBe('2026-07-27');
    expect(isoDateOf(pe.addWorkingDays(day('2026-07-24'), 2))).toBe('2026-07-30');
    expect(isoDateOf(pe.nextWorkingDayOnOrAfter(day('2026-07-28')))).toBe('2026-07-30');
    expect(isoDateOf(pe.nextWorkingDayOnOrAfter(day('2026-07-30')))).toBe('2026-07-30');
    expect(
      pe.holidaysBetween(day('2026-07-24'), day('2026-07-31')).map((h) => isoDateOf(h.day)),
    ).toEqual(['2026-07-28', '2026-07-29']);
  });

  it("keeps a law's fixed dates, not the library's Monday holidays, when given them", () => {
    const art19 = {
      id: 'mx.ley-de-amparo-art-19',
      source: {
        kind: 'fixedDates' as const,
        dates: [
          { month: 2, day: 5, name: { en: '5 February', es: 'cinco de febrero' } },
          { month: 9, day: 14, name: { en: '14 September', es: 'catorce de septiembre' } },
        ],
      },
    };
    const amparo = calendars.calendarFor('MX', 'MX-PJF', art19);
    // Monday 2 Feb 2026 is the library's Constitution Day; art. 19 keeps Thursday 5 Feb instead.
    expect(amparo.isWorkingDay(day('2026-02-02'))).toBe(true);
    expect(amparo.isWorkingDay(day('2026-02-05'))).toBe(false);
    expect(amparo.isWorkingDay(day('2026-09-14'))).toBe(false);
    expect(calendars.calendarFor('MX').isWorkingDay(day('2026-02-02'))).toBe(false);
    expect(calendars.calendarFor('MX').isWorkingDay(day('2026-02-05'))).toBe(true);
    // A library holiday set is the country's own calendar, shared.
    expect(
      calendars.calendarFor('MX', undefined, {
        id: 'mx.public-holidays',
        source: { kind: 'publicHolidayLibrary' },
      }),
    ).toBe(calendars.calendarFor('MX'));
  });

  it('refuses dates outside the years it has holiday data for', () => {
    expect(() => calendars.calendarFor('PE').isWorkingDay(day('1950-01-02'))).toThrow(RangeError);
  });

  it('refuses a closure day that is not a date', () => {
    expect(
      () =>
        new HolidayCalendarProvider([
          { forum: 'X', date: '2026-02-30', reason: { en: 'x', es: 'x' } },
        ]),
    ).toThrow(/2026-02-30/);
  });
});

// The day-by-day walk every calendar would do without an index: the reference the index must match.
function naiveAddWorkingDays(
  start: EpochDay,
  n: number,
  isOff: (d: EpochDay) => boolean,
): EpochDay {
  let d = start;
  let left = n;
  while (left > 0) {
    d = asEpochDay(d + 1);
    if (!isOff(d)) left--;
  }
  return d;
}

describe('indexed business calendars (properties)', () => {
  // Independent of the index: every public holiday date the library lists, as plain strings.
  const publicDates = new Map<string, Set<string>>();
  const isPublicHoliday = (country: string, d: EpochDay): boolean => {
    let dates = publicDates.get(country);
    if (!dates) {
      const hd = new Holidays(country);
      dates = new Set<string>();
      for (let year = 2024; year <= 2030; year++) {
        for (const h of hd.getHolidays(year))
          if (h.type === 'public') dates.add(h.date.slice(0, 10));
      }
      publicDates.set(country, dates);
    }
    return dates.has(isoDateOf(d));
  };
  const closures = ['2026-03-02', '2026-10-13', '2027-01-04', '2027-07-05'];
  const calendars = new HolidayCalendarProvider(
    closures.map((date) => ({ forum: 'F', date, reason: { en: 'closed', es: 'cerrado' } })),
  );
  const cases = fc.record({
    country: fc.constantFrom('PE', 'US', 'MX', 'DO', 'PA', 'CR'),
    start: fc.integer({ min: day('2025-01-01'), max: day('2028-12-31') }).map(asEpochDay),
    n: fc.integer({ min: 1, max: 200 }),
  });

  it('adds n working days exactly like a day-by-day walk, and never lands on a day off', () => {
    fc.assert(
      fc.property(cases, ({ country, start, n }) => {
        const calendar = calendars.calendarFor(country, 'F');
        const isOff = (d: EpochDay) =>
          isWeekend(d) || isPublicHoliday(country, d) || closures.includes(isoDateOf(d));
        const result = calendar.addWorkingDays(start, n);
        expect(isOff(result)).toBe(false);
        expect(isoDateOf(result)).toBe(isoDateOf(naiveAddWorkingDays(start, n, isOff)));
      }),
      { numRuns: 300 },
    );
  });
});
