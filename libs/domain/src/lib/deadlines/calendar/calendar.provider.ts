// Builds and keeps one indexed calendar per (country, forum), warm across computations; closure
// days come in as data (the API loads them from the database and rebuilds when a supervisor edits).
// A closure keyed by a forum (MX-COMAR) closes that forum only; one keyed by a country code (PE: a
// día no laborable decreed for the public sector) closes every forum of that country.
import { EpochDay, parseIsoDate } from '../../time/epoch-day';
import { Bilingual } from '../rule-pack.types';
import { BusinessCalendar, CalendarProvider, ClosureDay, HolidaySet } from './business.calendar';
import { fixedHolidays } from './fixed-holidays.source';
import { IndexedBusinessCalendar } from './indexed-business.calendar';
import { HolidayYear, nationalHolidays } from './national-holidays.source';

export class HolidayCalendarProvider implements CalendarProvider {
  private readonly calendars = new Map<string, BusinessCalendar>();
  private readonly closuresByForum = new Map<string, Map<EpochDay, Bilingual>>();

  constructor(closures: readonly ClosureDay[] = []) {
    for (const closure of closures) {
      const day = parseIsoDate(closure.date);
      if (day === undefined)
        throw new RangeError(`Closure day ${closure.date} is not a YYYY-MM-DD date`);
      let forum = this.closuresByForum.get(closure.forum);
      if (!forum) this.closuresByForum.set(closure.forum, (forum = new Map()));
      forum.set(day, closure.reason);
    }
  }

  calendarFor(country: string, forum?: string, holidays?: HolidaySet): BusinessCalendar {
    const base =
      holidays && holidays.source.kind !== 'publicHolidayLibrary' ? holidays.id : country;
    const id = forum ? `${base}+${forum}` : base;
    let calendar = this.calendars.get(id);
    if (!calendar) {
      // A forum's own closure wins over a country-wide one on the same day: it is the nearer fact.
      const closures = new Map<EpochDay, { name: Bilingual; scope: 'country' | 'forum' }>();
      for (const [day, name] of this.closuresByForum.get(country) ?? [])
        closures.set(day, { name, scope: 'country' });
      if (forum)
        for (const [day, name] of this.closuresByForum.get(forum) ?? [])
          closures.set(day, { name, scope: 'forum' });
      const source = holidays?.source;
      const holidaysOf =
        source?.kind === 'fixedDates'
          ? (year: number): HolidayYear => fixedHolidays(base, source.dates, year)
          : (year: number): HolidayYear => nationalHolidays(country, year);
      calendar = new IndexedBusinessCalendar(id, holidaysOf, closures);
      this.calendars.set(id, calendar);
    }
    return calendar;
  }
}
