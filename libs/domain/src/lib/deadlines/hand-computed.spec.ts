import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { DeadlineEngine } from './deadline.engine';
import { shippedRulePacks } from './rule-pack.registry';
import { HAND_CASES } from './testing/hand-computed.cases';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('hand-computed deadlines', () => {
  it.each(HAND_CASES.map((c) => [c.name, c] as const))('%s', (_name, handCase) => {
    const calendars = new HolidayCalendarProvider(
      (handCase.closures ?? []).map((c) => ({ ...c, reason: { en: 'closed', es: 'cerrado' } })),
    );
    const engine = new DeadlineEngine({ calendars, now: () => NOW });
    const deadline = engine.compute(handCase.request).find((d) => d.ruleId === handCase.ruleId);
    expect(deadline).toBeDefined();
    const { expected } = handCase;
    expect({
      kind: deadline?.kind,
      dueAt: deadline?.dueAt,
      dueDate: deadline?.dueDate,
      latestDueAt: deadline?.latestDueAt,
      latestDueDate: deadline?.latestDueDate,
      timeZone: deadline?.timeZone,
    }).toEqual({
      kind: expected.kind,
      dueAt: expected.dueAt,
      dueDate: expected.dueDate,
      latestDueAt: expected.latestDueAt,
      latestDueDate: expected.latestDueDate,
      timeZone: expected.timeZone,
    });
    // 1.1.0: the rules issue 16 corrected (calendars per law, triggers, statuses, new rules);
    // US 1.2.0 only marked two rules secondary, so no date moved.
    expect(deadline?.packVersion).toBe(deadline?.ruleId.startsWith('us.') ? '1.2.0' : '1.1.0');
  });

  it('marks the third-country removal clocks hour-counted and urgent, like the PASEE', () => {
    // The escalation logic treats an open, urgent, hour-counted deadline due within 72 hours as a
    // removal clock: the 2241 habeas and the notice window must be such deadlines.
    const engine = new DeadlineEngine({
      calendars: new HolidayCalendarProvider(),
      now: () => NOW,
    });
    const started = engine.compute({
      jurisdiction: 'US',
      procedure: 'third-country-removal',
      eventType: 'third-country-removal-notice',
      occurredAt: '2026-11-20T09:00:00-05:00',
      timeZone: 'America/New_York',
    });
    expect(started.map((d) => [d.ruleId, d.kind, d.urgent, d.party])).toEqual([
      ['us.third-country.earliest-removal', 'due', true, 'authority'],
      ['us.third-country.habeas', 'due', true, 'defense'],
    ]);
  });

  it('covers every shipped rule with at least one hand-computed case', () => {
    const covered = new Set(HAND_CASES.map((c) => c.ruleId));
    const shipped = shippedRulePacks()
      .all()
      .flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect(shipped.filter((id) => !covered.has(id))).toEqual([]);
  });
});
