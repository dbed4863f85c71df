// What can go wrong when recording closure days, each with a stable code and the field at fault.
import { ConflictError, InvalidInputError, NotFoundError } from '@amparo/domain';

export const closureNotFound = () => new NotFoundError('Closure day', 'CALENDAR_CLOSURE_NOT_FOUND');

export const closureExists = (calendar: string, date: string) =>
  new ConflictError('CALENDAR_CLOSURE_EXISTS', `${calendar} is already closed on ${date}`, [
    { field: 'date', message: `${calendar} is already closed on ${date}` },
  ]);

export const unknownCalendar = (calendar: string, known: readonly string[]) =>
  new InvalidInputError(
    'CALENDAR_UNKNOWN',
    `calendar: no rule counts on the calendar "${calendar}"`,
    [{ field: 'calendar', message: `calendar must be one of ${known.join(', ')}` }],
  );

export const closureOutOfRange = (date: string) =>
  new InvalidInputError('CALENDAR_DATE_OUT_OF_RANGE', `date: ${date} is outside the calendars`, [
    { field: 'date', message: `${date} is outside the years the calendars cover` },
  ]);
