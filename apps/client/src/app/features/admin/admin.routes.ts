import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { AuthService, authGuard, type RequiresPermission } from '../../core/auth';
import { routePaths } from '../../route-paths';
import { AdminPage } from './admin.page';
import { OrganizationSettingsPage } from './organization-settings.page';
import { UsersPage } from './users.page';

const manageUsers: RequiresPermission = { anyPermission: ['users.manage'] };
const manageOrganization: RequiresPermission = { anyPermission: ['organization.manage'] };

export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminPage,
    children: [
      {
        path: '',
        pathMatch: 'full',
        // Land on the first section this admin may use.
        redirectTo: () =>
          inject(AuthService).can('users.manage')
            ? routePaths.adminUsers
            : routePaths.adminSettings,
      },
      {
        path: routePaths.adminUsers,
        canActivate: [authGuard],
        data: manageUsers,
        component: UsersPage,
        title: 'admin.users.title',
      },
      {
        path: routePaths.adminSettings,
        canActivate: [authGuard],
        data: manageOrganization,
        component: OrganizationSettingsPage,
        title: 'admin.settings.title',
      },
    ],
  },
];
