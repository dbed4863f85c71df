import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { OfficeDirectory } from './office-directory';
import { supervisionSections } from './supervision-sections';

/** The supervision area: its sections as tabs, each shown only to those allowed to use it. */
@Component({
  selector: 'amp-supervision-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <h1>{{ i18n.t('supervision.title') }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="i18n.t('supervision.sections')">
      @for (section of sections(); track section.path) {
        <a
          mat-tab-link
          [routerLink]="section.url"
          routerLinkActive
          #tab="routerLinkActive"
          [active]="tab.isActive"
          [attr.data-testid]="'supervision-tab-' + section.path"
          >{{ i18n.t(section.label) }}</a
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
export class SupervisionPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);
  private readonly directory = inject(OfficeDirectory);

  protected readonly sections = computed(() =>
    supervisionSections.filter((section) => this.auth.can(section.permission)),
  );

  ngOnInit(): void {
    this.directory.load();
  }
}
