// A record that does not exist and one the caller may not know of look the same from outside.
import { DomainError } from './domain.error';

export class NotFoundError extends DomainError {
  readonly kind = 'not_found' as const;

  constructor(recordType: string, code = 'NOT_FOUND') {
    super(code, `${recordType} not found`);
  }
}
