import fc from 'fast-check';
import { PE_RULE_PACK } from '../deadlines/packs/pe.rule-pack';
import { US_RULE_PACK } from '../deadlines/packs/us.rule-pack';
import { dueReminder, REMINDER_OFFSET_HOURS, reminderClockOf } from './deadline-reminders';

const H = 3_600_000;
const due = Date.parse('2026-12-28T04:59:59.999Z');

describe('deadline reminders', () => {
  it('gives hour rules hour offsets and day rules day offsets', () => {
    const pasee = PE_RULE_PACK.rules.find((r) => 'period' in r && r.period.unit === 'hours');
    const days = US_RULE_PACK.rules.find((r) => 'period' in r && r.period.unit === 'calendarDays');
    const none = PE_RULE_PACK.rules.find((r) => !('period' in r));
    expect(pasee && reminderClockOf(pasee)).toBe('hours');
    expect(days && reminderClockOf(days)).toBe('days');
    expect(none && reminderClockOf(none)).toBeUndefined();
  });

  it('is silent before the farthest offset and after the deadline', () => {
    expect(dueReminder('days', due, due - 7 * 24 * H - 1)).toBeUndefined();
    expect(dueReminder('days', due, due)).toBeUndefined();
    expect(dueReminder('hours', due, due - 12 * H - 1)).toBeUndefined();
    expect(dueReminder('hours', due, due + 1)).toBeUndefined();
  });

  it('names the nearest offset whose moment has come (7, 3, 1 days; 12, 6, 2 hours)', () => {
    expect(dueReminder('days', due, due - 7 * 24 * H)).toEqual({
      offsetHours: 168,
      remindAtMs: due - 168 * H,
    });
    expect(dueReminder('days', due, due - 3 * 24 * H + 1)?.offsetHours).toBe(72);
    expect(dueReminder('days', due, due - 60_000)?.offsetHours).toBe(24);
    expect(dueReminder('hours', due, due - 11 * H)?.offsetHours).toBe(12);
    expect(dueReminder('hours', due, due - 6 * H)?.offsetHours).toBe(6);
    expect(dueReminder('hours', due, due - 90 * 60_000)?.offsetHours).toBe(2);
  });

  it('skips passed offsets rather than sending them in a burst', () => {
    // A deadline recorded 20 hours before it falls due: only the 1-day reminder is due.
    expect(dueReminder('days', due, due - 20 * H)?.offsetHours).toBe(24);
  });

  it('never names a reminder whose moment is still ahead, and the offset only shrinks with time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('hours' as const, 'days' as const),
        fc.integer({ min: 1, max: 10 * 24 * 60 }),
        fc.integer({ min: 1, max: 10 * 24 * 60 }),
        (clock, a, b) => {
          const [earlier, later] = [Math.max(a, b), Math.min(a, b)].map((m) => due - m * 60_000);
          const first = dueReminder(clock, due, earlier);
          const second = dueReminder(clock, due, later);
          if (first) expect(first.remindAtMs).toBeLessThanOrEqual(earlier);
          if (second) expect(REMINDER_OFFSET_HOURS[clock]).toContain(second.offsetHours);
          if (first && second) expect(second.offsetHours).toBeLessThanOrEqual(first.offsetHours);
          if (first) expect(second).toBeDefined();
        },
      ),
    );
  });
});
