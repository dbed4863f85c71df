// The working days of a forum: what the engine asks when it counts días hábiles or rolls a last day.
import { EpochDay } from '../../time/epoch-day';
import { Bilingual, HolidaySource } from '../rule-pack.types';

export type NonWorkingKind = 'weekend' | 'holiday' | 'closure';

/** Why a date is not a working day, in words a person can check against a calendar. */
export interface NonWorkingReason {
  readonly kind: NonWorkingKind;
  readonly name: Bilingual;
  /**
   * For closures: decreed for the whole country's public sector (a día no laborable) or
   * published by one forum (an office or court closed that day).
   */
  readonly scope?: 'country' | 'forum';
}

export interface NonWorkingDay {
  readonly day: EpochDay;
  readonly reason: NonWorkingReason;
}

/** A day a forum announced it will be closed (e.g. COMAR's días inhábiles); kept in the database. */
export interface ClosureDay {
  /** The forum key used by rule calendars, e.g. MX-COMAR. */
  readonly forum: string;
  /** ISO local date YYYY-MM-DD on the forum's calendar. */
  readonly date: string;
  readonly reason: Bilingual;
}

export interface BusinessCalendar {
  /** "PE" or "MX+MX-COMAR". */
  readonly id: string;
  isWorkingDay(day: EpochDay): boolean;
  nonWorkingReason(day: EpochDay): NonWorkingReason | undefined;
  /** The day itself when it is a working day, else the first working day after it. */
  nextWorkingDayOnOrAfter(day: EpochDay): EpochDay;
  /** The n-th working day strictly after `day` (n >= 1): day + n días hábiles. */
  addWorkingDays(day: EpochDay, n: number): EpochDay;
  /** Holidays and closure days (not weekends) in the interval (from, to], in date order. */
  holidaysBetween(from: EpochDay, to: EpochDay): readonly NonWorkingDay[];
}

/** The holidays a calendar keeps, named so that calendars built from the same set are shared. */
export interface HolidaySet {
  readonly id: string;
  readonly source: HolidaySource;
}

/**
 * Gives the engine the calendar of a country, with the closure days of one forum if named, on
 * the holidays of one law (the country's public holidays when none is given).
 */
export interface CalendarProvider {
  calendarFor(country: string, forum?: string, holidays?: HolidaySet): BusinessCalendar;
}
