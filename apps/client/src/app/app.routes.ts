import { type Routes, withComponentInputBinding } from '@angular/router';
import { authGuard, guestGuard, homeGuard, type RequiresPermission } from './core/auth';
import { routePaths } from './route-paths';

/** Router features shared by the app and the tests: pages receive query parameters as inputs. */
export const routerFeatures = [withComponentInputBinding()];

/** Who may open the admin area; the shell uses the same list to show or hide its entry. */
export const adminPermissions: RequiresPermission = {
  anyPermission: ['users.manage', 'organization.manage'],
};

/** Who may open the supervision area: any one of its sections' permissions. */
export const supervisionPermissions: RequiresPermission = {
  anyPermission: [
    'deadlines.audit',
    'risk.escalations',
    'audit.read',
    'calendars.manage',
    'country-profiles.edit',
  ],
};

/** Who may open the caseload (admin-only accounts start in the admin area instead). */
export const caseloadPermissions: RequiresPermission = { anyPermission: ['cases.read'] };

/** Who may open the deadline calendar. */
export const calendarPermissions: RequiresPermission = { anyPermission: ['deadlines.read'] };

/** Who may take people in; the shell shows its entry to the same people. */
export const intakePermissions: RequiresPermission = { anyPermission: ['cases.intake'] };

// Every feature is a lazy chunk, so the first page loads only the shell and what it shows.
export const appRoutes: Routes = [
  // The guard always redirects (by permission), so the empty component never renders.
  { path: '', pathMatch: 'full', canActivate: [homeGuard], children: [] },
  {
    path: routePaths.login,
    canActivate: [guestGuard],
    loadChildren: () => import('./features/login/login.routes').then((m) => m.loginRoutes),
  },
  {
    // Public: the one-time token in the link is the credential (it stays in the #fragment).
    path: routePaths.setPassword,
    loadChildren: () =>
      import('./features/set-password/set-password.routes').then((m) => m.setPasswordRoutes),
  },
  {
    path: routePaths.caseload,
    canActivate: [authGuard],
    data: caseloadPermissions,
    loadChildren: () => import('./features/caseload/caseload.routes').then((m) => m.caseloadRoutes),
  },
  {
    path: `${routePaths.cases}/:id`,
    canActivate: [authGuard],
    data: { anyPermission: ['cases.read'] } satisfies RequiresPermission,
    loadChildren: () => import('./features/case/case.routes').then((m) => m.caseRoutes),
  },
  {
    path: routePaths.calendar,
    canActivate: [authGuard],
    data: calendarPermissions,
    loadChildren: () => import('./features/calendar/calendar.routes').then((m) => m.calendarRoutes),
  },
  {
    path: routePaths.intake,
    canActivate: [authGuard],
    data: intakePermissions,
    loadChildren: () => import('./features/intake/intake.routes').then((m) => m.intakeRoutes),
  },
  {
    path: routePaths.account,
    canActivate: [authGuard],
    loadChildren: () => import('./features/account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: routePaths.admin,
    canActivate: [authGuard],
    data: adminPermissions,
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: routePaths.supervision,
    canActivate: [authGuard],
    data: supervisionPermissions,
    loadChildren: () =>
      import('./features/supervision/supervision.routes').then((m) => m.supervisionRoutes),
  },
  {
    path: '**',
    loadChildren: () =>
      import('./features/not-found/not-found.routes').then((m) => m.notFoundRoutes),
  },
];
