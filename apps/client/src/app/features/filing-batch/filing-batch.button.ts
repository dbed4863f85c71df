import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { AuthService } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import type { BatchCase } from './filing-batch.api';
import { FilingBatchDialog, type FilingBatchDialogData } from './filing-batch.dialog';

/**
 * "Generate a filing for these N cases": opens the batch dialog for the cases a screen lists
 * (a CSV import's new cases, a caseload filter). Shown only to people who may draft filings; the
 * API checks each case's team when the batch starts and lists the ones refused.
 */
@Component({
  selector: 'amp-filing-batch-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (shown()) {
      <button mat-stroked-button type="button" (click)="open()" data-testid="filing-batch-open">
        {{
          cases().length === 1
            ? i18n.t('batch.openOne')
            : i18n.t('batch.open', { count: i18n.formatNumber(cases().length) })
        }}
      </button>
    }
  `,
})
export class FilingBatchButton {
  protected readonly i18n = inject(TranslationService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  readonly cases = input.required<readonly BatchCase[]>();

  protected readonly shown = computed(
    () => this.cases().length > 0 && this.auth.can('filings.draft'),
  );

  protected open(): void {
    this.dialog.open<FilingBatchDialog, FilingBatchDialogData>(FilingBatchDialog, {
      data: { cases: this.cases() },
      width: '720px',
      maxWidth: '100vw',
      maxHeight: '100vh',
      autoFocus: 'first-heading',
    });
  }
}
