import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { AuthService, roleLabelKeys } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { MfaDisableComponent } from './mfa-disable.component';
import { MemberProfileComponent } from './member-profile.component';
import { MfaEnrolComponent } from './mfa-enrol.component';

/** The signed-in person's own account: who they are, what filings print for them, their second factor. */
@Component({
  selector: 'amp-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MemberProfileComponent, MfaDisableComponent, MfaEnrolComponent],
  template: `
    <h1>{{ i18n.t('account.title') }}</h1>
    @if (enrolmentRequired()) {
      <p class="required" role="status" data-testid="mfa-required">
        {{ i18n.t('account.mfaRequired') }}
      </p>
    }
    @if (user(); as user) {
      <dl class="profile">
        <dt>{{ i18n.t('account.name') }}</dt>
        <dd>{{ user.name }}</dd>
        <dt>{{ i18n.t('login.email') }}</dt>
        <dd>{{ user.email }}</dd>
        <dt>{{ i18n.t('admin.users.roles') }}</dt>
        <dd>{{ roles() }}</dd>
      </dl>
    }
    @if (!enrolmentRequired()) {
      <amp-member-profile />
    }

    <section aria-labelledby="mfa-title" class="mfa">
      <h2 id="mfa-title">{{ i18n.t('account.mfa.title') }}</h2>
      <p data-testid="mfa-state">
        {{ i18n.t(mfaEnabled() ? 'account.mfa.on' : 'account.mfa.off') }}
      </p>
      <div role="status">
        @if (notice(); as notice) {
          {{ i18n.t(notice.key, notice.params) }}
        }
      </div>
      @if (enrolling()) {
        <amp-mfa-enrol
          [cancellable]="!enrolmentRequired()"
          [replacing]="mfaEnabled()"
          (finished)="enrolled()"
          (cancelled)="enrolling.set(false)"
        />
      } @else if (mfaEnabled()) {
        <button
          mat-stroked-button
          type="button"
          (click)="enrolling.set(true)"
          data-testid="mfa-replace"
        >
          {{ i18n.t('account.mfa.replace') }}
        </button>
        <amp-mfa-disable (disabled)="refresh('account.mfa.disabledDone')" />
      } @else {
        <p>{{ i18n.t('account.mfa.why') }}</p>
        <button mat-flat-button type="button" (click)="enrolling.set(true)" data-testid="mfa-enrol">
          {{ i18n.t('account.mfa.enrol') }}
        </button>
      }
    </section>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
    h2 {
      font: var(--mat-sys-title-large);
    }
    .required {
      max-width: 60ch;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .profile {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    .mfa {
      max-width: 60ch;
    }
  `,
})
export class AccountPage {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);

  protected readonly user = this.auth.user;
  protected readonly mfaEnabled = this.auth.mfaEnabled;
  protected readonly enrolmentRequired = this.auth.mfaEnrolmentRequired;
  protected readonly roles = computed(() =>
    (this.user()?.roles ?? []).map((role) => this.i18n.t(roleLabelKeys[role])).join(', '),
  );
  // Someone the office requires to enrol goes straight to the first step.
  protected readonly enrolling = signal(this.auth.mfaEnrolmentRequired());
  protected readonly notice = signal<Notice | null>(null);

  protected enrolled(): void {
    const replaced = this.mfaEnabled();
    this.enrolling.set(false);
    this.refresh(replaced ? 'account.mfa.replacedDone' : 'account.mfa.enabledDone');
  }

  /**
   * The session changed on the server (MFA state, and with it what is open to the person):
   * reload it, which also brings the rest of the navigation back after a required enrolment.
   */
  protected refresh(done: MessageKey): void {
    this.auth.loadSession().subscribe({
      next: () => this.notice.set({ key: done }),
      error: (failure: unknown) => this.notice.set(errorNotice(failure)),
    });
  }
}
