// Closure days as callers see them, and as the deadline engine reads them.
import type { CalendarClosureResponse } from '@amparo/contracts';
import type { ClosureDay } from '@amparo/domain';
import type { CalendarClosureEntity } from './calendar-closure.entity';

export function toClosureResponse(closure: CalendarClosureEntity): CalendarClosureResponse {
  return {
    id: closure.id,
    calendar: closure.calendarCode,
    date: closure.closedOn,
    reason: closure.reason,
    createdBy: closure.createdBy,
    version: closure.version,
    createdAt: closure.createdAt.toISOString(),
  };
}

/** The reason is kept as the supervisor typed it, shown in both languages. */
export function toClosureDay(closure: CalendarClosureEntity): ClosureDay {
  return {
    forum: closure.calendarCode,
    date: closure.closedOn,
    reason: { en: closure.reason, es: closure.reason },
  };
}
