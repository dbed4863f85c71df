// Input that breaks a domain rule (not a shape problem, which validation catches earlier).
import { DomainError, type ErrorDetail } from './domain.error';

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid' as const;

  constructor(code: string, message: string, details?: readonly ErrorDetail[]) {
    super(code, message, details);
  }
}
