import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { adminErrorCodes, type PasswordSetup } from './admin.models';
import { RoleCheckboxesComponent } from './role-checkboxes.component';
import { rolesGroup, selectedRoles } from './role-form';
import { UsersApi } from './users.api';

/** Invite a member: e-mail, name and roles. Closes with the one-time set-password link. */
@Component({
  selector: 'amp-invite-user-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RoleCheckboxesComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ i18n.t('admin.invite.title') }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-busy]="sending()">
      <mat-dialog-content>
        <p>{{ i18n.t('admin.invite.intro') }}</p>
        <div role="alert" class="error">
          @if (error(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('admin.invite.email') }}</mat-label>
          <input matInput formControlName="email" type="email" autocomplete="off" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ i18n.t('admin.invite.emailRequired') }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ i18n.t('login.emailInvalid') }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ i18n.t('admin.invite.name') }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" maxlength="200" required />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ i18n.t('admin.invite.nameRequired') }}</mat-error>
          }
        </mat-form-field>
        <amp-role-checkboxes
          [group]="form.controls.roles"
          [showError]="triedSubmit() && form.controls.roles.invalid"
          idPrefix="invite-role-hint-"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ i18n.t('common.cancel') }}</button>
        <button mat-flat-button type="submit" [disabled]="sending()" data-testid="invite-submit">
          {{ i18n.t('admin.invite.submit') }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
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
export class InviteUserDialog {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(UsersApi);
  private readonly dialog = inject<MatDialogRef<InviteUserDialog, PasswordSetup>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    name: ['', Validators.required],
    roles: rolesGroup(),
  });
  protected readonly sending = signal(false);
  protected readonly triedSubmit = signal(false);
  protected readonly error = signal<Notice | null>(null);

  protected submit(): void {
    this.triedSubmit.set(true);
    if (this.sending()) return;
    if (this.form.invalid || !this.form.controls.name.value.trim()) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, name } = this.form.getRawValue();
    this.sending.set(true);
    this.error.set(null);
    this.api
      .invite({
        email: email.trim().toLowerCase(),
        name: name.trim(),
        roles: selectedRoles(this.form.controls.roles),
      })
      .subscribe({
        next: (setup) => this.dialog.close(setup),
        error: (failure: unknown) => {
          this.sending.set(false);
          this.error.set(
            errorCode(failure) === adminErrorCodes.emailTaken
              ? { key: 'admin.invite.emailTaken' }
              : errorNotice(failure),
          );
        },
      });
  }
}
