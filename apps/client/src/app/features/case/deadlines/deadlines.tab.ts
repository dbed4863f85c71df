import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import type { CaseDeadlineResponse } from '@amparo/contracts';
import { type MessageKey, TranslationService } from '../../../core/i18n';
import { onePerRemedy } from '@amparo/domain/deadline-status';
import { Ticker, ZonedTimeComponent } from '../../../core/time';
import {
  readingOf,
  readingText,
  stateLabel,
  toneClass,
  toneStyles,
} from '../../case-shared/deadline-reading';
import { ruleStatusKeys } from '../case-labels';
import { CaseStore } from '../case.store';
import { CaseRuleChangesPanel } from '../../rule-changes/case-rule-changes.panel';
import { DeadlineActionsComponent } from './deadline-actions.component';
import { caseTabStyles } from '../case.styles';

const changeKeys = {
  recomputed: 'deadline.change.recomputed',
  'rule-changed': 'deadline.change.ruleChanged',
  overridden: 'deadline.change.overridden',
  completed: 'deadline.change.completed',
  waived: 'deadline.change.waived',
  missed: 'deadline.change.missed',
} as const satisfies Record<CaseDeadlineResponse['history'][number]['change'], MessageKey>;

const kindKeys = {
  immediate: 'deadline.kind.immediate',
  anyTime: 'deadline.kind.anyTime',
  dateInOrder: 'deadline.kind.dateInOrder',
} as const satisfies Record<string, MessageKey>;

/**
 * The case's deadlines: when each is due (a possible range shown as one), how the date was
 * reached and on what authority, whether the rule is verified, and what happened to it.
 */
