import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { routeUrls } from '../../route-paths';
import type { Permission } from './auth.models';
import { AuthService } from './auth.service';

/**
 * Route data read by `authGuard`: the page needs at least one of these permissions. Someone
 * without them is sent to where they start rather than shown a page of refusals.
 */
export interface RequiresPermission {
  anyPermission?: readonly Permission[];
}

/**
 * Where a signed-in person starts: the account page while the office's required second factor is
 * not set up (the API refuses everything else until then); else the caseload for whoever may read
 * cases; else the admin area for an admin-only account (an empty caseload would be a dead end);
 * else their account.
 */
export function homeUrl(auth: AuthService): string {
  if (auth.mfaEnrolmentRequired()) return routeUrls.account;
  if (auth.can('cases.read')) return routeUrls.caseload;
  if (auth.canAny(['users.manage', 'organization.manage'])) return routeUrls.admin;
  return routeUrls.account;
}

/** Pages with case data: without a live session, go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = (route, state) => {
  const router = inject(Router);
  const auth = inject(AuthService);
  return auth.checkSession().pipe(
    map((signedIn) => {
      if (!signedIn) {
        return router.createUrlTree([routeUrls.login], { queryParams: { returnUrl: state.url } });
      }
      // The API answers everything but self-service with 403 until the office's required second
      // factor is set up, so the only useful place is the account page that explains why.
      if (auth.mfaEnrolmentRequired() && !state.url.startsWith(routeUrls.account)) {
        return router.createUrlTree([routeUrls.account]);
      }
      const needed = (route.data as RequiresPermission).anyPermission;
      if (needed && !auth.canAny(needed)) return router.parseUrl(homeUrl(auth));
      return true;
    }),
  );
};

/** The bare address "/": signed in, where the person starts; signed out, the sign-in page. */
export const homeGuard: CanActivateFn = () => {
  const router = inject(Router);
  const auth = inject(AuthService);
  // No session cookie, no session: ask nothing (the API's expected 401 is a console error).
  if (!auth.mayHaveSession()) return router.parseUrl(routeUrls.login);
  return auth
    .checkSession()
    .pipe(map((signedIn) => router.parseUrl(signedIn ? homeUrl(auth) : routeUrls.login)));
};

/** The sign-in page: someone already signed in goes straight to where they start. */
export const guestGuard: CanActivateFn = () => {
  const router = inject(Router);
  const auth = inject(AuthService);
  if (!auth.mayHaveSession()) return true;
  return auth.checkSession().pipe(map((signedIn) => !signedIn || router.parseUrl(homeUrl(auth))));
};
