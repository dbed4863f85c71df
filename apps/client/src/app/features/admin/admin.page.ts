import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';

/** The admin area: its sections as tabs, each shown only to those allowed to use it. */
@Component({
  selector: 'amp-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <h1>{{ i18n.t('admin.title') }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="i18n.t('admin.sections')">
      @if (auth.can('users.manage')) {
        <a
          mat-tab-link
          [routerLink]="links.adminUsers"
          routerLinkActive
          #users="routerLinkActive"
          [active]="users.isActive"
          data-testid="admin-users-tab"
          >{{ i18n.t('admin.users.title') }}</a
        >
      }
      @if (auth.can('organization.manage')) {
        <a
          mat-tab-link
          [routerLink]="links.adminSettings"
          routerLinkActive
          #settings="routerLinkActive"
          [active]="settings.isActive"
          data-testid="admin-settings-tab"
          >{{ i18n.t('admin.settings.title') }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
  `,
})
export class AdminPage {
  protected readonly i18n = inject(TranslationService);
  protected readonly auth = inject(AuthService);
  protected readonly links = routeUrls;
}
