// What can go wrong with clients, cases and their timeline, each with a stable code.
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type ErrorDetail,
} from '@amparo/domain';

export const caseNotFound = () => new NotFoundError('Case', 'CASE_NOT_FOUND');
export const clientNotFound = () => new NotFoundError('Client', 'CLIENT_NOT_FOUND');
export const eventNotFound = () => new NotFoundError('Event', 'EVENT_NOT_FOUND');
export const derivativeNotFound = () =>
  new NotFoundError('Derivative family member', 'CASE_DERIVATIVE_NOT_FOUND');

export const caseArchived = () =>
  new ConflictError(
    'CASE_ARCHIVED',
    'This case is archived: it keeps its history but takes no changes',
  );

export const caseReadOnly = () =>
  new ForbiddenError(
    'CASE_READ_ONLY',
    'You can read this case but only its assigned team may change it',
  );

export const clientReadOnly = () =>
  new ForbiddenError(
    'CLIENT_READ_ONLY',
    'You can read this person but not take them into a case: ask a supervisor or their case team',
  );

export const staleRecord = (what: string, current: unknown) =>
  new ConflictError(
    `${what.toUpperCase()}_VERSION_CONFLICT`,
    `Someone changed this ${what} meanwhile; review the current version and retry`,
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

export const invalidField = (code: string, field: string, message: string) =>
  new InvalidInputError(code, message, [{ field, message }]);
