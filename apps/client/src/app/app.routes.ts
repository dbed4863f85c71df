import { type Routes, withComponentInputBinding } from '@angular/router';
import { authGuard, guestGuard } from './core/auth';
import { routePaths } from './route-paths';

/** Router features shared by the app and the tests: pages receive query parameters as inputs. */
export const routerFeatures = [withComponentInputBinding()];

// Every feature is a lazy chunk, so the first page loads only the shell and what it shows.
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: routePaths.caseload },
  {
    path: routePaths.login,
    canActivate: [guestGuard],
    loadChildren: () => import('./features/login/login.routes').then((m) => m.loginRoutes),
  },
  {
    path: routePaths.caseload,
    canActivate: [authGuard],
    loadChildren: () => import('./features/caseload/caseload.routes').then((m) => m.caseloadRoutes),
  },
  {
    path: '**',
    loadChildren: () =>
      import('./features/not-found/not-found.routes').then((m) => m.notFoundRoutes),
  },
];
