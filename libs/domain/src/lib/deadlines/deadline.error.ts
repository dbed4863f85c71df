// Bad input to the deadline engine, typed so the API can answer 400 naming the field at fault.
import { InvalidInputError } from '../errors';

export enum DeadlineErrorCode {
  UnknownJurisdiction = 'DEADLINE_UNKNOWN_JURISDICTION',
  UnknownProcedure = 'DEADLINE_UNKNOWN_PROCEDURE',
  UnknownEventType = 'DEADLINE_UNKNOWN_EVENT_TYPE',
  OccurredAtInvalid = 'DEADLINE_OCCURRED_AT_INVALID',
  OccurredAtWithoutOffset = 'DEADLINE_OCCURRED_AT_WITHOUT_OFFSET',
  OccurredAtTooFarInFuture = 'DEADLINE_OCCURRED_AT_TOO_FAR_IN_FUTURE',
  OccurredAtTooFarInPast = 'DEADLINE_OCCURRED_AT_TOO_FAR_IN_PAST',
  InvalidTimeZone = 'DEADLINE_INVALID_TIME_ZONE',
}

export type DeadlineRequestField =
  'jurisdiction' | 'procedure' | 'eventType' | 'occurredAt' | 'timeZone';

function messageFor(code: DeadlineErrorCode, value: string): string {
  switch (code) {
    case DeadlineErrorCode.UnknownJurisdiction:
      return `No rule pack for jurisdiction "${value}"`;
    case DeadlineErrorCode.UnknownProcedure:
      return `Unknown procedure "${value}" for this jurisdiction`;
    case DeadlineErrorCode.UnknownEventType:
      return `Unknown event type "${value}" for this jurisdiction`;
    case DeadlineErrorCode.OccurredAtInvalid:
      return `"${value}" is not an ISO 8601 date-time`;
    case DeadlineErrorCode.OccurredAtWithoutOffset:
      return `"${value}" has no UTC offset (e.g. 2026-07-28T21:10:00-05:00)`;
    case DeadlineErrorCode.OccurredAtTooFarInFuture:
      return `"${value}" is too far in the future for a case event`;
    case DeadlineErrorCode.OccurredAtTooFarInPast:
      return `"${value}" is before the calendars the engine covers`;
    case DeadlineErrorCode.InvalidTimeZone:
      return `"${value}" is not an IANA time zone (e.g. America/Lima)`;
  }
}

export class DeadlineError extends InvalidInputError {
  constructor(
    override readonly code: DeadlineErrorCode,
    readonly field: DeadlineRequestField,
    readonly value: string,
  ) {
    super(code, `${field}: ${messageFor(code, value)}`, [
      { field, message: messageFor(code, value) },
    ]);
  }
}
