import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { SupervisionApi } from './supervision.api';
import { type Escalation, type EscalationAck, supervisionErrorCodes } from './supervision.models';

/** What the dialog closes with: the acknowledgement, or `gone` when the case left the queue. */
export type AcknowledgeResult = { ack: EscalationAck } | { gone: true };

/** Acknowledge an escalated case with the reason (what is being done about it). */
@Component({
  selector: 'amp-acknowledge-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ i18n.t('supervision.acknowledge.title', { case: escalation.caseReference }) }}
    </h2>
    <mat-dialog-content>
      <p>{{ i18n.t('supervision.acknowledge.body') }}</p>
      <div role="alert" class="error">
        @if (error(); as error) {
          {{ i18n.t(error.key, error.params) }}
        }
      </div>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.acknowledge.reason') }}</mat-label>
        <textarea
          matInput
          [formControl]="reason"
          rows="3"
          maxlength="500"
          required
          cdkFocusInitial
        ></textarea>
        <mat-hint>{{ i18n.t('supervision.acknowledge.reasonHint') }}</mat-hint>
        @if (reason.invalid && reason.touched) {
          <mat-error>{{ i18n.t('supervision.acknowledge.reasonRequired') }}</mat-error>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ i18n.t('common.cancel') }}</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="sending()"
        (click)="submit()"
        data-testid="acknowledge-submit"
      >
        {{ i18n.t('supervision.acknowledge.submit') }}
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
export class AcknowledgeDialog {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly dialog =
    inject<MatDialogRef<AcknowledgeDialog, AcknowledgeResult>>(MatDialogRef);
  protected readonly escalation = inject<Escalation>(MAT_DIALOG_DATA);

  // The API asks for 3 to 500 characters; say so before sending rather than after.
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
  });
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);

  protected submit(): void {
    this.reason.setValue(this.reason.value.trim());
    this.reason.markAsTouched();
    if (this.reason.invalid || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    this.api.acknowledge(this.escalation.caseId, this.reason.value).subscribe({
      next: (ack) => this.dialog.close({ ack }),
      error: (failure: unknown) => {
        this.sending.set(false);
        // Someone else acknowledged it, or the risk or clock changed: it is no longer in the queue.
        if (errorCode(failure) === supervisionErrorCodes.escalationNotActive) {
          this.dialog.close({ gone: true });
          return;
        }
        this.error.set(errorNotice(failure));
      },
    });
  }
}
