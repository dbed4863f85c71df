import type { Routes } from '@angular/router';
import { authGuard } from '../../core/auth';
import { caseTabRoutes } from './case-tabs';
import { CasePage } from './case.page';

export const caseRoutes: Routes = [
  {
    path: '',
    component: CasePage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      ...caseTabRoutes([authGuard]),
    ],
  },
];
