import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { routeUrls } from '../../route-paths';
import { ApiError, isApiUrl } from '../http';
import { authUrls, isSessionCall } from './auth-urls';
import { authErrorCodes } from './auth.models';
import { AuthService } from './auth.service';

const reauthFailures = new Set<string | undefined>([
  authErrorCodes.invalidCredentials,
  authErrorCodes.mfaInvalid,
]);

/**
 * Keeps a session alive and ends it cleanly. An expired access token (they last minutes) is
 * refreshed once and the request retried, so nobody is thrown out mid-task; when the session
 * itself is over, the person is sent to sign in with a way back to the page they were on.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url) || isSessionCall(request.url)) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);

  const sessionOver = (error: unknown) => {
    auth.markSignedOut();
    // /auth/me failing is how guards learn there is no session: they redirect themselves.
    if (request.url !== authUrls.me && !router.url.startsWith(routeUrls.login)) {
      void router.navigate([routeUrls.login], {
        queryParams: { returnUrl: router.url, reason: 'expired' },
      });
    }
    return throwError(() => error);
  };

  // The office started requiring a second factor for this person's role mid-session: learn it
  // from /auth/me (the guards and the shell follow) and go to the page that explains it.
  const enrolmentRequired = (error: ApiError) => {
    auth.loadSession().subscribe({
      next: () => void router.navigateByUrl(routeUrls.account),
      error: () => undefined, // a failed /auth/me already ends the session
    });
    return throwError(() => error);
  };

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof ApiError && error.code === authErrorCodes.mfaEnrolmentRequired) {
        return enrolmentRequired(error);
      }
      if (!(error instanceof ApiError) || error.status !== 401) return throwError(() => error);
      // A wrong password or code typed to confirm an action (MFA enrol, disable) is the person's
      // mistake to correct on the page, not the end of their session.
      if (reauthFailures.has(error.code)) return throwError(() => error);
      if (error.code !== authErrorCodes.tokenExpired) return sessionOver(error);
      return auth.refresh().pipe(
        catchError(() => sessionOver(error)),
        switchMap(() => next(request)),
      );
    }),
  );
};
