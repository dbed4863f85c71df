import { ApiError } from './api-error';

/**
 * The record as it is now on the server, carried by a 409 for a stale version (the API puts it in
 * `details[0].current`), so a screen can show what changed and let the person retry against it.
 */
export function currentRecordOf<T>(error: unknown): T | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  for (const detail of error.details) {
    const current = detail['current'];
    if (typeof current === 'object' && current !== null) return current as T;
  }
  return null;
}
