// What can go wrong acting on a case's deadline, each with a stable code.
import { ConflictError, NotFoundError } from '@amparo/domain';

export const deadlineNotFound = () => new NotFoundError('Deadline', 'DEADLINE_NOT_FOUND');

export const deadlineClosed = (status: string) =>
  new ConflictError(
    'DEADLINE_CLOSED',
    `This deadline is already ${status}; it can no longer be completed, overridden or waived`,
  );
