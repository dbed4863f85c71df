import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { NOW } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { AcknowledgeDialog, type AcknowledgeResult } from './acknowledge.dialog';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import type { Escalation } from './supervision.models';
import { supervisionStyles } from './supervision.styles';
import { riskLevelKeys } from './supervision-labels';
import { relativeHours } from './zoned-time';

/**
 * Cases in grave danger (high or extreme risk) whose removal may come within 72 hours, gravest
 * and soonest first, with the reasons; a supervisor acknowledges each with what is being done.
 */
@Component({
  selector: 'amp-escalations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <h2>{{ i18n.t('supervision.escalations.title') }}</h2>
    <p>{{ i18n.t('supervision.escalations.intro') }}</p>
    <div role="status" class="status" data-testid="escalations-status">
      @if (done(); as done) {
        {{ i18n.t(done.key, done.params) }}
      }
    </div>
    <div role="alert" class="error" data-testid="escalations-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (escalations(); as escalations) {
      @if (escalations.length === 0) {
        <p class="empty">{{ i18n.t('supervision.escalations.none') }}</p>
      }
      <ul class="cards">
        @for (item of escalations; track item.caseId) {
          <li class="card" [attr.data-testid]="'escalation-' + item.caseId">
            <h3>
              <a [routerLink]="caseLink(item.caseId)">{{ item.caseReference }}</a>
              <span class="flag grave">{{ i18n.t(levelKeys[item.level]) }}</span>
            </h3>
            <p class="secondary">
              {{
                i18n.t('supervision.escalations.meta', {
                  lead: leadName(item),
                  version: item.version,
                  time: i18n.formatDate(item.assessedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })
              }}
            </p>
            <h4>{{ i18n.t('supervision.escalations.clock') }}</h4>
            <ul>
              @for (clock of item.clocks; track clock.source) {
                <li>
                  {{ clock.text[i18n.language()] }}
                  @if (clock.until; as until) {
                    <span class="secondary"
                      >{{ i18n.t('supervision.escalations.until', { time: zoned(until) }) }} ·
                      {{ relative(until) }}</span
                    >
                  } @else {
                    <span class="secondary">{{ i18n.t('supervision.escalations.noEnd') }}</span>
                  }
                </li>
              }
            </ul>
            <h4>{{ i18n.t('supervision.escalations.reasons') }}</h4>
            <ul>
              @for (reason of item.reasons; track reason.ruleId) {
                <li>
                  {{ reason.text[i18n.language()] }}
                  <span class="flag">{{ i18n.t(levelKeys[reason.level]) }}</span>
                </li>
              }
            </ul>
            <button
              mat-flat-button
              type="button"
              [attr.aria-label]="
                i18n.t('supervision.escalations.acknowledgeCase', { case: item.caseReference })
              "
              (click)="acknowledge(item)"
            >
              {{ i18n.t('supervision.escalations.acknowledge') }}
            </button>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ${supervisionStyles}
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 360px), 1fr));
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      display: flex;
      gap: 8px;
      align-items: center;
      flex-wrap: wrap;
      margin: 0;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin-block: 12px 4px;
    }
    .card ul {
      padding-inline-start: 20px;
      margin: 0;
    }
    .card button {
      margin-top: 12px;
    }
  `,
})
export class EscalationsPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly dialogs = inject(MatDialog);
  private readonly directory = inject(OfficeDirectory);
  private readonly clock = inject(NOW);

  protected readonly levelKeys = riskLevelKeys;
  protected readonly escalations = signal<Escalation[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);
  protected readonly done = signal<Notice | null>(null);
  private readonly now = signal(this.clock());

  constructor() {
    const timer = setInterval(() => this.now.set(this.clock()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  ngOnInit(): void {
    this.load();
  }

  private load(): void {
    this.api.escalations().subscribe({
      next: (items) => {
        this.escalations.set(items);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected acknowledge(item: Escalation): void {
    this.dialogs
      .open<AcknowledgeDialog, Escalation, AcknowledgeResult>(AcknowledgeDialog, {
        data: item,
        width: '560px',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.escalations.update((items) => items?.filter((i) => i.caseId !== item.caseId) ?? null);
        this.error.set(null);
        this.done.set({
          key:
            'ack' in result
              ? 'supervision.escalations.acknowledged'
              : 'supervision.escalations.gone',
          params: { case: item.caseReference },
        });
        // Re-read: another escalation may have appeared, or the case's state changed.
        if ('gone' in result) this.load();
      });
  }

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected leadName(item: Escalation): string {
    return item.leadAttorneyId
      ? (this.directory.nameOf(item.leadAttorneyId) ?? this.i18n.t('supervision.someone'))
      : this.i18n.t('supervision.deadlines.noLead');
  }

  /** Escalation windows carry no forum zone of their own: the person's clock, said so. */
  protected zoned(iso: string): string {
    const time = this.i18n.formatDate(iso, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    return this.i18n.t('supervision.time.yours', { time });
  }

  protected relative(iso: string): string {
    return relativeHours(this.i18n, iso, this.now());
  }
}
