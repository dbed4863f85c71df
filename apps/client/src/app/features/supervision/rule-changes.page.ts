import { ChangeDetectionStrategy, Component, inject, type OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { RuleChangeDatesComponent } from '../rule-changes/rule-change-dates.component';
import { outcomeKeys } from '../rule-changes/rule-change-labels';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import type { RuleChange, RuleChangePage } from './supervision.models';
import { supervisionStyles } from './supervision.styles';

/**
 * Deadlines a new version of the rule packs recomputed, started or flagged, the longest waiting
 * first: the dates before and after on the forum's clock, why, and who leads the case. Each stays
 * pending until an attorney of the case acknowledges it on the case page.
 */
@Component({
  selector: 'amp-rule-changes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, RuleChangeDatesComponent],
  template: `
    <h2>{{ i18n.t('supervision.ruleChanges.title') }}</h2>
    <p>{{ i18n.t('supervision.ruleChanges.intro') }}</p>
    <div class="filters" role="group" [attr.aria-label]="i18n.t('supervision.ruleChanges.show')">
      <button
        mat-stroked-button
        type="button"
        [attr.aria-pressed]="status() === 'pending'"
        (click)="show('pending')"
      >
        {{ i18n.t('supervision.ruleChanges.pending') }}
      </button>
      <button
        mat-stroked-button
        type="button"
        [attr.aria-pressed]="status() === 'all'"
        (click)="show('all')"
      >
        {{ i18n.t('supervision.ruleChanges.all') }}
      </button>
    </div>
    <div role="alert" class="error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (page(); as page) {
      @if (page.items.length === 0) {
        <p class="empty" data-testid="rule-changes-empty">
          {{ i18n.t('supervision.ruleChanges.none') }}
        </p>
      } @else {
        @if (page.total > page.items.length) {
          <p class="secondary">
            {{
              i18n.t('supervision.ruleChanges.count', {
                shown: page.items.length,
                total: page.total,
              })
            }}
          </p>
        }
        <div class="table-scroll">
          <table data-testid="rule-changes">
            <caption class="visually-hidden">
              {{
                i18n.t('supervision.ruleChanges.title')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.case') }}</th>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.deadline') }}</th>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.change') }}</th>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.dates') }}</th>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.why') }}</th>
                <th scope="col">{{ i18n.t('supervision.ruleChanges.state') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (item of page.items; track item.id) {
                <tr [attr.data-testid]="'rule-change-' + item.id">
                  <th scope="row">
                    <a [routerLink]="caseLink(item.caseId)">{{ item.caseReference }}</a>
                    <span class="secondary">{{ leadText(item) }}</span>
                  </th>
                  <td>
                    {{ item.ruleTitle[i18n.language()] }}
                    <span class="secondary">{{ item.ruleId }}</span>
                  </td>
                  <td>
                    <span class="flag" [class.grave]="item.outcome !== 'unchanged'">{{
                      i18n.t(outcomeKeys[item.outcome])
                    }}</span>
                    <span class="secondary">{{ versions(item) }}</span>
                  </td>
                  <td><amp-rule-change-dates [notice]="item" /></td>
                  <td>{{ item.reason[i18n.language()] }}</td>
                  <td>
                    @if (item.acknowledgement; as ack) {
                      {{
                        i18n.t('supervision.ruleChanges.acknowledgedBy', {
                          name: nameOf(ack.by),
                          time: when(ack.at),
                        })
                      }}
                      @if (ack.note) {
                        <span class="secondary">{{ ack.note }}</span>
                      }
                    } @else {
                      {{
                        i18n.t('supervision.ruleChanges.waiting', { time: when(item.createdAt) })
                      }}
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    ${supervisionStyles}
    .filters {
      display: flex;
      gap: 8px;
      margin-block: 8px 12px;
    }
    .filters button[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
    }
  `,
})
export class RuleChangesPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly directory = inject(OfficeDirectory);

  protected readonly outcomeKeys = outcomeKeys;
  protected readonly status = signal<'pending' | 'all'>('pending');
  protected readonly page = signal<RuleChangePage | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected show(status: 'pending' | 'all'): void {
    if (status === this.status()) return;
    this.status.set(status);
    this.load();
  }

  private load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.ruleChanges(this.status()).subscribe({
      next: (page) => {
        this.page.set(page);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected versions(item: RuleChange): string {
    return item.fromVersion
      ? this.i18n.t('ruleChange.versions', { from: item.fromVersion, to: item.toVersion })
      : this.i18n.t('ruleChange.newIn', { to: item.toVersion });
  }

  protected leadText(item: RuleChange): string {
    const name = this.directory.nameOf(item.leadAttorneyId);
    return name
      ? this.i18n.t('supervision.ruleChanges.lead', { name })
      : this.i18n.t('supervision.ruleChanges.noLead');
  }

  protected nameOf(userId: string | null): string {
    return this.directory.nameOf(userId) ?? this.i18n.t('supervision.someone');
  }

  protected when(iso: string): string {
    return this.i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }
}
