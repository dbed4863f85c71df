// A known identity asked for something its roles do not allow.
import { DomainError } from './domain.error';

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;

  constructor(code: string, message: string) {
    super(code, message);
  }
}
