import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AUDIT_BUCKETS } from '@amparo/domain/deadline-status';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { routeUrls } from '../../route-paths';
import { SupervisionApi } from './supervision.api';
import type { SupervisionStats } from './supervision.models';
import { supervisionStyles } from './supervision.styles';
import { auditBucketKeys, riskLevelKeys } from './supervision-labels';

type WeekStatus = 'open' | 'met' | 'missed' | 'waived' | 'openings' | 'history';
const weekStatuses: readonly WeekStatus[] = [
  'missed',
  'openings',
  'open',
  'met',
  'waived',
  'history',
];

/** Percentage of the largest value, for a bar's width (a zero value keeps a visible sliver off). */
function share(value: number, max: number): number {
  return max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
}

/**
 * The office at a glance: caseload per lead attorney, the latest risk level of open cases, and
 * deadlines per week by status. Each chart is a table (numbers read out by screen readers, in
 * the tab order) with its bars drawn in CSS beside the numbers: no chart library needed.
 */
@Component({
  selector: 'amp-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink],
  template: `
    <h2>{{ i18n.t('supervision.overview.title') }}</h2>
    <p>{{ i18n.t('supervision.overview.intro') }}</p>
    <div role="alert" class="error" data-testid="overview-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (stats(); as stats) {
      <p class="secondary">
        {{ i18n.t('supervision.overview.asOf', { time: when(stats.generatedAt) }) }}
        <button mat-button type="button" (click)="load()">
          {{ i18n.t('supervision.refresh') }}
        </button>
      </p>
      <section aria-labelledby="overview-audit" data-testid="overview-audit">
        <h3 id="overview-audit">{{ i18n.t('supervision.deadlines.title') }}</h3>
        <ul class="audit-counts plain-list">
          @for (bucket of buckets; track bucket) {
            <li
              [attr.data-testid]="'overview-count-' + bucket"
              [attr.data-count]="stats.audit[bucket]"
            >
              <a [routerLink]="auditLink">{{ i18n.t(bucketKeys[bucket]) }}</a>:
              <strong>{{ i18n.formatNumber(stats.audit[bucket]) }}</strong>
            </li>
          }
        </ul>
      </section>
      <div class="charts">
        <section aria-labelledby="chart-caseload" class="chart">
          <h3 id="chart-caseload">{{ i18n.t('supervision.overview.caseload') }}</h3>
          <ul class="legend" aria-hidden="true">
            <li><span class="swatch s-open"></span>{{ i18n.t('supervision.overview.cases') }}</li>
            <li>
              <span class="swatch s-missed"></span>{{ i18n.t('supervision.overview.graveRisk') }}
            </li>
          </ul>
          <table data-testid="chart-caseload">
            <caption class="visually-hidden">
              {{
                i18n.t('supervision.overview.caseload')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ i18n.t('supervision.deadlines.lead') }}</th>
                <th scope="col">{{ i18n.t('supervision.overview.cases') }}</th>
                <th scope="col">{{ i18n.t('supervision.overview.graveRisk') }}</th>
                <th scope="col">{{ i18n.t('supervision.overview.dueSoon') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of stats.caseloadByAttorney; track row.attorneyId) {
                <tr>
                  <th scope="row">
                    {{ row.name ?? i18n.t('supervision.deadlines.noLead') }}
                    <span class="bar" aria-hidden="true">
                      <span class="fill cases" [style.width.%]="caseShare(row.cases)"></span>
                      <span class="fill grave" [style.width.%]="caseShare(row.graveRisk)"></span>
                    </span>
                  </th>
                  <td class="num">{{ i18n.formatNumber(row.cases) }}</td>
                  <td class="num">{{ i18n.formatNumber(row.graveRisk) }}</td>
                  <td class="num">{{ i18n.formatNumber(row.dueSoon) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </section>

        <section aria-labelledby="chart-risk" class="chart">
          <h3 id="chart-risk">{{ i18n.t('supervision.overview.risk') }}</h3>
          <table data-testid="chart-risk">
            <caption class="visually-hidden">
              {{
                i18n.t('supervision.overview.risk')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ i18n.t('supervision.overview.level') }}</th>
                <th scope="col">{{ i18n.t('supervision.overview.cases') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of stats.riskLevels; track row.level) {
                <tr>
                  <th scope="row">
                    {{
                      row.level === 'none'
                        ? i18n.t('supervision.overview.notAssessed')
                        : i18n.t(levelKeys[row.level])
                    }}
                    <span class="bar" aria-hidden="true">
                      <span
                        class="fill"
                        [class]="'fill level-' + row.level"
                        [style.width.%]="riskShare(row.cases)"
                      ></span>
                    </span>
                  </th>
                  <td class="num">{{ i18n.formatNumber(row.cases) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </section>

        <section aria-labelledby="chart-weeks" class="chart wide">
          <h3 id="chart-weeks">
            {{ i18n.t('supervision.overview.weeks', { zone: stats.timeZone }) }}
          </h3>
          <ul class="legend" aria-hidden="true">
            @for (status of statuses; track status) {
              <li>
                <span class="swatch" [class]="'swatch s-' + status"></span
                >{{ i18n.t(statusKeys[status]) }}
              </li>
            }
          </ul>
          <div class="table-scroll">
            <table data-testid="chart-weeks">
              <caption class="visually-hidden">
                {{
                  i18n.t('supervision.overview.weeks', { zone: stats.timeZone })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ i18n.t('supervision.overview.week') }}</th>
                  @for (status of statuses; track status) {
                    <th scope="col">{{ i18n.t(statusKeys[status]) }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (week of stats.deadlinesPerWeek; track week.weekStart) {
                  <tr [class.current]="week.weekStart === currentWeek()">
                    <th scope="row">
                      {{ weekText(week.weekStart) }}
                      @if (week.weekStart === currentWeek()) {
                        <span class="flag">{{ i18n.t('supervision.overview.thisWeek') }}</span>
                      }
                      <span class="bar stacked" aria-hidden="true">
                        @for (status of statuses; track status) {
                          <span
                            [class]="'fill s-' + status"
                            [style.width.%]="weekShare(week[status])"
                          ></span>
                        }
                      </span>
                    </th>
                    @for (status of statuses; track status) {
                      <td class="num">{{ i18n.formatNumber(week[status]) }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      </div>
    }
  `,
  styles: `
    ${supervisionStyles}
    .charts {
      display: grid;
      gap: 16px 32px;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
    }
    .chart.wide {
      grid-column: 1 / -1;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin-block: 16px 4px;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
      width: 4.5em;
    }
    .bar {
      display: flex;
      height: 10px;
      margin-top: 6px;
      background: var(--mat-sys-surface-container-high);
      border-radius: 5px;
      overflow: hidden;
      position: relative;
      min-width: 120px;
    }
    .bar:not(.stacked) .fill {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
    }
    .fill {
      display: block;
      height: 100%;
    }
    .fill.cases,
    .s-open {
      background: var(--mat-sys-primary);
    }
    .fill.grave,
    .level-extreme,
    .s-missed {
      background: var(--mat-sys-error);
    }
    .level-high {
      background: #c2410c;
    }
    .level-moderate {
      background: #b7791f;
    }
    .level-low {
      background: #2f855a;
    }
    .level-none {
      background: var(--mat-sys-outline);
    }
    .s-met {
      background: #2f855a;
    }
    .s-waived {
      background: var(--mat-sys-outline);
    }
    .s-openings {
      background: var(--mat-sys-tertiary);
    }
    .s-history {
      background: var(--mat-sys-outline-variant);
    }
    .audit-counts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 24px;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      margin: 0 0 4px;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 12px;
      height: 12px;
      border-radius: 2px;
      margin-inline-end: 6px;
      vertical-align: middle;
    }
    tr.current th {
      font-weight: 600;
    }
  `,
})
export class OverviewPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);

  protected readonly buckets = AUDIT_BUCKETS;
  protected readonly auditLink = routeUrls.supervisionDeadlines;
  protected readonly bucketKeys = auditBucketKeys;
  protected readonly levelKeys = riskLevelKeys;
  protected readonly statuses = weekStatuses;
  protected readonly statusKeys = {
    open: 'supervision.overview.s.open',
    met: 'supervision.overview.s.met',
    missed: 'supervision.overview.s.missed',
    waived: 'supervision.overview.s.waived',
    openings: 'supervision.overview.s.openings',
    history: 'supervision.overview.s.history',
  } as const;

  protected readonly stats = signal<SupervisionStats | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);

  private readonly maxCases = computed(() =>
    Math.max(0, ...(this.stats()?.caseloadByAttorney.map((row) => row.cases) ?? [])),
  );
  private readonly maxRisk = computed(() =>
    Math.max(0, ...(this.stats()?.riskLevels.map((row) => row.cases) ?? [])),
  );
  private readonly maxWeek = computed(() =>
    Math.max(
      0,
      ...(this.stats()?.deadlinesPerWeek.map((w) =>
        weekStatuses.reduce((sum, status) => sum + w[status], 0),
      ) ?? []),
    ),
  );
  /** The week that holds "now": the fifth listed (four weeks back). */
  protected readonly currentWeek = computed(() => this.stats()?.deadlinesPerWeek[4]?.weekStart);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.stats().subscribe({
      next: (stats) => {
        this.stats.set(stats);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected caseShare(value: number): number {
    return share(value, this.maxCases());
  }

  protected riskShare(value: number): number {
    return share(value, this.maxRisk());
  }

  protected weekShare(value: number): number {
    return share(value, this.maxWeek());
  }

  protected when(iso: string): string {
    return this.i18n.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected weekText(weekStart: string): string {
    return this.i18n.t('supervision.overview.weekOf', {
      date: this.i18n.formatDate(`${weekStart}T12:00:00Z`, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    });
  }
}
