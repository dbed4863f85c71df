import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Location } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import type { SetPasswordDto } from '@amparo/contracts';
import { authUrls } from '../../core/auth';
import { ApiError, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';

/** The API's password rules (docs/security-identity.md); the API checks them again. */
const minLength = 12;
const maxLength = 128;

const sameAsPassword = (group: AbstractControl): ValidationErrors | null =>
  group.get('password')?.value === group.get('confirm')?.value ? null : { mismatch: true };

/**
 * Choose a password from a one-time link. The token travels in the URL fragment (#…), which the
 * browser never sends to a server, so it stays out of access logs and Referer headers; it is
 * read here, then removed from the address bar and history.
 */
@Component({
  selector: 'amp-set-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    <section class="set-password" aria-labelledby="set-password-title">
      <h1 id="set-password-title">{{ i18n.t('setPassword.title') }}</h1>
      @if (!token) {
        <p role="alert" class="error" data-testid="no-token">
          {{ i18n.t('setPassword.noToken') }}
        </p>
      } @else {
        <p>{{ i18n.t('setPassword.intro') }}</p>
        <div role="alert" class="error" data-testid="set-password-error">
          @if (serverMessage(); as message) {
            <!-- The API's policy sentence, verbatim: it says exactly what to change. -->
            {{ i18n.t('setPassword.rejected') }} <span lang="en">{{ message }}</span>
          } @else if (error(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="sending()">
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('setPassword.password') }}</mat-label>
            <input
              matInput
              formControlName="password"
              type="password"
              autocomplete="new-password"
              [attr.maxlength]="maxLength"
              required
            />
            <mat-hint>{{ i18n.t('setPassword.rules') }}</mat-hint>
            @if (form.controls.password.hasError('required')) {
              <mat-error>{{ i18n.t('setPassword.required') }}</mat-error>
            } @else if (form.controls.password.hasError('minlength')) {
              <mat-error>{{ i18n.t('setPassword.tooShort') }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ i18n.t('setPassword.confirm') }}</mat-label>
            <input
              matInput
              formControlName="confirm"
              type="password"
              autocomplete="new-password"
              required
            />
          </mat-form-field>
          @if (showMismatch()) {
            <p class="field-error" data-testid="mismatch">{{ i18n.t('setPassword.mismatch') }}</p>
          }
          <button mat-flat-button type="submit" [disabled]="sending()">
            {{ i18n.t('setPassword.submit') }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .set-password {
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
    .error:not(:empty) {
      margin-block: 16px;
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
      margin: 0;
    }
  `,
})
export class SetPasswordPage {
  protected readonly i18n = inject(TranslationService);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly route = inject(ActivatedRoute);
  private readonly location = inject(Location);

  protected readonly maxLength = maxLength;
  protected readonly token = this.takeToken();
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', [Validators.required, Validators.minLength(minLength)]],
      confirm: ['', Validators.required],
    },
    { validators: sameAsPassword },
  );
  protected readonly sending = signal(false);
  protected readonly triedSubmit = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly serverMessage = signal<string | null>(null);

  protected showMismatch(): boolean {
    return (
      this.form.hasError('mismatch') && (this.triedSubmit() || this.form.controls.confirm.touched)
    );
  }

  protected submit(): void {
    this.triedSubmit.set(true);
    if (this.sending() || !this.token) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const body: SetPasswordDto = { token: this.token, password: this.form.getRawValue().password };
    this.sending.set(true);
    this.error.set(null);
    this.serverMessage.set(null);
    this.http.post<void>(authUrls.setPassword, body).subscribe({
      next: () =>
        void this.router.navigate([routeUrls.login], { queryParams: { reason: 'password-set' } }),
      error: (failure: unknown) => {
        this.sending.set(false);
        const policy = policyMessageOf(failure);
        if (policy) {
          this.serverMessage.set(policy);
        } else if (failure instanceof ApiError && failure.code === 'PASSWORD_SETUP_INVALID') {
          this.error.set({ key: 'setPassword.linkInvalid' });
        } else {
          this.error.set(errorNotice(failure));
        }
      },
    });
  }

  private takeToken(): string {
    const fragment = this.route.snapshot.fragment ?? this.document.location.hash.replace(/^#/, '');
    const token = safeDecode(fragment).trim();
    // Out of the address bar and history once the router has committed the URL: a shared screen
    // or the back button must not reveal it.
    if (token) {
      afterNextRender(() => this.location.replaceState(this.location.path(false)));
    }
    return token;
  }
}

/** What the API said about the password itself (its policy, or its length check), if anything. */
function policyMessageOf(failure: unknown): string | null {
  if (!(failure instanceof ApiError) || failure.status !== 400) return null;
  const detail = failure.details.find((item) => item.field === 'password');
  if (detail) return detail.message;
  return failure.code === 'PASSWORD_REJECTED' ? failure.message : null;
}

// A mangled link (copied across apps) must show the "ask for a new link" path, not crash.
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