@Component({
  selector: 'amp-case-deadlines-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseRuleChangesPanel, DeadlineActionsComponent, ZonedTimeComponent],
  template: `
    <h2>{{ i18n.t('case.tab.deadlines') }}</h2>
    <p class="meta">{{ i18n.t('deadline.disclaimer') }}</p>
    <amp-case-rule-changes [caseId]="store.caseId()" />
    @if (store.deadlinesError(); as error) {
      <p role="alert" class="error">{{ i18n.t(error.key, error.params) }}</p>
    } @else if (deadlines(); as deadlines) {
      @if (deadlines.length === 0) {
        <p data-testid="deadlines-empty">{{ i18n.t('deadline.empty') }}</p>
      } @else {
        <ul class="deadlines plain-list">
          @for (item of deadlines; track item.deadline.id) {
            @let deadline = item.deadline;
            <li
              class="deadline"
              [class.running]="item.reading.pending"
              [attr.data-testid]="'deadline-' + deadline.ruleId"
              [attr.data-state]="item.reading.state"
            >
              <article [attr.aria-labelledby]="'deadline-title-' + deadline.id">
                <header>
                  <h3 [id]="'deadline-title-' + deadline.id">{{ store.text(deadline.title) }}</h3>
                  <span
                    [class]="'status ' + toneClass(item.reading.tone)"
                    data-testid="deadline-status"
                    >{{ stateLabel(i18n, item.reading.state) }}</span
                  >
                  @if (deadline.party === 'authority') {
                    <span class="flag party" data-testid="deadline-authority">{{
                      i18n.t('deadline.party.authority')
                    }}</span>
                  }
                  @if (deadline.ruleStatus !== 'verified') {
                    <span class="flag" data-testid="deadline-unverified">{{
                      i18n.t(ruleStatusKeys[deadline.ruleStatus])
                    }}</span>
                  }
                </header>
                @if (deadline.effectiveDueAt) {
                  <p class="due">
                    @if (deadline.overridden && deadline.override) {
                      {{ i18n.t('deadline.dueByOrder') }}
                    } @else if (deadline.latestDueAt) {
                      {{ i18n.t('deadline.dueRangeFrom') }}
                    } @else {
                      {{ i18n.t('deadline.due') }}
                    }
                    <amp-zoned-time
                      [instant]="deadline.effectiveDueAt"
                      [zone]="deadline.timeZone"
                    />
                    @if (deadline.latestDueAt && !deadline.overridden) {
                      <br />
                      {{ i18n.t('deadline.dueRangeTo') }}
                      <amp-zoned-time [instant]="deadline.latestDueAt" [zone]="deadline.timeZone" />
                    }
                  </p>
                  @if (item.reading.pending) {
                    <p class="countdown" data-testid="deadline-countdown">
                      {{ readingText(i18n, item.reading) }}
                    </p>
                  }
                } @else {
                  <p class="due">{{ i18n.t(kindKey(deadline.kind)) }}</p>
                }
                @if (item.reading.state === 'passed-before-recorded') {
                  <p class="meta" data-testid="deadline-history">
                    {{ readingText(i18n, item.reading) }}
                  </p>
                }
                <p class="basis" data-testid="deadline-basis">
                  <strong>{{ i18n.t('deadline.basis') }}</strong> {{ store.text(deadline.basis) }}
                </p>
                <p class="citation" data-testid="deadline-citation">
                  <strong>{{ i18n.t('deadline.citation') }}</strong> {{ deadline.citation }}
                </p>
                @if (deadline.override; as override) {
                  <p class="meta">
                    {{ i18n.t('deadline.overrideReason', { reason: override.reason }) }}
                  </p>
                }
                @if (deadline.waiver; as waiver) {
                  <p class="meta">
                    {{ i18n.t('deadline.waiverReason', { reason: waiver.reason }) }}
                  </p>
                }
                @if (deadline.completion; as completion) {
                  <p class="meta">
                    {{ i18n.t('deadline.completedAt') }}
                    <amp-zoned-time [instant]="completion.at" [zone]="deadline.timeZone" />
                    @if (completion.note) {
                      — {{ completion.note }}
                    }
                  </p>
                }
                @if (deadline.history.length > 0) {
                  <details class="history">
                    <summary>
                      {{ i18n.t('deadline.history', { count: deadline.history.length }) }}
                    </summary>
                    <ul>
                      @for (entry of deadline.history; track $index) {
                        <li>
                          <amp-zoned-time [instant]="entry.at" [zone]="deadline.timeZone" />:
                          {{ i18n.t(changeKeys[entry.change]) }}
                          @if (entry.reason) {
                            — {{ i18n.t('timeline.reason', { reason: entry.reason }) }}
                          }
                          @if (entry.overrideDueAt ?? entry.dueAt; as before) {
                            <span class="meta">
                              ({{ i18n.t('deadline.historyBefore') }}
                              <amp-zoned-time [instant]="before" [zone]="deadline.timeZone" />)
                            </span>
                          }
                        </li>
                      }
                    </ul>
                  </details>
                }
                <amp-deadline-actions [deadline]="deadline" />
              </article>
            </li>
          }
        </ul>
      }
    } @else {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: [
    caseTabStyles,
    toneStyles,
    `
      .deadlines {
        max-width: 90ch;
      }
      .deadline {
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 12px;
        padding: 12px 16px;
        margin-bottom: 12px;
      }
      .deadline.running {
        border-color: var(--mat-sys-primary);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      h3 {
        font: var(--mat-sys-title-medium);
        margin: 0;
        flex: 1 1 20ch;
      }
      .status,
      .flag {
        padding: 2px 8px;
        border-radius: 8px;
        font: var(--mat-sys-label-large);
        background: var(--mat-sys-surface-container-high);
      }
      .flag {
        background: var(--mat-sys-error-container);
        color: var(--mat-sys-on-error-container);
      }
      .flag.party {
        background: var(--mat-sys-surface-container-highest);
        color: var(--mat-sys-on-surface);
      }
      p {
        margin: 6px 0;
      }
      .countdown {
        font: var(--mat-sys-title-medium);
      }
    `,
  ],
})
export class DeadlinesTab {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly ticker = inject(Ticker);
  protected readonly ruleStatusKeys = ruleStatusKeys;
  protected readonly changeKeys = changeKeys;

  protected readonly toneClass = toneClass;
  protected readonly stateLabel = stateLabel;
  protected readonly readingText = readingText;

  /**
   * Each deadline with its reading (readDeadline): those still asking something first (soonest
   * on top), then the rest; a remedy with no date listed once however many events started it.
   */
  protected readonly deadlines = computed(() => {
    const list = this.store.deadlines();
    if (!list) return null;
    const now = this.ticker.now();
    const due = (deadline: CaseDeadlineResponse) =>
      deadline.effectiveDueAt ? Date.parse(deadline.effectiveDueAt) : Number.MAX_SAFE_INTEGER;
    const items = list.map((deadline) => ({
      caseId: deadline.caseId,
      ruleId: deadline.ruleId,
      deadline,
      reading: readingOf(deadline, now),
    }));
    return onePerRemedy(
      items.sort(
        (a, b) =>
          Number(b.reading.pending) - Number(a.reading.pending) ||
          due(a.deadline) - due(b.deadline),
      ),
    );
  });

  protected kindKey(kind: string): MessageKey {
    return kind in kindKeys ? kindKeys[kind as keyof typeof kindKeys] : 'deadline.noDate';
  }
}
