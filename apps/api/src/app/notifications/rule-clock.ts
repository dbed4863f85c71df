// Whether a stored deadline counts hours or days, read from the shipped rule it came from.
import { reminderClockOf, shippedRulePacks, type ReminderClock } from '@amparo/domain';

let byId: Map<string, ReminderClock | undefined> | undefined;

/** Falls back on the stored flag (set for hour rules) when the rule is no longer shipped. */
export function ruleClock(ruleId: string, urgent: boolean): ReminderClock {
  byId ??= new Map(
    shippedRulePacks()
      .all()
      .flatMap((pack) => pack.rules.map((rule) => [rule.id, reminderClockOf(rule)] as const)),
  );
  return byId.get(ruleId) ?? (urgent ? 'hours' : 'days');
}
