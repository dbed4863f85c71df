import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { adminErrorCodes, type User } from './admin.models';
import { UsersApi } from './users.api';

/** Disable an account, with an optional reason for the audit trail; every session ends at once. */
@Component({
  selector: 'amp-disable-user-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>{{ i18n.t('admin.disable.title', { name: user.name }) }}</h2>
    <mat-dialog-content>
      <p>{{ i18n.t('admin.disable.body', { name: user.name }) }}</p>
      <div role="alert" class="error">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </div>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('admin.disable.reason') }}</mat-label>
        <textarea matInput [formControl]="reason" rows="3" maxlength="500"></textarea>
        <mat-hint>{{ i18n.t('admin.disable.reasonHint') }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ i18n.t('common.cancel') }}</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="sending()"
        (click)="submit()"
        data-testid="disable-submit"
      >
        {{ i18n.t('admin.disable.submit') }}
      </button>
    </mat-dialog-actions>
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
export class DisableUserDialog {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(UsersApi);
  private readonly dialog = inject<MatDialogRef<DisableUserDialog, User>>(MatDialogRef);
  protected readonly user = inject<User>(MAT_DIALOG_DATA);

  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(500),
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);

  protected submit(): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.api.disable(this.user.id, this.reason.value.trim() || undefined).subscribe({
      next: (saved) => this.dialog.close(saved),
      error: (failure: unknown) => {
        this.sending.set(false);
        this.error.set(
          errorCode(failure) === adminErrorCodes.lastAdmin
            ? { key: 'admin.lastAdmin' }
            : errorNotice(failure),
        );
      },
    });
  }
}
