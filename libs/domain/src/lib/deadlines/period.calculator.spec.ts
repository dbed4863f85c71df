import { EpochDay, isoDateOf, parseIsoDate } from '../time/epoch-day';
import { ForumClock } from '../time/forum-clock';
import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { addMonths, applyPeriod, DayReading } from './period.calculator';
import { CountingConvention, Period } from './rule-pack.types';

const day = (iso: string): EpochDay => parseIsoDate(iso) as EpochDay;
const lima = ForumClock.of('America/Lima');
const context = (occurredAt: string) => ({
  triggerMs: Date.parse(occurredAt),
  eventClock: lima,
  forumClock: lima,
  calendar: new HolidayCalendarProvider().calendarFor('PE'),
});
const convention = (overrides: Partial<CountingConvention>): CountingConvention => ({
  excludeTriggerDay: true,
  rollForward: false,
  countFrom: 'event',
  mailingDays: 0,
  ...overrides,
});
const dueDateOf = (period: Period, counting: CountingConvention, occurredAt: string) =>
  isoDateOf((applyPeriod(period, counting, context(occurredAt)) as DayReading).dueDay);

describe('applyPeriod conventions', () => {
  const threeDays: Period = { amount: 3, unit: 'calendarDays' };

  it('counts the trigger day as day 1 when a rule says so', () => {
    expect(dueDateOf(threeDays, convention({}), '2026-03-02T10:00:00-05:00')).toBe('2026-03-05');
    expect(
      dueDateOf(threeDays, convention({ excludeTriggerDay: false }), '2026-03-02T10:00:00-05:00'),
    ).toBe('2026-03-04');
  });

  it('adds mailing days before counting', () => {
    expect(dueDateOf(threeDays, convention({ mailingDays: 5 }), '2026-03-02T10:00:00-05:00')).toBe(
      '2026-03-10',
    );
  });

  it('leaves a weekend last day alone unless the rule rolls', () => {
    // Wed 4 Mar + 3 = Sat 7 Mar
    expect(dueDateOf(threeDays, convention({}), '2026-03-04T10:00:00-05:00')).toBe('2026-03-07');
    expect(
      dueDateOf(threeDays, convention({ rollForward: true }), '2026-03-04T10:00:00-05:00'),
    ).toBe('2026-03-09');
  });

  it('runs hours as elapsed time, whatever the calendar says', () => {
    const reading = applyPeriod(
      { amount: 24, unit: 'hours' },
      convention({}),
      context('2026-07-28T21:10:00-05:00'),
    );
    expect(reading).toEqual({
      kind: 'instant',
      period: { amount: 24, unit: 'hours' },
      triggerMs: Date.parse('2026-07-29T02:10:00Z'),
      dueMs: Date.parse('2026-07-30T02:10:00Z'),
    });
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2026-03-31', 1, '2026-04-30', true],
    ['2026-01-15', 6, '2026-07-15', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2024-02-29', 12, '2025-02-28', true],
    ['2024-02-29', 48, '2028-02-29', false],
  ])('%s + %i months = %s', (from, months, to, clamped) => {
    const result = addMonths(day(from), months);
    expect(isoDateOf(result.day)).toBe(to);
    expect(result.clamped).toBe(clamped);
  });
});
