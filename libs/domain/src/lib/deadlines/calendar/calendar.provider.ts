// Builds and keeps one indexed calendar per (country, forum), warm across computations; closure
// days come in as data (the API loads them from the database and rebuilds when a supervisor edits).
// A closure keyed by a forum (MX-COMAR) closes that forum only; one keyed by a country code (PE: a
// día no laborable decreed for the public sector) closes every forum of that country.
import { EpochDay, parseIsoDate } from '../../time/epoch-day';
import { Bilingual } from '../rule-pack.types';
import { BusinessCalendar, CalendarProvider, ClosureDay } from './business.calendar';
import { IndexedBusinessCalendar } from './indexed-business.calendar';
import { nationalHolidays } from './national-holidays.source';

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

  calendarFor(country: string, forum?: string): BusinessCalendar {
    const id = forum ? `${country}+${forum}` : country;
    let calendar = this.calendars.get(id);
    if (!calendar) {
      const closures = new Map<EpochDay, Bilingual>([
        ...(this.closuresByForum.get(country) ?? []),
        ...((forum && this.closuresByForum.get(forum)) || []),
      ]);
      calendar = new IndexedBusinessCalendar(
        id,
        (year) => nationalHolidays(country, year),
        closures,
      );
      this.calendars.set(id, calendar);
    }
    return calendar;
  }
}
