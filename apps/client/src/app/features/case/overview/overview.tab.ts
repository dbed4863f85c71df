import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { CaseResponse } from '@amparo/contracts';
import { currentRecordOf, errorNotice, type Notice } from '../../../core/http';
import { ConfirmDialog, type ConfirmData } from '../../admin/confirm.dialog';
import { CaseApi } from '../case.api';
import { CaseEditComponent } from './case-edit.component';
import { CaseTeamComponent } from './case-team.component';
import { DerivativesComponent } from '../person/derivatives.component';
import { PersonPanelComponent } from '../person/person-panel.component';
import { TranslationService } from '../../../core/i18n';
import { custodyText, priorityKeys, stageKeys } from '../case-labels';
import { CaseStore } from '../case.store';
import { caseTabStyles } from '../case.styles';

/** The case's fields at a glance. */
@Component({
  selector: 'amp-case-overview-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CaseEditComponent,
    CaseTeamComponent,
    DerivativesComponent,
    MatButtonModule,
    PersonPanelComponent,
  ],
  template: `
    @if (store.record(); as record) {
      <h2 class="visually-hidden">{{ i18n.t('case.tab.overview') }}</h2>
      <div role="status" class="status-note">
        @if (justArchived()) {
          {{ i18n.t('case.archive.done') }}
        }
      </div>
      @if (editing()) {
        <amp-case-edit (done)="editing.set(false)" />
      } @else if (store.canOnCase('cases.edit')) {
        <button mat-stroked-button type="button" class="edit" (click)="editing.set(true)">
          {{ i18n.t('case.edit.open') }}
        </button>
      }
      <dl class="fields" data-testid="case-fields">
        <dt>{{ i18n.t('case.field.reference') }}</dt>
        <dd>{{ record.reference }}</dd>
        <dt>{{ i18n.t('case.field.jurisdiction') }}</dt>
        <dd>{{ store.jurisdictionName() }}</dd>
        <dt>{{ i18n.t('case.field.procedure') }}</dt>
        <dd>{{ store.procedureTitle() }}</dd>
        <dt>{{ i18n.t('case.field.forum') }}</dt>
        <dd>{{ record.forum || i18n.t('case.noForum') }}</dd>
        <dt>{{ i18n.t('case.field.timeZone') }}</dt>
        <dd>{{ record.timeZone }}</dd>
        <dt>{{ i18n.t('case.field.custody') }}</dt>
        <dd data-testid="case-custody-field">{{ custodyText(i18n, record) }}</dd>
        <dt>{{ i18n.t('case.field.stage') }}</dt>
        <dd>{{ i18n.t(stageKeys[record.stage]) }}</dd>
        <dt>{{ i18n.t('case.field.priority') }}</dt>
        <dd>{{ i18n.t(priorityKeys[record.priority]) }}</dd>
        <dt>{{ i18n.t('case.field.outcome') }}</dt>
        <dd>{{ record.outcome || '—' }}</dd>
        <dt>{{ i18n.t('case.field.aNumber') }}</dt>
        <dd>{{ record.aNumber || '—' }}</dd>
        <dt>{{ i18n.t('case.field.expediente') }}</dt>
        <dd>{{ record.expediente || '—' }}</dd>
      </dl>
      @if (store.can('cases.assign')) {
        <amp-case-team />
      }
      <amp-case-person />
      <amp-case-derivatives />
      @if (store.can('cases.archive')) {
        <div role="alert" class="error" [class.visually-hidden]="!archiveError()">
          @if (archiveError(); as error) {
            {{ i18n.t(error.key, error.params) }}
          }
        </div>
        <button mat-stroked-button type="button" class="archive" (click)="archive()">
          {{ i18n.t('case.archive.button') }}
        </button>
      }
    }
  `,
  styles: [
    caseTabStyles,
    `
      .edit,
      .archive {
        margin: 8px 0 16px;
      }
      .fields {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 6px 16px;
        max-width: 70ch;
      }
      dt {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
      }
      @media (max-width: 599.98px) {
        .fields {
          grid-template-columns: 1fr;
        }
        dd {
          margin-bottom: 8px;
        }
      }
    `,
  ],
})
export class OverviewTab {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  protected readonly custodyText = custodyText;
  protected readonly stageKeys = stageKeys;
  protected readonly priorityKeys = priorityKeys;
  private readonly api = inject(CaseApi);
  private readonly dialog = inject(MatDialog);

  protected readonly editing = signal(false);
  protected readonly justArchived = signal(false);
  protected readonly archiveError = signal<Notice | null>(null);

  /** Archive, never delete: asks first, since the case then leaves everyone's caseload. */
  protected archive(): void {
    const record = this.store.record();
    if (!record) return;
    const data: ConfirmData = {
      title: 'case.archive.title',
      body: 'case.archive.body',
      confirm: 'case.archive.confirm',
      params: { name: record.clientName, reference: record.reference },
    };
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.archiveError.set(null);
        this.api.archive(record.id, record.version).subscribe({
          next: (updated) => {
            this.store.record.set(updated);
            this.justArchived.set(true);
          },
          error: (failure: unknown) => {
            // Changed meanwhile: show the case as it is now, and say why nothing was archived.
            const current = currentRecordOf<CaseResponse>(failure);
            if (current) this.store.record.set(current);
            this.archiveError.set(errorNotice(failure));
          },
        });
      });
  }
}
