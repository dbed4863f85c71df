// What can go wrong with background jobs, each with a stable code.
import { DomainError, NotFoundError, type ErrorDetail } from '@amparo/domain';

export const jobNotFound = () => new NotFoundError('Job', 'JOB_NOT_FOUND');

/**
 * Thrown by a job handler when the work cannot succeed however often it is retried (the input is
 * wrong, a record is gone): the job fails at once with this code, message and details, which the
 * person who started it reads through `GET /api/jobs/:id`. Any other error is retried.
 */
export class JobFailedError extends DomainError {
  readonly kind = 'unprocessable' as const;

  constructor(code: string, message: string, details?: readonly ErrorDetail[]) {
    super(code, message, details);
  }
}

/** A job kind has no pg-boss queue: queues are created by migrations, never at run time. */
export class JobQueueMissingError extends Error {
  constructor(kinds: readonly string[]) {
    super(
      `No pg-boss queue for job kind(s) ${kinds.join(', ')}: add a migration that runs ` +
        `SELECT pgboss.create_queue('<kind>', '{"policy":"standard"}') for each`,
    );
    this.name = 'JobQueueMissingError';
  }
}
