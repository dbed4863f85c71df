import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslationService } from '../../../core/i18n';
import { custodyKeys, priorityKeys, stageKeys } from '../case-labels';
import { CaseStore } from '../case.store';

/** The case's fields at a glance. */
@Component({
  selector: 'amp-case-overview-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.record(); as record) {
      <h2 class="visually-hidden">{{ i18n.t('case.tab.overview') }}</h2>
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
        <dd>{{ i18n.t(custodyKeys[record.custodyStatus]) }}</dd>
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
    }
  `,
  styles: `
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
})
export class OverviewTab {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  protected readonly custodyKeys = custodyKeys;
  protected readonly stageKeys = stageKeys;
  protected readonly priorityKeys = priorityKeys;
}
