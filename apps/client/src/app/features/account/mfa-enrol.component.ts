import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';
import type { Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { type MfaEnrolment, MfaApi, secondFactorOf } from './mfa.api';
import { codeOrRecoveryCode, mfaNotice, sixDigits } from './mfa-errors';
import { CurrentCodeFieldComponent } from './current-code-field.component';
import { RecoveryCodesComponent } from './recovery-codes.component';

type Step =
  | { name: 'password' }
  | { name: 'scan'; enrolment: MfaEnrolment }
  | { name: 'codes'; codes: string[] };

/**
 * Turning on two-step verification, or replacing the authenticator app (then the current code or
 * a recovery code is asked with the password, and the current app works until the new one is
 * confirmed): password again → scan the QR code (or type the secret) →
 * confirm with a first code → the recovery codes, shown this once. Each step moves focus to its
 * heading so a screen reader announces where the person is.
 */
@Component({
  selector: 'amp-mfa-enrol',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RecoveryCodesComponent,
    CurrentCodeFieldComponent,
  ],
  template: `
    <div role="alert" class="error" data-testid="mfa-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @switch (step().name) {
      @case ('password') {
        <form (submit)="$event.preventDefault(); start()" novalidate [attr.aria-busy]="sending()">
          <h3 #stepHeading tabindex="-1">
            {{
              i18n.t(replacing() ? 'account.replace.passwordStep' : 'account.enrol.passwordStep')
            }}
          </h3>
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('login.password') }}</mat-label>
            <input
              matInput
              [formControl]="password"
              type="password"
              autocomplete="current-password"
              required
              data-testid="enrol-password"
            />
            @if (password.hasError('required')) {
              <mat-error>{{ i18n.t('login.passwordRequired') }}</mat-error>
            }
          </mat-form-field>
          @if (replacing()) {
            <amp-current-code-field [control]="current" testId="enrol-current-code" />
          }
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="sending()" data-testid="enrol-start">
              {{ i18n.t('account.enrol.start') }}
            </button>
            @if (cancellable()) {
              <button mat-button type="button" (click)="cancelled.emit()">
                {{ i18n.t('common.cancel') }}
              </button>
            }
          </div>
        </form>
      }
      @case ('scan') {
        @let enrolment = scanEnrolment()!;
        <form (submit)="$event.preventDefault(); confirm()" novalidate [attr.aria-busy]="sending()">
          <h3 #stepHeading tabindex="-1">{{ i18n.t('account.enrol.scanStep') }}</h3>
          <p>{{ i18n.t('account.enrol.scanBody') }}</p>
          @if (enrolment.replacing) {
            <p data-testid="replace-note">{{ i18n.t('account.replace.pendingNote') }}</p>
          }
          <img
            class="qr"
            [src]="enrolment.qrCodeDataUrl"
            [alt]="i18n.t('account.enrol.qrAlt')"
            width="240"
            height="240"
            data-testid="qr"
          />
          <p>
            {{ i18n.t('account.enrol.secret') }}
            <code class="secret" data-testid="secret">{{ enrolment.secret }}</code>
          </p>
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('login.otp') }}</mat-label>
            <input
              matInput
              [formControl]="code"
              type="text"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              required
              data-testid="enrol-code"
            />
            <mat-hint>{{ i18n.t('login.otpHint') }}</mat-hint>
            @if (code.hasError('required')) {
              <mat-error>{{ i18n.t('login.otpRequired') }}</mat-error>
            } @else if (code.hasError('pattern')) {
              <mat-error>{{ i18n.t('login.otpFormat') }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button
              mat-flat-button
              type="submit"
              [disabled]="sending()"
              data-testid="enrol-confirm"
            >
              {{
                i18n.t(enrolment.replacing ? 'account.replace.confirm' : 'account.enrol.confirm')
              }}
            </button>
            @if (cancellable()) {
              <button mat-button type="button" (click)="cancelled.emit()">
                {{ i18n.t('common.cancel') }}
              </button>
            }
          </div>
        </form>
      }
      @case ('codes') {
        <h3 #stepHeading tabindex="-1">{{ i18n.t('account.codes.title') }}</h3>
        <p>{{ i18n.t('account.codes.body') }}</p>
        <amp-recovery-codes [codes]="recoveryCodes()" />
        <button mat-flat-button type="button" (click)="finished.emit()" data-testid="codes-done">
          {{ i18n.t('account.codes.done') }}
        </button>
      }
    }
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
      max-width: 420px;
    }
    mat-form-field {
      width: 100%;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    .qr {
      background: #fff;
    }
    .secret {
      display: inline-block;
      word-break: break-all;
      font-size: 1.05rem;
      letter-spacing: 0.05em;
    }
    .error:not(:empty) {
      margin-block: 8px;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class MfaEnrolComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(MfaApi);
  private readonly injector = inject(Injector);
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  /** After the person has seen the recovery codes and says they kept them. */
  readonly finished = output<void>();
  /** Only when the office does not require it: the person may change their mind. */
  readonly cancellable = input(true);
  /** MFA is already on: this replaces the authenticator, so the current code is asked too. */
  readonly replacing = input(false);
  readonly cancelled = output<void>();

  protected readonly step = signal<Step>({ name: 'password' });
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: Validators.required,
  });
  protected readonly current = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(codeOrRecoveryCode)],
  });
  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(sixDigits)],
  });

  protected scanEnrolment(): MfaEnrolment | null {
    const step = this.step();
    return step.name === 'scan' ? step.enrolment : null;
  }

  protected recoveryCodes(): string[] {
    const step = this.step();
    return step.name === 'codes' ? step.codes : [];
  }

  protected start(): void {
    if (this.sending()) return;
    const replacing = this.replacing();
    if (this.password.invalid || (replacing && this.current.invalid)) {
      this.password.markAsTouched();
      this.current.markAsTouched();
      return;
    }
    const current = replacing ? secondFactorOf(this.current.value) : undefined;
    this.call(this.api.enrol(this.password.value, current), (enrolment) => {
      // Neither is needed again; do not keep them in memory longer than necessary.
      this.password.reset();
      this.current.reset();
      this.goTo({ name: 'scan', enrolment });
    });
  }

  protected confirm(): void {
    if (this.sending()) return;
    if (this.code.invalid) {
      this.code.markAsTouched();
      return;
    }
    this.call(this.api.confirm(this.code.value.trim()), ({ recoveryCodes }) =>
      this.goTo({ name: 'codes', codes: recoveryCodes }),
    );
  }

  private call<T>(request: Observable<T>, next: (value: T) => void): void {
    this.sending.set(true);
    this.error.set(null);
    request.subscribe({
      next: (value) => {
        this.sending.set(false);
        next(value);
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        this.code.reset();
        this.current.reset();
        this.error.set(mfaNotice(failure));
      },
    });
  }

  private goTo(step: Step): void {
    this.step.set(step);
    afterNextRender(() => this.stepHeading()?.nativeElement.focus(), { injector: this.injector });
  }
}
