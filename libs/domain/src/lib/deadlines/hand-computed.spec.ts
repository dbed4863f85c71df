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
    expect(deadline?.packVersion).toBe('1.0.0');
  });

  it('covers every shipped rule with at least one hand-computed case', () => {
    const covered = new Set(HAND_CASES.map((c) => c.ruleId));
    const shipped = shippedRulePacks()
      .all()
      .flatMap((pack) => pack.rules.map((rule) => rule.id));
    expect(shipped.filter((id) => !covered.has(id))).toEqual([]);
  });
});
