import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map, skip } from 'rxjs';
import {
  adminPermissions,
  calendarPermissions,
  caseloadPermissions,
  intakePermissions,
  supervisionPermissions,
} from './app.routes';
import { AuthService } from './core/auth';
import { TranslationService } from './core/i18n';
import { IntakeDraft } from './features/intake/intake-draft';
import { NotificationsMenuComponent } from './features/notifications/notifications-menu.component';
import { routeUrls } from './route-paths';

// Below this width (M3 "compact" and "medium" windows: phones, small tablets) the navigation
// becomes an overlay opened from the menu button instead of a permanent side column.
const compactQuery = '(max-width: 839.98px)';

/** The application shell: header, navigation and the page area every route renders into. */
@Component({
  selector: 'amp-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    NotificationsMenuComponent,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{
      i18n.t('shell.skipToContent')
    }}</a>
    <header>
      <mat-toolbar class="toolbar">
        @if (signedIn() && compact()) {
          <button
            mat-icon-button
            type="button"
            data-testid="menu"
            [attr.aria-label]="i18n.t(navOpen() ? 'shell.closeNavigation' : 'shell.openNavigation')"
            [attr.aria-expanded]="navOpen()"
            aria-controls="main-navigation"
            (click)="navOpen.set(!navOpen())"
          >
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
            </svg>
          </button>
        }
        <span class="app-name">{{ i18n.t('app.name') }}</span>
        <span class="spacer"></span>
        @if (user(); as user) {
          <span class="session" data-testid="session">
            <span>{{ i18n.t('shell.signedInAs', { name: user.name }) }}</span>
            @if (sessionEnds(); as time) {
              <span class="session-ends">{{ i18n.t('shell.sessionEnds', { time }) }}</span>
            }
          </span>
        }
        <button
          mat-button
          type="button"
          data-testid="language-switch"
          [attr.lang]="i18n.otherLanguage()"
          aria-describedby="language-switch-hint"
          (click)="i18n.toggleLanguage()"
        >
          {{ i18n.t('shell.switchLanguage') }}
        </button>
        <span id="language-switch-hint" class="visually-hidden">{{
          i18n.t('shell.switchLanguageHint')
        }}</span>
        @if (showNotifications()) {
          <amp-notifications-menu />
        }
        @if (signedIn()) {
          <button mat-button type="button" data-testid="sign-out" (click)="signOut()">
            {{ i18n.t('shell.signOut') }}
          </button>
        }
      </mat-toolbar>
    </header>
    <mat-sidenav-container class="container">
      <mat-sidenav
        id="main-navigation"
        [mode]="compact() ? 'over' : 'side'"
        [opened]="signedIn() && (!compact() || navOpen())"
        [disableClose]="!compact()"
        (openedChange)="navOpen.set($event)"
      >
        @if (signedIn()) {
          <nav [attr.aria-label]="i18n.t('shell.navigation')">
            <mat-nav-list>
              @if (showCaseload()) {
                <a
                  mat-list-item
                  [routerLink]="links.caseload"
                  routerLinkActive
                  #caseloadLink="routerLinkActive"
                  [activated]="caseloadLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.caseload') }}</a
                >
              }
              @if (showSupervision()) {
                <a
                  mat-list-item
                  data-testid="nav-supervision"
                  [routerLink]="links.supervision"
                  routerLinkActive
                  #supervisionLink="routerLinkActive"
                  [activated]="supervisionLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.supervision') }}</a
                >
              }
              @if (showCalendar()) {
                <a
                  mat-list-item
                  data-testid="nav-calendar"
                  [routerLink]="links.calendar"
                  routerLinkActive
                  #calendarLink="routerLinkActive"
                  [activated]="calendarLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.calendar') }}</a
                >
              }
              @if (showIntake()) {
                <a
                  mat-list-item
                  data-testid="nav-intake"
                  [routerLink]="links.intake"
                  routerLinkActive
                  [routerLinkActiveOptions]="{ exact: true }"
                  #intakeLink="routerLinkActive"
                  [activated]="intakeLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.intake') }}</a
                >
                <a
                  mat-list-item
                  data-testid="nav-intake-csv"
                  [routerLink]="links.intakeCsv"
                  routerLinkActive
                  #intakeCsvLink="routerLinkActive"
                  [activated]="intakeCsvLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.intakeCsv') }}</a
                >
              }
              @if (showAdmin()) {
                <a
                  mat-list-item
                  data-testid="nav-admin"
                  [routerLink]="links.admin"
                  routerLinkActive
                  #adminLink="routerLinkActive"
                  [activated]="adminLink.isActive"
                  ariaCurrentWhenActive="page"
                  (click)="closeIfCompact()"
                  >{{ i18n.t('shell.nav.admin') }}</a
                >
              }
              <a
                mat-list-item
                data-testid="nav-account"
                [routerLink]="links.account"
                routerLinkActive
                #accountLink="routerLinkActive"
                [activated]="accountLink.isActive"
                ariaCurrentWhenActive="page"
                (click)="closeIfCompact()"
                >{{ i18n.t('shell.nav.account') }}</a
              >
            </mat-nav-list>
          </nav>
        }
      </mat-sidenav>
      <mat-sidenav-content>
        <main id="main" #main tabindex="-1">
          <router-outlet />
        </main>
      </mat-sidenav-content>
    </mat-sidenav-container>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    .skip-link {
      position: absolute;
      left: 8px;
      top: -48px;
      z-index: 10;
      padding: 8px 16px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .skip-link:focus {
      top: 8px;
    }
    .toolbar {
      gap: 8px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .app-name {
      font: var(--mat-sys-title-large);
    }
    .spacer {
      flex: 1;
    }
    .session {
      display: flex;
      flex-direction: column;
      font: var(--mat-sys-body-small);
      line-height: 1.3;
    }
    .container {
      flex: 1;
    }
    mat-sidenav {
      width: 240px;
    }
    main {
      padding: 16px;
      outline: none;
    }
    @media (max-width: 839.98px) {
      .session {
        display: none;
      }
      main {
        padding: 12px;
      }
    }
  `,
})
export class AppComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly intakeDraft = inject(IntakeDraft);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly links = routeUrls;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(compactQuery)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  // Only meaningful on compact screens, where the navigation is an overlay; it starts closed
  // whenever the window crosses the breakpoint (a desktop's open column must not become an
  // overlay covering a phone's page).
  protected readonly navOpen = linkedSignal({ source: this.compact, computation: () => false });
  protected readonly user = this.auth.user;
  protected readonly signedIn = computed(() => this.user() !== null);
  // Until the office's required second factor is set up, the API refuses everything else, so
  // the navigation offers only the account page where that happens.
  protected readonly enrolmentRequired = this.auth.mfaEnrolmentRequired;
  protected readonly showSupervision = computed(
    () => !this.enrolmentRequired() && this.auth.canAny(supervisionPermissions.anyPermission ?? []),
  );
  protected readonly showCaseload = computed(
    () => !this.enrolmentRequired() && this.auth.canAny(caseloadPermissions.anyPermission ?? []),
  );
  protected readonly showCalendar = computed(
    () => !this.enrolmentRequired() && this.auth.canAny(calendarPermissions.anyPermission ?? []),
  );
  protected readonly showIntake = computed(
    () => !this.enrolmentRequired() && this.auth.canAny(intakePermissions.anyPermission ?? []),
  );
  protected readonly showAdmin = computed(
    () => !this.enrolmentRequired() && this.auth.canAny(adminPermissions.anyPermission ?? []),
  );
  protected readonly showNotifications = computed(
    () => this.signedIn() && !this.enrolmentRequired() && this.auth.can('notifications.read'),
  );
  protected readonly sessionEnds = computed(() => {
    const expiresAt = this.auth.expiresAt();
    return expiresAt === null
      ? null
      : this.i18n.formatDate(expiresAt, { hour: 'numeric', minute: '2-digit' });
  });

  constructor() {
    // After an in-app navigation, focus moves to the new page so screen readers announce it
    // instead of staying on a link that may no longer exist. The first page load is left alone.
    const injector = inject(Injector);
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() =>
        afterNextRender(() => this.main().nativeElement.focus({ preventScroll: true }), {
          injector,
        }),
      );
  }

  // A plain "#main" link would make the router navigate away; move focus instead.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected closeIfCompact(): void {
    if (this.compact()) this.navOpen.set(false);
  }

  protected signOut(): void {
    this.navOpen.set(false);
    this.intakeDraft.clear(); // what was typed about a person does not outlive the session
    this.auth.logout().subscribe(() => void this.router.navigateByUrl(routeUrls.login));
  }
}
