import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { AuthService, authGuard, type Permission, type RequiresPermission } from '../../core/auth';
import { routePaths } from '../../route-paths';
import { supervisionSections } from './supervision-sections';
import { SupervisionPage } from './supervision.page';

const needs = (...anyPermission: Permission[]): RequiresPermission => ({ anyPermission });

export const supervisionRoutes: Routes = [
  {
    path: '',
    component: SupervisionPage,
    children: [
      {
        path: '',
        pathMatch: 'full',
        // Land on the first section this supervisor may use.
        redirectTo: () => {
          const auth = inject(AuthService);
          return (
            supervisionSections.find((section) => auth.can(section.permission))?.path ??
            routePaths.supervisionDeadlines
          );
        },
      },
      {
        path: routePaths.supervisionDeadlines,
        canActivate: [authGuard],
        data: needs('deadlines.audit'),
        title: 'supervision.deadlines.title',
        loadComponent: () => import('./deadline-audit.page').then((m) => m.DeadlineAuditPage),
      },
      {
        path: routePaths.supervisionEscalations,
        canActivate: [authGuard],
        data: needs('risk.escalations'),
        title: 'supervision.escalations.title',
        loadComponent: () => import('./escalations.page').then((m) => m.EscalationsPage),
      },
      {
        path: routePaths.supervisionRuleChanges,
        canActivate: [authGuard],
        data: needs('deadlines.audit'),
        title: 'supervision.ruleChanges.title',
        loadComponent: () => import('./rule-changes.page').then((m) => m.RuleChangesPage),
      },
      {
        path: routePaths.supervisionOverview,
        canActivate: [authGuard],
        data: needs('deadlines.audit'),
        title: 'supervision.overview.title',
        loadComponent: () => import('./overview.page').then((m) => m.OverviewPage),
      },
      {
        path: routePaths.supervisionAudit,
        canActivate: [authGuard],
        data: needs('audit.read'),
        title: 'supervision.audit.title',
        loadComponent: () => import('./audit-log.page').then((m) => m.AuditLogPage),
      },
      {
        path: routePaths.supervisionCalendars,
        canActivate: [authGuard],
        data: needs('calendars.manage'),
        title: 'supervision.calendars.title',
        loadComponent: () => import('./calendars.page').then((m) => m.CalendarsPage),
      },
      {
        path: routePaths.supervisionMembers,
        canActivate: [authGuard],
        // The list of members is the people who assign cases' (GET /api/supervision/members).
        data: needs('profiles.manage'),
        title: 'supervision.members.title',
        loadComponent: () => import('./members.page').then((m) => m.MembersPage),
      },
      {
        path: routePaths.supervisionCountries,
        canActivate: [authGuard],
        data: needs('country-profiles.read'),
        title: 'supervision.countries.title',
        loadComponent: () => import('./country-profiles.page').then((m) => m.CountryProfilesPage),
      },
      {
        path: `${routePaths.supervisionCountries}/:code`,
        canActivate: [authGuard],
        data: needs('country-profiles.read'),
        title: 'supervision.countries.title',
        loadComponent: () => import('./country-profile.page').then((m) => m.CountryProfilePage),
      },
    ],
  },
];
