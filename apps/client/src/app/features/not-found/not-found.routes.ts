import type { Routes } from '@angular/router';
import { NotFoundPage } from './not-found.page';

export const notFoundRoutes: Routes = [
  { path: '', component: NotFoundPage, title: 'notFound.title' },
];
