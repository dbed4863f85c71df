import { HolidayCalendarProvider } from './calendar/calendar.provider';
import { DeadlineRequest } from './computed-deadline';
import { DeadlineEngine } from './deadline.engine';
import { DeadlineError, DeadlineErrorCode } from './deadline.error';

const engine = new DeadlineEngine({
  calendars: new HolidayCalendarProvider(),
  now: () => Date.parse('2026-11-23T12:00:00Z'),
});
const good: DeadlineRequest = {
  jurisdiction: 'PE',
  procedure: 'pasee-expulsion',
  eventType: 'police-retention',
  occurredAt: '2026-07-28T21:10:00-05:00',
};

function errorOf(request: DeadlineRequest): DeadlineError {
  try {
    engine.compute(request);
  } catch (error) {
    if (error instanceof DeadlineError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('deadline request errors', () => {
  it.each<[string, Partial<DeadlineRequest>, DeadlineErrorCode, string]>([
    [
      'unknown jurisdiction',
      { jurisdiction: 'XX' },
      DeadlineErrorCode.UnknownJurisdiction,
      'jurisdiction',
    ],
    [
      'lower-case jurisdiction',
      { jurisdiction: 'pe' },
      DeadlineErrorCode.UnknownJurisdiction,
      'jurisdiction',
    ],
    ['unknown procedure', { procedure: 'asylum' }, DeadlineErrorCode.UnknownProcedure, 'procedure'],
    [
      'a procedure of another jurisdiction',
      { procedure: 'removal-proceedings' },
      DeadlineErrorCode.UnknownProcedure,
      'procedure',
    ],
    [
      'unknown event type',
      { eventType: 'arrest' },
      DeadlineErrorCode.UnknownEventType,
      'eventType',
    ],
    [
      'occurredAt without offset',
      { occurredAt: '2026-07-28T21:10:00' },
      DeadlineErrorCode.OccurredAtWithoutOffset,
      'occurredAt',
    ],
    [
      'occurredAt not a date',
      { occurredAt: 'last Tuesday' },
      DeadlineErrorCode.OccurredAtInvalid,
      'occurredAt',
    ],
    [
      'occurredAt far in the future',
      { occurredAt: '2029-01-01T00:00:00Z' },
      DeadlineErrorCode.OccurredAtTooFarInFuture,
      'occurredAt',
    ],
    [
      'occurredAt before the calendars',
      { occurredAt: '1965-05-01T00:00:00Z' },
      DeadlineErrorCode.OccurredAtTooFarInPast,
      'occurredAt',
    ],
    [
      'invalid time zone',
      { timeZone: 'Mars/Olympus_Mons' },
      DeadlineErrorCode.InvalidTimeZone,
      'timeZone',
    ],
    [
      'a bare offset as time zone',
      { timeZone: '-05:00' },
      DeadlineErrorCode.InvalidTimeZone,
      'timeZone',
    ],
  ])('%s names the field', (_what, change, code, field) => {
    const error = errorOf({ ...good, ...change });
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.kind).toBe('invalid');
    expect(error.details).toEqual([{ field, message: expect.any(String) }]);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('accepts an event up to two years ahead (a planned hearing)', () => {
    expect(engine.compute({ ...good, occurredAt: '2028-06-01T09:00:00-05:00' })).toHaveLength(3);
  });

  it('gives no deadlines, and no error, for a known event that starts none in the procedure', () => {
    expect(engine.compute({ ...good, eventType: 'entry-into-country' })).toEqual([]);
  });
});
