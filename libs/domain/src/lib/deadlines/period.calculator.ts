// Applies one period to one trigger under one counting convention: the arithmetic of a deadline,
// kept apart from wording so that each step can be shown to the person who checks it.
import { itemAt } from '../common/item-at';
import { asEpochDay, civilOf, epochDayOf, EpochDay } from '../time/epoch-day';
import { ForumClock } from '../time/forum-clock';
import { BusinessCalendar, NonWorkingReason } from './calendar/business.calendar';
import { CountingConvention, Period } from './rule-pack.types';

const MS_PER_HOUR = 3_600_000;

/** An hour period: exact elapsed time from the trigger instant, shown on the forum's clock. */
export interface InstantReading {
  readonly kind: 'instant';
  readonly period: Period;
  readonly triggerMs: number;
  readonly dueMs: number;
}

/** A day, month or year period: worked on local dates, due at the end of the last local day. */
export interface DayReading {
  readonly kind: 'day';
  readonly period: Period;
  readonly triggerDay: EpochDay;
  /** The first working day after the trigger when the rule counts from there, else the trigger. */
  readonly anchorDay: EpochDay;
  readonly mailingDays: number;
  /** The last day before any rolling. */
  readonly rawDay: EpochDay;
  /** Why rawDay was not a working day when the rule rolled it forward. */
  readonly rolledBecause?: NonWorkingReason;
  readonly dueDay: EpochDay;
  /** The month or year landed on a date that month lacks (29 Feb, 31 Apr) and was clamped. */
  readonly clamped: boolean;
  readonly dueMs: number;
}

export type PeriodReading = InstantReading | DayReading;

export interface ReadingContext {
  readonly triggerMs: number;
  /** Clock of the place where the event happened: gives the trigger's local date. */
  readonly eventClock: ForumClock;
  /** Clock of the forum that must receive the act: gives the end of the last day. */
  readonly forumClock: ForumClock;
  readonly calendar: BusinessCalendar;
}

export function applyPeriod(
  period: Period,
  counting: CountingConvention,
  context: ReadingContext,
): PeriodReading {
  const { triggerMs, calendar } = context;
  if (period.unit === 'hours') {
    return { kind: 'instant', period, triggerMs, dueMs: triggerMs + period.amount * MS_PER_HOUR };
  }
  const triggerDay = context.eventClock.localDayOf(triggerMs);
  const anchorDay =
    counting.countFrom === 'nextWorkingDay'
      ? calendar.nextWorkingDayOnOrAfter(asEpochDay(triggerDay + 1))
      : triggerDay;
  // When the first day counted is the anchor itself, counting is one day shorter.
  const base = asEpochDay(anchorDay + (counting.excludeTriggerDay ? 0 : -1) + counting.mailingDays);
  let rawDay: EpochDay;
  let clamped = false;
  switch (period.unit) {
    case 'calendarDays':
      rawDay = asEpochDay(base + period.amount);
      break;
    case 'businessDays':
      rawDay = calendar.addWorkingDays(base, period.amount);
      break;
    case 'months':
    case 'years': {
      const months = period.unit === 'years' ? period.amount * 12 : period.amount;
      ({ day: rawDay, clamped } = addMonths(base, months));
      break;
    }
  }
  let dueDay = rawDay;
  let rolledBecause: NonWorkingReason | undefined;
  if (counting.rollForward) {
    dueDay = calendar.nextWorkingDayOnOrAfter(rawDay);
    if (dueDay !== rawDay) rolledBecause = calendar.nonWorkingReason(rawDay);
  }
  return {
    kind: 'day',
    period,
    triggerDay,
    anchorDay,
    mailingDays: counting.mailingDays,
    rawDay,
    rolledBecause,
    dueDay,
    clamped,
    dueMs: context.forumClock.endOfLocalDayMs(dueDay),
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Same day-of-month `months` later; a day the month lacks becomes its last day (the earlier). */
export function addMonths(day: EpochDay, months: number): { day: EpochDay; clamped: boolean } {
  const { year, month, day: dom } = civilOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const length = m === 2 && isLeapYear(y) ? 29 : itemAt(DAYS_IN_MONTH, m - 1, 'month');
  return { day: epochDayOf(y, m, Math.min(dom, length)), clamped: dom > length };
}
