// How each kind of domain error reads in HTTP.
import type { DomainErrorKind } from '@amparo/domain';

export const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
};
