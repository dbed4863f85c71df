// The calendar of a country whose law was not checked for its own list of non-working days:
// the public holidays the holiday library gives, flagged unverified so the docs say so.
import { NonWorkingDayCalendar } from '../rule-pack.types';

export function publicHolidayLibraryCalendar(
  code: 'do' | 'pa' | 'cr',
  country: { en: string; es: string },
): NonWorkingDayCalendar {
  return {
    id: `${code}.public-holidays`,
    title: {
      en: `${country.en}'s national public holidays (holiday library, type public)`,
      es: `Feriados nacionales de ${country.es} (biblioteca de feriados, tipo public)`,
    },
    citation:
      'National public holidays as the holiday library lists them; the law\u2019s own list was not checked',
    status: 'unverified',
    holidays: { kind: 'publicHolidayLibrary' },
    holidayWord: { en: 'public holiday', es: 'feriado' },
  };
}
