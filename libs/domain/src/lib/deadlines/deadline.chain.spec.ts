import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { DeadlineEngine } from './deadline.engine';

const engine = new DeadlineEngine({
  calendars: new HolidayCalendarProvider(),
  now: () => Date.parse('2026-11-23T12:00:00Z'),
});

describe('chained deadlines', () => {
  it('a filing made records the event that starts the next clock', () => {
    const base = { jurisdiction: 'MX', procedure: 'comar-refugee-claim' };
    const [application] = engine.compute({
      ...base,
      eventType: 'entry-into-country',
      occurredAt: '2026-11-10T12:00:00-06:00',
    });
    expect(application.completionRecords).toBe('comar-application');

    // The application is filed on 20 Nov: COMAR's 45 días hábiles start from that filing.
    const next = engine.compute({
      ...base,
      eventType: application.completionRecords as string,
      occurredAt: '2026-11-20T09:00:00-06:00',
    });
    expect(next.map((d) => [d.ruleId, d.dueDate, d.party])).toEqual([
      // 23 Nov (1) … 18 Dec (20), 21-24 Dec (24), 28-31 Dec (28), 4-8 Jan (33), 11-15 Jan (38),
      // 18-22 Jan (43), 25 Jan (44), 26 Jan (45)
      ['mx.comar.decision', '2027-01-26', 'authority'],
    ]);
  });

  it('a renewal restarts its own clock', () => {
    const request = {
      jurisdiction: 'DO',
      procedure: 'refugee-claim',
      eventType: 'refugee-application-filed',
      occurredAt: '2026-12-01T08:00:00-04:00',
    };
    const [first] = engine.compute(request);
    expect(first.completionRecords).toBe('constancia-renewed');
    const [second] = engine.compute({
      ...request,
      eventType: 'constancia-renewed',
      occurredAt: '2026-12-30T10:00:00-04:00',
    });
    expect([first.dueDate, second.ruleId, second.dueDate]).toEqual([
      '2026-12-31',
      'do.refugee.constancia-renewal',
      '2027-01-29',
    ]);
  });
});
