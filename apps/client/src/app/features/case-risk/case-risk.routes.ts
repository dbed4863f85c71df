import type { Routes } from '@angular/router';

/** The risk tab of a case page; the case id comes from the `:id` of the route above it. */
export const caseRiskRoutes: Routes = [
  {
    path: '',
    title: 'risk.title',
    loadComponent: () => import('./case-risk.page').then((m) => m.CaseRiskPage),
  },
];
