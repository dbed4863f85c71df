// Why the audit trail refused: a query that can match nothing, or code that tried to record too
// much.
import { InvalidInputError } from '@amparo/domain';

/** `from` not before `to`, or no organization to read. */
export class AuditQueryInvalidError extends InvalidInputError {
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
