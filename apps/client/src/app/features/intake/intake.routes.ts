import type { Routes } from '@angular/router';
import { routePaths } from '../../route-paths';
import { IntakePage } from './intake.page';

export const intakeRoutes: Routes = [
  { path: '', component: IntakePage, title: 'intake.title' },
  {
    // Its own chunk: the table, paginator and progress bar load only for a CSV import.
    path: routePaths.intakeCsv,
    loadComponent: () => import('./intake-csv.page').then((m) => m.IntakeCsvPage),
    title: 'intakeCsv.title',
  },
];
