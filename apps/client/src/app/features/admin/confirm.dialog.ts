import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { type MessageKey, type MessageParams, TranslationService } from '../../core/i18n';

export interface ConfirmData {
  title: MessageKey;
  body: MessageKey;
  confirm: MessageKey;
  params?: MessageParams;
}

/**
 * "Are you sure?" for actions with consequences for someone else (their sessions end at once).
 * An alertdialog, so screen readers announce the question and its consequence together.
 */
@Component({
  selector: 'amp-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ i18n.t(data.title, data.params) }}</h2>
    <mat-dialog-content>
      <p>{{ i18n.t(data.body, data.params) }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ i18n.t('common.cancel') }}
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="confirm">
        {{ i18n.t(data.confirm, data.params) }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog {
  protected readonly i18n = inject(TranslationService);
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}
