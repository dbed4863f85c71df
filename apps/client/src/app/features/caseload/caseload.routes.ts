import type { Routes } from '@angular/router';
import { CaseloadPage } from './caseload.page';

export const caseloadRoutes: Routes = [
  { path: '', component: CaseloadPage, title: 'caseload.title' },
];
