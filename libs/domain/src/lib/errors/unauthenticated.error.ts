// No valid identity: sign in (again). Says nothing about which part of the credentials failed.
import { DomainError } from './domain.error';

export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated' as const;

  constructor(code: string, message: string) {
    super(code, message);
  }
}
