import { HttpErrorResponse } from '@angular/common/http';
import type { MessageKey, MessageParams } from '../i18n';
import { requestIdHeader } from './api-url';

/** One item of an error's details, e.g. the field a validation message is about. */
export interface ApiErrorDetail {
  field?: string;
  message: string;
  [key: string]: unknown;
}

/** The JSON body of every API error, as written by the API's single exception filter. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Stable machine-readable code (e.g. AUTH_MFA_REQUIRED) for screens that react to it. */
  code?: string;
  details?: readonly ApiErrorDetail[];
}

/**
 * A failed API call, reduced to what the UI needs: a message key (translated when shown, so it
 * follows the language switch) and the server's own details for screens that react to them.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly messageParams: MessageParams,
    readonly body: ApiErrorBody | undefined,
    readonly requestId: string | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.body?.code;
  }

  get details(): readonly ApiErrorDetail[] {
    return this.body?.details ?? [];
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body['statusCode'] === 'number' && typeof body['message'] === 'string';
}

/** Maps an HTTP failure to a message a person can act on (what happened, what to do next). */
export function toApiError(response: HttpErrorResponse, sentRequestId?: string): ApiError {
  const body = isApiErrorBody(response.error) ? response.error : undefined;
  const requestId = response.headers?.get(requestIdHeader) ?? sentRequestId;
  const status = response.status;
  // The server's own sentence names the offending field for input errors; elsewhere it is too
  // technical to show and the translated message says more.
  const detail = body?.message ?? '';
  const [key, params] =
    body?.code === 'AUTH_CSRF'
      ? csrfMessage
      : body?.code === 'AUTH_MFA_ENROLMENT_REQUIRED'
        ? mfaEnrolmentMessage
        : messageFor(status, detail, requestId);
  return new ApiError(status, key, params, body, requestId);
}

// The CSRF token is rotated with the session; a stale page holds the old one.
const csrfMessage: [MessageKey, MessageParams] = ['errors.csrf', {}];
// Not a missing permission: the office requires a second factor the person has not set up.
const mfaEnrolmentMessage: [MessageKey, MessageParams] = ['errors.mfaEnrolmentRequired', {}];

function messageFor(
  status: number,
  detail: string,
  requestId: string | undefined,
): [MessageKey, MessageParams] {
  switch (status) {
    case 0:
      return ['errors.network', {}];
    case 400:
      return ['errors.badRequest', { detail: sentence(detail) }];
    case 401:
      return ['errors.unauthorized', {}];
    case 403:
      return ['errors.forbidden', {}];
    case 404:
      return ['errors.notFound', {}];
    case 409:
      return ['errors.conflict', {}];
    case 413:
      return ['errors.payloadTooLarge', {}];
    case 415:
      return ['errors.unsupportedMediaType', {}];
    case 422:
      return ['errors.validation', { detail: sentence(detail) }];
    case 429:
      return ['errors.tooManyRequests', {}];
    case 502:
    case 503:
    case 504:
      return ['errors.unavailable', {}];
  }
  if (status >= 500) return ['errors.server', { requestId: requestId ?? '—' }];
  return ['errors.unknown', { status }];
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
