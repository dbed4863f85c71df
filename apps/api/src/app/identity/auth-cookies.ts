// Browser sessions ride on httpOnly, SameSite=Strict cookies; the CSRF token cookie is readable
// by the client's own script, which echoes it in a header on every write.
import type { Request, Response } from 'express';
import type { IssuedTokens } from './sessions.service';

export const ACCESS_COOKIE = 'amparo_access';
export const REFRESH_COOKIE = 'amparo_refresh';
export const CSRF_COOKIE = 'amparo_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(
  request: Request,
  response: Response,
  tokens: IssuedTokens,
): void {
  const base = {
    sameSite: 'strict' as const,
    secure: request.secure,
    expires: tokens.sessionExpiresAt,
  };
  response.cookie(ACCESS_COOKIE, tokens.accessToken, { ...base, httpOnly: true, path: '/api' });
  response.cookie(REFRESH_COOKIE, tokens.refreshToken, {
    ...base,
    httpOnly: true,
    path: '/api/auth',
  });
  response.cookie(CSRF_COOKIE, tokens.csrfToken, { ...base, httpOnly: false, path: '/' });
}

export function clearSessionCookies(response: Response): void {
  response.clearCookie(ACCESS_COOKIE, { path: '/api' });
  response.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  response.clearCookie(CSRF_COOKIE, { path: '/' });
}
