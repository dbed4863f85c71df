// A business rule said no: every feature throws a subclass, one HTTP filter maps its kind.

/** What went wrong, in the vocabulary a caller can act on; the API maps each to a status. */
export type DomainErrorKind =
  | 'invalid' // the request breaks a rule of the domain (400)
  | 'unauthenticated' // no valid identity (401)
  | 'forbidden' // the identity may not do this (403)
  | 'not_found' // no such record, or not one this caller may know of (404)
  | 'conflict' // the record changed meanwhile, or already exists (409)
  | 'unprocessable' // well-formed but not enough to act on, e.g. missing case data (422)
  | 'payload_too_large' // more than one request may carry, e.g. a file with too many rows (413)
  | 'too_many_requests' // slow down (429)
  | 'unavailable'; // a dependency is down (503)

/** One problem with one input, as shown next to the field it concerns. */
export interface ErrorDetail {
  field?: string;
  message: string;
  [key: string]: unknown;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  protected constructor(
    /** Stable machine-readable code, e.g. DEADLINE_UNKNOWN_JURISDICTION. */
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}
