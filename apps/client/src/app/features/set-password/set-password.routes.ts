import type { Routes } from '@angular/router';
import { SetPasswordPage } from './set-password.page';

export const setPasswordRoutes: Routes = [
  { path: '', component: SetPasswordPage, title: 'setPassword.title' },
];
