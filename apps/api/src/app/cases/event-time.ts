// The instant and zone of an event as members send them: a real instant, not ahead of now (events
// record what happened; a clock may run a little fast), and an IANA zone (the forum's by default).
import { isValidTimeZone } from '@amparo/domain';
import type { CaseEntity } from './case.entity';
import { invalidField } from './cases.errors';

const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

export function eventZone(matter: CaseEntity, timeZone: string | undefined): string {
  const zone = timeZone ?? matter.timeZone;
  if (!isValidTimeZone(zone)) {
    throw invalidField(
      'EVENT_INVALID_TIME_ZONE',
      'timeZone',
      `${zone} is not an IANA time zone such as America/Lima`,
    );
  }
  return zone;
}

export function eventInstant(occurredAt: string): Date {
  const instant = new Date(occurredAt);
  if (Number.isNaN(instant.getTime())) {
    throw invalidField(
      'EVENT_INVALID_INSTANT',
      'occurredAt',
      'occurredAt is not a real date and time',
    );
  }
  if (instant.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw invalidField(
      'EVENT_IN_FUTURE',
      'occurredAt',
      'occurredAt is in the future; events record what has happened',
    );
  }
  return instant;
}
