import { ChangeDetectionStrategy, Component, computed, inject, type OnInit } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { OfficeDirectory } from './office-directory';
import { supervisionSections } from './supervision-sections';

/** The supervision area: its sections as links, each shown only to those allowed to use it. */
@Component({
  selector: 'amp-supervision-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <h1>{{ i18n.t('supervision.title') }}</h1>
    <!-- Six sections: a wrapping row of links stays fully visible on a phone, where a tab bar
         would hide most of them behind scroll arrows. -->
    <nav class="sections" [attr.aria-label]="i18n.t('supervision.sections')">
      @for (section of sections(); track section.path) {
        <a
          [routerLink]="section.url"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          [attr.data-testid]="'supervision-tab-' + section.path"
          >{{ i18n.t(section.label) }}</a
        >
      }
    </nav>
    <router-outlet />
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .sections {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .sections a {
      display: inline-flex;
      align-items: center;
      min-height: 40px;
      padding: 0 16px;
      border-radius: 20px;
      border: 1px solid var(--mat-sys-outline);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-label-large);
    }
    @media (hover: hover) {
      .sections a:not(.active):hover {
        background: var(--mat-sys-surface-container-high);
      }
    }
    .sections a:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .sections a.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      border-color: transparent;
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
