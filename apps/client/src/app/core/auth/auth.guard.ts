import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { map } from 'rxjs';
import { routeUrls } from '../../route-paths';
import { AuthService } from './auth.service';

/** Pages with case data: without a live session, go to sign-in and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const router = inject(Router);
  return inject(AuthService)
    .checkSession()
    .pipe(
      map(
        (signedIn) =>
          signedIn ||
          router.createUrlTree([routeUrls.login], { queryParams: { returnUrl: state.url } }),
      ),
    );
};

/** The sign-in page: someone already signed in goes straight to the caseload. */
export const guestGuard: CanActivateFn = () => {
  const router = inject(Router);
  return inject(AuthService)
    .checkSession()
    .pipe(map((signedIn) => !signedIn || router.createUrlTree([routeUrls.caseload])));
};
