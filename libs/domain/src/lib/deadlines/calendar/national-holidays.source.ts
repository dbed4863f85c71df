// National public holidays of a country, from the date-holidays library: only type "public",
// observed (substitute) days included, precomputed once per (country, year).
import Holidays from 'date-holidays';
import { EpochDay, parseIsoDate } from '../../time/epoch-day';
import { Bilingual } from '../rule-pack.types';

export type HolidayYear = ReadonlyMap<EpochDay, Bilingual>;

const cache = new Map<string, HolidayYear>();
const libraries = new Map<string, Holidays>();

function library(country: string): Holidays {
  let hd = libraries.get(country);
  if (!hd) {
    if (!(country in new Holidays().getCountries())) {
      throw new RangeError(`No holiday data for country ${country}`);
    }
    hd = new Holidays(country);
    libraries.set(country, hd);
  }
  return hd;
}

function publicDays(hd: Holidays, year: number, language: 'en' | 'es'): Map<string, string> {
  const days = new Map<string, string>();
  for (const holiday of hd.getHolidays(year, language)) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    const previous = days.get(date);
    days.set(date, previous ? `${previous} / ${holiday.name}` : holiday.name);
  }
  return days;
}

/** Public holidays falling in `year` (including a substitute day for next year's 1 January). */
export function nationalHolidays(country: string, year: number): HolidayYear {
  const key = `${country}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const hd = library(country);
  const result = new Map<EpochDay, Bilingual>();
  // The library files an observed day under the holiday's year (1 Jan 2028 observed on
  // 31 Dec 2027), so the next year's list is read as well.
  for (const y of [year, year + 1]) {
    const en = publicDays(hd, y, 'en');
    const es = publicDays(hd, y, 'es');
    for (const [date, name] of en) {
      if (!date.startsWith(`${year}-`)) continue;
      const day = parseIsoDate(date);
      if (day === undefined) continue;
      if (!result.has(day)) result.set(day, { en: name, es: es.get(date) ?? name });
    }
  }
  cache.set(key, result);
  return result;
}
