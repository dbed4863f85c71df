import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { roleLabelKeys } from '../../core/auth';
import { currentRecordOf, errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { adminErrorCodes, type User } from './admin.models';
import { RoleCheckboxesComponent } from './role-checkboxes.component';
import { rolesGroup, selectedRoles } from './role-form';
import { UsersApi } from './users.api';

/** The account as the dialog last saw it, and whether the admin's change was saved. */
export interface EditRolesResult {
  user: User;
  saved: boolean;
}

/**
 * Change a member's roles. Sends the version the admin saw; if someone changed the account
 * meanwhile, the API refuses with the current record, which is shown so the admin can decide and
 * retry against it (their ticks are kept).
 */
@Component({
  selector: 'amp-edit-roles-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, ReactiveFormsModule, RoleCheckboxesComponent],
  template: `
    <h2 mat-dialog-title>{{ i18n.t('admin.rolesDialog.title', { name: user().name }) }}</h2>
    <form [formGroup]="roles" (ngSubmit)="submit()" novalidate [attr.aria-busy]="sending()">
      <mat-dialog-content>
        <div role="alert" class="error" data-testid="roles-error">
          @if (conflict(); as current) {
            <p>{{ i18n.t('admin.conflict') }}</p>
            <p data-testid="roles-current">
              {{
                i18n.t('admin.rolesDialog.current', {
                  name: current.name,
                  roles: rolesText(current),
                })
              }}
            </p>
          } @else if (error(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <amp-role-checkboxes
          [group]="roles"
          [showError]="triedSubmit() && roles.invalid"
          idPrefix="edit-role-hint-"
        />
        <p class="note">{{ i18n.t('admin.rolesDialog.note') }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()">{{ i18n.t('common.cancel') }}</button>
        <button mat-flat-button type="submit" [disabled]="sending()" data-testid="roles-submit">
          {{ i18n.t(conflict() ? 'admin.retry' : 'common.save') }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .error:not(:empty) {
      margin-block: 8px;
      padding: 4px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .note {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class EditRolesDialog {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(UsersApi);
  private readonly dialog = inject<MatDialogRef<EditRolesDialog, EditRolesResult>>(MatDialogRef);

  /** The record the next save is based on: what the admin opened, or the server's after a 409. */
  protected readonly user = signal(inject<User>(MAT_DIALOG_DATA));
  protected readonly roles = rolesGroup(this.user().roles);
  protected readonly sending = signal(false);
  protected readonly triedSubmit = signal(false);
  protected readonly conflict = signal<User | null>(null);
  protected readonly error = signal<Notice | null>(null);
  /** Set after a conflict, so the list can show the newer record even if the admin cancels. */
  private latest: User | undefined;

  protected rolesText(user: User): string {
    return user.roles.map((role) => this.i18n.t(roleLabelKeys[role])).join(', ');
  }

  protected close(): void {
    this.dialog.close(this.latest && { user: this.latest, saved: false });
  }

  protected submit(): void {
    this.triedSubmit.set(true);
    if (this.sending() || this.roles.invalid) return;
    const user = this.user();
    this.sending.set(true);
    this.error.set(null);
    this.api.updateRoles(user.id, selectedRoles(this.roles), user.version).subscribe({
      next: (saved) => this.dialog.close({ user: saved, saved: true }),
      error: (failure: unknown) => {
        this.sending.set(false);
        const current = currentRecordOf<User>(failure);
        if (current) {
          this.user.set(current);
          this.latest = current;
          this.conflict.set(current);
          return;
        }
        this.conflict.set(null);
        const code = errorCode(failure);
        this.error.set(
          code === adminErrorCodes.lastAdmin
            ? { key: 'admin.lastAdmin' }
            : code === adminErrorCodes.selfRoleGrant
              ? { key: 'admin.selfRoleGrant' }
              : errorNotice(failure),
        );
      },
    });
  }
}
