import type { Routes } from '@angular/router';
import { IntakePage } from './intake.page';

export const intakeRoutes: Routes = [{ path: '', component: IntakePage, title: 'intake.title' }];
