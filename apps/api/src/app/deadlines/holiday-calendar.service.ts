// A country's national public holidays for one year plus the office's closure days on that
// country's calendars: what the client draws so people can check a derivation against it.
import { Injectable } from '@nestjs/common';
import type {
  HolidayCalendarDayResponse,
  HolidayCalendarQueryDto,
  HolidayCalendarResponse,
} from '@amparo/contracts';
import { isoDateOf, nationalHolidays } from '@amparo/domain';
import { CalendarClosuresService } from './calendar-closures.service';
import { calendarCodesOf } from './calendar-codes';

@Injectable()
export class HolidayCalendarService {
  constructor(private readonly closures: CalendarClosuresService) {}

  async year(query: HolidayCalendarQueryDto): Promise<HolidayCalendarResponse> {
    const days: HolidayCalendarDayResponse[] = [];
    for (const [day, name] of nationalHolidays(query.country, query.year))
      days.push({ date: isoDateOf(day), kind: 'holiday', name });
    for (const closure of await this.closures.closuresIn(
      calendarCodesOf(query.country),
      query.year,
    )) {
      days.push({
        date: closure.closedOn,
        kind: 'closure',
        name: { en: closure.reason, es: closure.reason },
        calendar: closure.calendarCode,
        closureId: closure.id,
      });
    }
    days.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
    return { country: query.country, year: query.year, days };
  }
}
