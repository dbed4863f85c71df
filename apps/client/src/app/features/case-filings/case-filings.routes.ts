import type { Routes } from '@angular/router';

/** The filings tab of a case page; the case id comes from the `:id` of the route above it. */
export const caseFilingsRoutes: Routes = [
  {
    path: '',
    title: 'filings.title',
    loadComponent: () => import('./case-filings.page').then((m) => m.CaseFilingsPage),
  },
];
