import type { MessageKey, MessageParams } from '../i18n';
import { ApiError } from './api-error';

/** A message to show, kept as a key so it follows the language switch while on screen. */
export interface Notice {
  key: MessageKey;
  params?: MessageParams;
}

/** The actionable message for any failed call (non-API failures read as a connection problem). */
export function errorNotice(error: unknown): Notice {
  return error instanceof ApiError
    ? { key: error.messageKey, params: error.messageParams }
    : { key: 'errors.network' };
}

/** The API's code for a failure, when it sent one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}
