// Slow down: the caller may try again after the given number of seconds.
import { DomainError } from './domain.error';

export class TooManyRequestsError extends DomainError {
  readonly kind = 'too_many_requests' as const;

  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, [{ message, retryAfterSeconds }]);
  }
}
