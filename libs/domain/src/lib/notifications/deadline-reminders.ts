// When to remind people of a deadline: days ahead for rules counted in days, hours ahead for rules
// counted on the clock (a 24-hour PASEE window leaves no room for a "3 days before" reminder).
import { isPeriodRule, type DeadlineRule } from '../deadlines/rule-pack.types';

export type ReminderClock = 'hours' | 'days';

const HOUR_MS = 3_600_000;

/** Hours before the due instant at which reminders go out, farthest first. */
export const REMINDER_OFFSET_HOURS: Readonly<Record<ReminderClock, readonly number[]>> = {
  days: [7 * 24, 3 * 24, 24],
  hours: [12, 6, 2],
};

/** Which set of offsets suits a rule: hours when either reading counts hours; none without a period. */
export function reminderClockOf(rule: DeadlineRule): ReminderClock | undefined {
  if (!isPeriodRule(rule)) return undefined;
  return rule.period.unit === 'hours' || rule.latest?.period.unit === 'hours' ? 'hours' : 'days';
}

export interface DueReminder {
  /** Hours before the due instant this reminder stands for (one of REMINDER_OFFSET_HOURS). */
  readonly offsetHours: number;
  /** The moment it was due: dueAt minus the offset. */
  readonly remindAtMs: number;
}

/**
 * The reminder that is due at `nowMs` for a deadline due at `dueAtMs`: the nearest offset whose
 * moment has come. Farther offsets whose moment passed unsent (the deadline was recorded late, or
 * the sweep did not run) are skipped, never sent in a burst; nothing is due once the deadline has
 * passed. Callers send each (deadline, due instant, offset) at most once.
 */
export function dueReminder(
  clock: ReminderClock,
  dueAtMs: number,
  nowMs: number,
): DueReminder | undefined {
  if (nowMs >= dueAtMs) return undefined;
  let due: DueReminder | undefined;
  for (const offsetHours of REMINDER_OFFSET_HOURS[clock]) {
    const remindAtMs = dueAtMs - offsetHours * HOUR_MS;
    if (remindAtMs <= nowMs) due = { offsetHours, remindAtMs };
  }
  return due;
}

/** The farthest offset of a clock, in milliseconds: deadlines due later need no reminder yet. */
export function reminderHorizonMs(clock: ReminderClock): number {
  return Math.max(...REMINDER_OFFSET_HOURS[clock]) * HOUR_MS;
}
