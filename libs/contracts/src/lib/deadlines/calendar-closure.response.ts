// Closure days and the public holidays of a country, as the client shows them on a calendar.
import type { Bilingual } from '@amparo/domain';

export interface CalendarClosureResponse {
  id: string;
  /** Country code (every forum of it) or forum key. */
  calendar: string;
  date: string;
  reason: string;
  /** The member who recorded it (null once that account is deleted). */
  createdBy: string | null;
  version: number;
  createdAt: string;
}

export interface HolidayCalendarDayResponse {
  date: string;
  /** `holiday`: national public holiday; `closure`: a closure day the office recorded. */
  kind: 'holiday' | 'closure';
  name: Bilingual;
  /** For closures: the country code or forum key whose calendar it closes. */
  calendar?: string;
  closureId?: string;
}

export interface HolidayCalendarResponse {
  country: string;
  year: number;
  days: HolidayCalendarDayResponse[];
}
