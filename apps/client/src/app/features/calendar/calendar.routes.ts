import type { Routes } from '@angular/router';
import { CalendarPage } from './calendar.page';

export const calendarRoutes: Routes = [
  { path: '', component: CalendarPage, title: 'calendar.title' },
];
