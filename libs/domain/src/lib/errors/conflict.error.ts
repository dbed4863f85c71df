// Someone else changed the record first: the caller must reload instead of overwriting.
import { DomainError, type ErrorDetail } from './domain.error';

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;

  constructor(code: string, message: string, details?: readonly ErrorDetail[]) {
    super(code, message, details);
  }
}
