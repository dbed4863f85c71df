import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { routeUrls } from '../../route-paths';
import { ApiError, isApiUrl } from '../http';
import { AuthService, loginUrl } from './auth.service';

/**
 * Adds the bearer token to API calls. When the API rejects the token (expired or revoked), the
 * session ends and the person is sent to sign in with a way back to the page they were on.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || request.url === loginUrl) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.accessToken();
  const authorized = token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;
  return next(authorized).pipe(
    catchError((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) {
        auth.clear();
        if (router.url.startsWith(routeUrls.login)) return throwError(() => error);
        void router.navigate([routeUrls.login], {
          queryParams: { returnUrl: router.url, reason: 'expired' },
        });
      }
      return throwError(() => error);
    }),
  );
};
