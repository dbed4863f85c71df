import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { RuleChangeNoticeResponse } from '@amparo/contracts';
import { AuthService } from '../../core/auth';
import { apiBase, errorCode, errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { outcomeKeys } from './rule-change-labels';
import { RuleChangeDatesComponent } from './rule-change-dates.component';

export const caseRuleChangesUrl = (caseId: string) =>
  `${apiBase}/cases/${encodeURIComponent(caseId)}/rule-changes`;
export const acknowledgeRuleChangeUrl = (id: string) =>
  `${apiBase}/deadline-rule-changes/${encodeURIComponent(id)}/acknowledge`;

/**
 * The case's rule changes nobody has acknowledged yet: a new version of a rule pack recomputed,
 * started or flagged one of its deadlines. Each shows the dates before and after and why; an
 * attorney of the case acknowledges it once they have checked the date. Nothing when none wait.
 */
@Component({
  selector: 'amp-case-rule-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RuleChangeDatesComponent],
  template: `
    <div role="status" class="status">
      @if (done(); as done) {
        {{ i18n.t(done.key, done.params) }}
      }
    </div>
    @if (error(); as error) {
      <p role="alert" class="error">{{ i18n.t(error.key, error.params) }}</p>
    }
    @if (pending().length > 0) {
      <section class="changes" aria-labelledby="rule-changes-title" data-testid="rule-changes">
        <h3 id="rule-changes-title">{{ i18n.t('ruleChange.caseTitle') }}</h3>
        <p class="meta">{{ i18n.t('ruleChange.caseIntro') }}</p>
        <ul class="plain-list">
          @for (notice of pending(); track notice.id) {
            <li [attr.data-testid]="'rule-change-' + notice.ruleId">
              <strong>{{ notice.ruleTitle[i18n.language()] }}</strong>&ngsp;<span class="flag">{{
                i18n.t(outcomeKeys[notice.outcome])
              }}</span
              >&ngsp;<span class="meta">{{ versions(notice) }}</span>
              <amp-rule-change-dates [notice]="notice" />
              <p>{{ notice.reason[i18n.language()] }}</p>
              @if (canAcknowledge) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="sending()"
                  [attr.aria-label]="
                    i18n.t('ruleChange.acknowledgeRule', {
                      rule: notice.ruleTitle[i18n.language()],
                    })
                  "
                  (click)="acknowledge(notice)"
                >
                  {{ i18n.t('ruleChange.acknowledge') }}
                </button>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .changes {
      border-left: 4px solid var(--mat-sys-tertiary);
      padding: 4px 12px;
      margin: 12px 0;
      background: var(--mat-sys-surface-container-low);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 4px 0;
    }
    li {
      padding-block: 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .flag {
      margin-inline: 8px;
      font-weight: 600;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .plain-list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CaseRuleChangesPanel {
  protected readonly i18n = inject(TranslationService);
  private readonly http = inject(HttpClient);
  readonly caseId = input.required<string | null>();

  protected readonly outcomeKeys = outcomeKeys;
  /** Attorneys acknowledge; the API checks it is their case. */
  protected readonly canAcknowledge = inject(AuthService).can('deadlines.override');
  protected readonly pending = signal<RuleChangeNoticeResponse[]>([]);
  protected readonly sending = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly done = signal<Notice | null>(null);

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      if (caseId) this.load(caseId);
    });
  }

  private load(caseId: string): void {
    this.http.get<RuleChangeNoticeResponse[]>(caseRuleChangesUrl(caseId)).subscribe({
      next: (notices) =>
        this.caseId() === caseId &&
        this.pending.set(notices.filter((notice) => notice.acknowledgement === null)),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected versions(notice: RuleChangeNoticeResponse): string {
    return notice.fromVersion
      ? this.i18n.t('ruleChange.versions', { from: notice.fromVersion, to: notice.toVersion })
      : this.i18n.t('ruleChange.newIn', { to: notice.toVersion });
  }

  protected acknowledge(notice: RuleChangeNoticeResponse): void {
    this.sending.set(true);
    this.error.set(null);
    this.http.post<RuleChangeNoticeResponse>(acknowledgeRuleChangeUrl(notice.id), {}).subscribe({
      next: () => {
        this.sending.set(false);
        this.pending.update((items) => items.filter((item) => item.id !== notice.id));
        this.done.set({
          key: 'ruleChange.acknowledged',
          params: { rule: notice.ruleTitle[this.i18n.language()] },
        });
      },
      error: (failure: unknown) => {
        this.sending.set(false);
        if (errorCode(failure) === 'RULE_CHANGE_ALREADY_ACKNOWLEDGED') {
          // Someone else on the case did it meanwhile: it no longer waits.
          this.pending.update((items) => items.filter((item) => item.id !== notice.id));
          this.done.set({ key: 'ruleChange.alreadyAcknowledged' });
          return;
        }
        this.error.set(errorNotice(failure));
      },
    });
  }
}
