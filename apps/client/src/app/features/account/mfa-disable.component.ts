import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { CurrentCodeFieldComponent } from './current-code-field.component';
import { MfaApi, secondFactorOf } from './mfa.api';
import { codeOrRecoveryCode, mfaNotice } from './mfa-errors';

/**
 * Turning two-step verification off: the password and a current code (or a recovery code), so a
 * thief with the password alone cannot.
 */
@Component({
  selector: 'amp-mfa-disable',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CurrentCodeFieldComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="sending()">
      <h3>{{ i18n.t('account.disable.title') }}</h3>
      <p>{{ i18n.t('account.disable.body') }}</p>
      <div role="alert" class="error">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </div>
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
      <amp-current-code-field [control]="form.controls.code" testId="disable-code" />
      <button mat-stroked-button type="submit" [disabled]="sending()" data-testid="mfa-disable">
        {{ i18n.t('account.disable.submit') }}
      </button>
    </form>
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
    h3 {
      font: var(--mat-sys-title-medium);
    }
    .error:not(:empty) {
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class MfaDisableComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(MfaApi);
  readonly disabled = output<void>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    code: ['', [Validators.required, Validators.pattern(codeOrRecoveryCode)]],
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);

  protected submit(): void {
    if (this.sending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { password, code } = this.form.getRawValue();
    this.sending.set(true);
    this.error.set(null);
    this.api.disable(password, secondFactorOf(code)).subscribe({
      next: () => {
        this.sending.set(false);
        this.form.reset();
        this.disabled.emit();
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        this.form.controls.code.reset();
        this.error.set(mfaNotice(failure));
      },
    });
  }
}
