// Why the audit trail refused: a caller without the right, or code that tried to record too much.
import { DomainError } from '@amparo/domain';

/** No authenticated user on a route that needs one. */
export class AuditUnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated' as const;

  constructor() {
    super('AUTHENTICATION_REQUIRED', 'Sign in to read the audit trail');
  }
}

/** The user is signed in but may not read the audit trail (supervisors only). */
export class AuditForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;

  constructor() {
    super('AUDIT_SUPERVISORS_ONLY', 'Only supervisors may read the audit trail');
  }
}

/** `from` after `to`, or another filter combination that can match nothing by construction. */
export class AuditQueryInvalidError extends DomainError {
  readonly kind = 'invalid' as const;

  constructor(message: string) {
    super('AUDIT_QUERY_INVALID', message);
  }
}

/**
 * A programming error, never a user's: code tried to put something into an audit entry that
 * could carry a sensitive value (free text, a name, an e-mail). Surfaces as a 500 and rolls the
 * change back, so the mistake is found in tests instead of in the trail.
 */
export class AuditEntryRejectedError extends Error {
  constructor(reason: string) {
    super(`Audit entry refused: ${reason}`);
    this.name = 'AuditEntryRejectedError';
  }
}
