import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { AuthService, homeUrl, type LoginRequest, loginChallengeOf } from '../../core/auth';
import { ApiError } from '../../core/http';
import { type MessageKey, type MessageParams, TranslationService } from '../../core/i18n';
import { safeReturnUrl } from '../../route-paths';

interface Notice {
  key: MessageKey;
  params?: MessageParams;
}

const otpPattern = /^\d{6}$/;
/** As the API issues them: five letters or digits, a dash, five more (lower case). */
const recoveryPattern = /^\s*[a-zA-Z0-9]{5}-[a-zA-Z0-9]{5}\s*$/;

/**
 * The code field appears after a submit, and Material would flag it as an error at once because
 * the form counts as submitted. It should only complain once the person has typed or retried.
 */
const otpErrorState: ErrorStateMatcher = {
  isErrorState: (control: AbstractControl | null) =>
    !!control && control.invalid && (control.touched || control.dirty),
};

/** Sign-in: email and password, then a one-time code when the account has two-step verification. */
@Component({
  selector: 'amp-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <section class="login" aria-labelledby="login-title">
      <h1 id="login-title">{{ i18n.t('login.title') }}</h1>
      <p>{{ i18n.t('login.intro') }}</p>

      @if (reason() === 'password-set' && !error()) {
        <p class="notice" role="status" data-testid="password-set">
          {{ i18n.t('login.passwordSet') }}
        </p>
      }
      @if (reason() === 'expired' && !error()) {
        <p class="notice" role="status" data-testid="expired">
          {{ i18n.t('login.sessionExpired') }}
        </p>
      }
      @if (otpRequested() && !error()) {
        <p class="notice" role="status" data-testid="otp-prompt">{{ i18n.t('login.otpPrompt') }}</p>
      }
      <div role="alert" class="error" data-testid="login-error">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </div>

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="submitting()">
        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('login.email') }}</mat-label>
          <input
            matInput
            formControlName="email"
            type="email"
            autocomplete="username"
            inputmode="email"
            required
          />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ i18n.t('login.emailRequired') }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ i18n.t('login.emailInvalid') }}</mat-error>
          }
        </mat-form-field>

        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('login.password') }}</mat-label>
          <input
            matInput
            formControlName="password"
            type="password"
            autocomplete="current-password"
            required
          />
          @if (form.controls.password.hasError('required')) {
            <mat-error>{{ i18n.t('login.passwordRequired') }}</mat-error>
          }
        </mat-form-field>

        @if (otpRequested() && useRecoveryCode()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('login.recoveryCode') }}</mat-label>
            <input
              #otpInput
              matInput
              formControlName="recoveryCode"
              type="text"
              autocomplete="off"
              autocapitalize="none"
              spellcheck="false"
              required
              [errorStateMatcher]="otpErrorState"
            />
            <mat-hint>{{ i18n.t('login.recoveryCodeHint') }}</mat-hint>
            @if (form.controls.recoveryCode.hasError('required')) {
              <mat-error>{{ i18n.t('login.recoveryCodeRequired') }}</mat-error>
            } @else if (form.controls.recoveryCode.hasError('pattern')) {
              <mat-error>{{ i18n.t('login.recoveryCodeFormat') }}</mat-error>
            }
          </mat-form-field>
        } @else if (otpRequested()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('login.otp') }}</mat-label>
            <input
              #otpInput
              matInput
              formControlName="otp"
              type="text"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              required
              [errorStateMatcher]="otpErrorState"
            />
            <mat-hint>{{ i18n.t('login.otpHint') }}</mat-hint>
            @if (form.controls.otp.hasError('required')) {
              <mat-error>{{ i18n.t('login.otpRequired') }}</mat-error>
            } @else if (form.controls.otp.hasError('pattern')) {
              <mat-error>{{ i18n.t('login.otpFormat') }}</mat-error>
            }
          </mat-form-field>
        }

        @if (otpRequested()) {
          <button
            mat-button
            type="button"
            class="switch-factor"
            data-testid="toggle-recovery"
            (click)="toggleRecoveryCode()"
          >
            {{ i18n.t(useRecoveryCode() ? 'login.useOtp' : 'login.useRecoveryCode') }}
          </button>
        }
        <button mat-flat-button type="submit" [disabled]="submitting()">
          {{ i18n.t(submitting() ? 'login.submitting' : 'login.submit') }}
        </button>
      </form>
    </section>
  `,
  styles: `
    .login {
      max-width: 420px;
      margin: 24px auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .notice {
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .error:not(:empty) {
      margin-block: 16px;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class LoginPage {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly otpInput = viewChild<ElementRef<HTMLInputElement>>('otpInput');

  /** Query parameters, bound by the router (withComponentInputBinding). */
  readonly returnUrl = input<string | undefined>();
  readonly reason = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
    otp: [''],
    recoveryCode: [''],
  });
  protected readonly otpErrorState = otpErrorState;
  protected readonly otpRequested = signal(false);
  /** A lost phone: the person types one of their single-use recovery codes instead. */
  protected readonly useRecoveryCode = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<Notice | null>(null);

  submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password, otp, recoveryCode } = this.form.getRawValue();
    const request: LoginRequest = { email: email.trim(), password };
    if (this.otpRequested() && this.useRecoveryCode()) {
      request.recoveryCode = normalizeRecoveryCode(recoveryCode);
    } else if (this.otpRequested()) {
      request.otp = otp.trim();
    }

    this.submitting.set(true);
    this.error.set(null);
    this.auth.login(request).subscribe({
      next: (me) => {
        this.submitting.set(false);
        // The office requires a second factor this person has not set up: nothing else is open
        // to them until they do, so go where that happens (the page says why).
        const returnUrl = this.returnUrl();
        void this.router.navigateByUrl(
          me.mfaEnrolmentRequired || !returnUrl ? homeUrl(this.auth) : safeReturnUrl(returnUrl),
        );
      },
      error: (failure: unknown) => {
        this.submitting.set(false);
        this.handleFailure(failure);
      },
    });
  }

  private handleFailure(failure: unknown): void {
    const challenge = loginChallengeOf(failure);
    if (challenge === 'otp_required') {
      this.requestOtp();
    } else if (challenge === 'otp_invalid') {
      this.requestOtp();
      this.form.controls.otp.reset('');
      this.form.controls.recoveryCode.reset('');
      this.error.set({
        key: this.useRecoveryCode() ? 'login.recoveryCodeInvalid' : 'login.otpInvalid',
      });
    } else if (failure instanceof ApiError && failure.status === 401) {
      this.error.set({ key: 'login.badCredentials' });
    } else if (failure instanceof ApiError) {
      this.error.set({ key: failure.messageKey, params: failure.messageParams });
    } else {
      this.error.set({ key: 'errors.network' });
    }
  }

  // The code field appears only when the server asks for it, then takes focus so a keyboard or
  // screen-reader user lands where the next input is expected.
  private requestOtp(): void {
    this.otpRequested.set(true);
    this.applySecondFactorValidators();
    this.focusSecondFactor();
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((value) => !value);
    this.error.set(null);
    this.applySecondFactorValidators();
    this.focusSecondFactor();
  }

  // Only the field on screen is required; the other one is cleared and left unchecked.
  private applySecondFactorValidators(): void {
    const { otp, recoveryCode } = this.form.controls;
    const [active, inactive, pattern] = this.useRecoveryCode()
      ? [recoveryCode, otp, recoveryPattern]
      : [otp, recoveryCode, otpPattern];
    active.setValidators([Validators.required, Validators.pattern(pattern)]);
    active.markAsUntouched();
    inactive.clearValidators();
    inactive.reset('');
    for (const control of [active, inactive]) control.updateValueAndValidity();
  }

  private focusSecondFactor(): void {
    afterNextRender(() => this.otpInput()?.nativeElement.focus(), { injector: this.injector });
  }
}

/** Recovery codes are lower case; people copy them with stray spaces or in capitals. */
function normalizeRecoveryCode(value: string): string {
  return value.trim().toLowerCase();
}
