import { DOCUMENT } from '@angular/common';
import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { isApiUrl } from './api-url';

/** The API's readable CSRF cookie and the header it must be echoed in (see apps/api auth-cookies). */
export const csrfCookie = 'amparo_csrf';
export const csrfHeader = 'X-CSRF-Token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Echoes the CSRF cookie on every write to the API. It sits innermost in the chain so that a
 * request retried after a token refresh carries the token the refresh just issued.
 */
export const csrfInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || safeMethods.has(request.method)) return next(request);
  const token = readCookie(inject(DOCUMENT).cookie, csrfCookie);
  return next(token ? request.clone({ setHeaders: { [csrfHeader]: token } }) : request);
};

function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
