import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { Ticker, USER_TIME_ZONE } from '../../core/time';
import { auditCounts, headlineOf } from '@amparo/domain/deadline-status';
import { readingOf, toneClass } from '../case-shared/deadline-reading';
import { genderedLabel } from '../case-shared/gendered-label';
import type { CaseloadItem } from './caseload.models';
import { describeDeadline } from './deadline-text';

/**
 * One case in the caseload: who, where it stands, its risk, and its next deadline. The whole row
 * is one link to the case page. Countdowns read the app's one ticking signal (Ticker), never a
 * timer of their own.
 */
@Component({
  selector: 'amp-caseload-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @let item = row();
    <a class="row" [routerLink]="caseLink()" [class.escalated]="item.escalated">
      <span class="who">
        <span class="name">{{ item.clientName }}</span>
        <span class="meta"
          >{{ item.reference }} · {{ procedureName() }} · {{ stageLabel() }} ·
          {{ custodyLabel() }}</span
        >
      </span>
      <span class="badges">
        @if (item.escalated) {
          <span class="badge escalated-badge" data-testid="escalated">{{
            i18n.t('caseload.escalated')
          }}</span>
        }
        @if (item.riskLevel; as level) {
          <span class="badge risk" [attr.data-risk]="level" data-testid="risk">{{
            i18n.t(riskKey[level])
          }}</span>
        } @else {
          <span class="badge risk none">{{ i18n.t('caseload.risk.none') }}</span>
        }
      </span>
      @let summary = deadlines();
      <span
        class="deadline"
        [class]="'deadline ' + (summary.text ? toneClass(summary.text.tone) : '')"
        [class.imminent]="summary.text?.imminent"
        data-testid="row-deadlines"
        [attr.data-state]="summary.text?.state ?? 'none'"
        [attr.data-rule]="summary.lead?.ruleId ?? ''"
        [attr.data-missed]="summary.counts.missed"
        [attr.data-openings]="summary.counts.openings"
        [attr.data-act-now]="summary.counts.actNow"
        [attr.data-history]="summary.counts.history"
      >
        @if (summary.text; as text) {
          <span class="main" data-testid="countdown" [attr.title]="text.main"
            ><span class="title">{{ text.title + ': ' }}</span>
            <span class="status">{{ text.status }}</span></span
          >
          @if (text.due) {
            <span class="detail">{{ text.due }}</span>
          }
          @if (text.yours) {
            <span class="detail" data-testid="your-time">{{ text.yours }}</span>
          }
          <span class="flags">
            @if (text.range) {
              <span class="flag" data-testid="range">{{ text.range }}</span>
            }
            @if (summary.lead?.ruleStatus === 'unverified') {
              <span class="flag warn" data-testid="unverified">{{
                i18n.t('caseload.rule.unverified')
              }}</span>
            } @else if (summary.lead?.ruleStatus === 'secondary') {
              <span class="flag" data-testid="secondary">{{
                i18n.t('caseload.rule.secondary')
              }}</span>
            }
            @if (summary.counts.missed > 0 && text.state !== 'missed') {
              <span class="flag tone-missed" data-testid="count-missed">{{
                i18n.t('stateCount.missed', { count: summary.counts.missed })
              }}</span>
            }
            @if (summary.counts.openings > 0 && text.state !== 'opening') {
              <span class="flag tone-opening" data-testid="count-openings">{{
                i18n.t('stateCount.openings', { count: summary.counts.openings })
              }}</span>
            }
          </span>
        } @else {
          <span class="main none">{{ i18n.t('caseload.noDeadline') }}</span>
        }
      </span>
    </a>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .row {
      box-sizing: border-box;
      height: 100%;
      display: grid;
      grid-template-columns: minmax(0, 2fr) auto minmax(0, 2fr);
      gap: 4px 16px;
      align-items: center;
      padding: 8px 16px;
      color: inherit;
      text-decoration: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow: hidden;
    }
    .row:hover {
      background: var(--mat-sys-surface-container-low);
    }
    .row:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
    }
    .escalated {
      border-left: 4px solid var(--mat-sys-error);
    }
    .who,
    .deadline {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .name {
      font: var(--mat-sys-title-medium);
    }
    .meta,
    .detail {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .meta,
    .detail,
    .flags {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* A person's name and what is due are read in full, wrapping on a phone, never cut short. */
    .name,
    .main .title {
      overflow-wrap: anywhere;
    }
    .main {
      display: flex;
      gap: 0.3em;
      font: var(--mat-sys-body-large);
      font-variant-numeric: tabular-nums;
    }
    .main .title {
      min-width: 0;
    }
    .main .status {
      flex: none;
    }
    .imminent .main {
      font-weight: 600;
    }
    .tone-missed .main {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .tone-opening .main {
      color: var(--mat-sys-tertiary);
      font-weight: 600;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    .badges {
      display: flex;
      gap: 4px;
    }
    .badge,
    .flag {
      font: var(--mat-sys-label-medium);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .badge.risk[data-risk='extreme'],
    .escalated-badge {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
    .badge.risk[data-risk='high'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .badge.risk[data-risk='moderate'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .flags {
      display: flex;
      gap: 4px;
      margin-top: 2px;
    }
    .flag.tone-missed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .flag.tone-opening {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .flag.warn {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    @media (max-width: 839.98px) {
      .row {
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'who badges' 'deadline deadline';
        padding: 8px 12px;
      }
      .who {
        grid-area: who;
      }
      .badges {
        grid-area: badges;
      }
      .deadline {
        grid-area: deadline;
      }
      .main {
        flex-direction: column;
        gap: 0;
      }
      .main .title {
        font: var(--mat-sys-body-medium);
        white-space: nowrap;
      }
    }
  `,
})
export class CaseloadRowComponent {
  protected readonly i18n = inject(TranslationService);
  private readonly now = inject(Ticker).now;
  private readonly userZone = inject(USER_TIME_ZONE);

  readonly row = input.required<CaseloadItem>();
  /** Procedure names by "jurisdiction/procedure" id, from the rule catalogue. */
  readonly procedures = input<ReadonlyMap<string, { en: string; es: string }>>(new Map());

  protected readonly riskKey = {
    low: 'caseload.risk.low',
    moderate: 'caseload.risk.moderate',
    high: 'caseload.risk.high',
    extreme: 'caseload.risk.extreme',
  } as const;

  protected readonly caseLink = computed(() => caseUrl(this.row().id));
  protected readonly procedureName = computed(() => {
    const row = this.row();
    const name = this.procedures().get(`${row.jurisdiction}/${row.procedure}`);
    return `${row.jurisdiction} ${name ? name[this.i18n.language()] : row.procedure}`;
  });
  protected readonly stageLabel = computed(() => stageLabel(this.i18n, this.row().stage));
  protected readonly custodyLabel = computed(() =>
    custodyLabel(this.i18n, this.row().custodyStatus, this.row().clientGender),
  );
  protected readonly toneClass = toneClass;
  /**
   * The deadline the row leads with and the counts beside it, read by the one status function
   * (readDeadline) and ranked by the domain's headlineOf, as the case header does.
   */
  protected readonly deadlines = computed(() => {
    const row = this.row();
    const now = this.now();
    const items = row.deadlines.map((deadline) => ({
      caseId: row.id,
      ruleId: deadline.ruleId,
      deadline,
      reading: readingOf(deadline, now),
    }));
    const lead = headlineOf(items);
    return {
      lead: lead?.deadline ?? null,
      text: lead ? describeDeadline(this.i18n, lead.deadline, lead.reading, this.userZone) : null,
      counts: auditCounts(items),
    };
  });
}

const stageKeys = {
  intake: 'caseload.stage.intake',
  active: 'caseload.stage.active',
  decision: 'caseload.stage.decision',
  appeal: 'caseload.stage.appeal',
  closed: 'caseload.stage.closed',
} as const;
const custodyKeys = {
  detained: 'caseload.custody.detained',
  released: 'caseload.custody.released',
  at_liberty: 'caseload.custody.at_liberty',
  unknown: 'caseload.custody.unknown',
} as const;

export function stageLabel(i18n: TranslationService, stage: string): string {
  return stage in stageKeys ? i18n.t(stageKeys[stage as keyof typeof stageKeys]) : stage;
}

/** "Detenida" for a woman, "Detenido" for a man, "Detenido/a" otherwise, in Spanish. */
export function custodyLabel(
  i18n: TranslationService,
  custody: string,
  gender: string | null = null,
): string {
  return custody in custodyKeys
    ? genderedLabel(i18n, custodyKeys[custody as keyof typeof custodyKeys], gender)
    : custody;
}
