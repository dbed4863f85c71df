// Holidays a law lists as fixed dates (Ley de Amparo art. 19: "uno de enero, cinco de febrero…"):
// the same month and day every year, never moved to a Monday, precomputed once per year.
import { epochDayOf, EpochDay } from '../../time/epoch-day';
import { Bilingual, FixedNonWorkingDate } from '../rule-pack.types';
import { HolidayYear } from './national-holidays.source';

const cache = new Map<string, HolidayYear>();

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The fixed dates of calendar `id` falling in `year` (29 February only in leap years). */
export function fixedHolidays(
  id: string,
  dates: readonly FixedNonWorkingDate[],
  year: number,
): HolidayYear {
  const key = `${id}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = new Map<EpochDay, Bilingual>();
  for (const { month, day, name } of dates) {
    if (month === 2 && day === 29 && !isLeapYear(year)) continue;
    result.set(epochDayOf(year, month, day), name);
  }
  cache.set(key, result);
  return result;
}
