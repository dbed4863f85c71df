import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, type Params, Router, RouterLink } from '@angular/router';
import { catchError, map, of, switchMap } from 'rxjs';
import { AuthService, NOW } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { localDateKey, Ticker, USER_TIME_ZONE } from '../../core/time';
import { stateLabel, toneClass } from '../case-shared/deadline-reading';
import { CaseloadApi } from '../caseload/caseload.api';
import { CalendarApi } from './calendar.api';
import { CalendarFeedComponent } from './calendar-feed.component';
import { byDate, toEntries } from './calendar-entries';
import {
  addDays,
  type CalendarView,
  dateKeyToDisplayInstant,
  isDateKey,
  monthWeeks,
  shiftDate,
  visibleRange,
  type WeekStart,
  weekDays,
} from './calendar-grid';

/** Entries a month cell lists before "+ n more" (the week view and the agenda list all). */
const MONTH_CELL_ENTRIES = 3;
const compactQuery = '(max-width: 839.98px)';

/**
 * Month and week views of the person's deadlines (a supervisor's: the office's), each on its
 * forum's date, hour clocks with their forum time and the person's own when it differs. On a
 * phone the grid becomes a list of the days that have deadlines. View and date live in the
 * address bar.
 */
@Component({
  selector: 'amp-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CalendarFeedComponent, MatButtonModule, NgTemplateOutlet, RouterLink],
  template: `
    <h1>{{ i18n.t('calendar.title') }}</h1>
    <div class="toolbar">
      <div class="views" role="group" [attr.aria-label]="i18n.t('calendar.viewLabel')">
        <button
          mat-stroked-button
          type="button"
          [attr.aria-pressed]="view() === 'month'"
          [class.selected]="view() === 'month'"
          (click)="go({ view: 'month' })"
        >
          {{ i18n.t('calendar.month') }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [attr.aria-pressed]="view() === 'week'"
          [class.selected]="view() === 'week'"
          (click)="go({ view: 'week' })"
        >
          {{ i18n.t('calendar.week') }}
        </button>
      </div>
      <div class="nav">
        <button mat-button type="button" (click)="go({ date: shift(-1) })">
          {{ i18n.t(view() === 'month' ? 'calendar.previousMonth' : 'calendar.previousWeek') }}
        </button>
        <button mat-button type="button" (click)="go({ date: today() })">
          {{ i18n.t('calendar.today') }}
        </button>
        <button mat-button type="button" (click)="go({ date: shift(1) })">
          {{ i18n.t(view() === 'month' ? 'calendar.nextMonth' : 'calendar.nextWeek') }}
        </button>
      </div>
      <h2 class="period" aria-live="polite" data-testid="calendar-period">{{ periodTitle() }}</h2>
    </div>

    <div role="alert" class="error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>
    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }

    <ng-template #entryTemplate let-entry>
      <a
        class="entry"
        [routerLink]="caseLink(entry.caseId)"
        [class]="'entry ' + toneClass(entry.tone)"
        [attr.data-state]="entry.state"
        [attr.data-deadline]="entry.id"
        [class.urgent]="entry.urgent"
        data-testid="calendar-entry"
      >
        <span class="when">{{ entry.time ?? i18n.t('calendar.allDay') }}</span>
        <span class="what">{{ entry.title }}</span>
        <span class="who">{{ clientOf(entry.caseId) }}</span>
        @if (entry.yours) {
          <span class="yours">{{ entry.yours }}</span>
        }
        <span class="tags">
          @if (entry.state !== 'running' && entry.state !== 'watch') {
            <span class="tag" data-testid="calendar-state">{{
              stateLabel(i18n, entry.state)
            }}</span>
          }
          @if (entry.possibleRange) {
            <span class="tag">{{ i18n.t('calendar.possibleRange') }}</span>
          }
          @if (entry.ruleStatus === 'unverified') {
            <span class="tag warn">{{ i18n.t('caseload.rule.unverified') }}</span>
          }
        </span>
      </a>
    </ng-template>

    @if (compact()) {
      <ol class="agenda" data-testid="calendar-agenda">
        @for (day of agendaDays(); track day.date) {
          <li>
            <h3 [class.today]="day.date === today()">{{ dayTitle(day.date) }}</h3>
            <ul>
              @for (entry of day.entries; track entry.id) {
                <li>
                  <ng-container
                    [ngTemplateOutlet]="entryTemplate"
                    [ngTemplateOutletContext]="{ $implicit: entry }"
                  />
                </li>
              }
            </ul>
          </li>
        } @empty {
          <li class="none">{{ i18n.t('calendar.nothing') }}</li>
        }
      </ol>
    } @else {
      <table class="grid" [class.week]="view() === 'week'" data-testid="calendar-grid">
        <caption class="visually-hidden">
          {{
            periodTitle()
          }}
        </caption>
        <thead>
          <tr>
            @for (day of weeks()[0]; track day) {
              <th scope="col">{{ weekdayName(day) }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week[0]) {
            <tr>
              @for (day of week; track day) {
                <td
                  [class.outside]="view() === 'month' && day.slice(0, 7) !== date().slice(0, 7)"
                  [class.today]="day === today()"
                  [attr.aria-current]="day === today() ? 'date' : null"
                >
                  <span class="day-number">{{ dayNumber(day) }}</span>
                  @let entries = entriesByDate().get(day) ?? [];
                  <ul>
                    @for (
                      entry of view() === 'month' ? entries.slice(0, cellEntries) : entries;
                      track entry.id
                    ) {
                      <li>
                        <ng-container
                          [ngTemplateOutlet]="entryTemplate"
                          [ngTemplateOutletContext]="{ $implicit: entry }"
                        />
                      </li>
                    }
                  </ul>
                  @if (view() === 'month' && entries.length > cellEntries) {
                    <button
                      mat-button
                      type="button"
                      class="more"
                      (click)="go({ view: 'week', date: day })"
                    >
                      {{
                        i18n.t('calendar.more', {
                          count: i18n.formatNumber(entries.length - cellEntries),
                        })
                      }}
                    </button>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    }

    <amp-calendar-feed />
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .views {
      display: flex;
      gap: 4px;
    }
    .views .selected {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .period {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .grid {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
    }
    th {
      font: var(--mat-sys-label-large);
      padding: 4px;
      text-align: left;
    }
    td {
      vertical-align: top;
      height: 112px;
      padding: 4px;
      border: 1px solid var(--mat-sys-outline-variant);
      overflow: hidden;
    }
    .week td {
      height: 360px;
    }
    td.outside {
      background: var(--mat-sys-surface-container-low);
    }
    td.outside .day-number {
      color: var(--mat-sys-on-surface-variant);
    }
    td.today .day-number,
    h3.today {
      color: var(--mat-sys-primary);
      font-weight: 700;
    }
    .day-number {
      font: var(--mat-sys-label-large);
    }
    ul,
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .entry {
      display: flex;
      flex-direction: column;
      margin-top: 4px;
      padding: 2px 6px;
      border-radius: 6px;
      border-left: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      color: inherit;
      text-decoration: none;
      font: var(--mat-sys-body-small);
      overflow: hidden;
    }
    .entry.urgent {
      border-left-color: var(--mat-sys-error);
    }
    .entry.tone-done,
    .entry.tone-history {
      opacity: 0.75;
    }
    .entry[data-state='met'] .what {
      text-decoration: line-through;
    }
    .entry.tone-missed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .entry.tone-opening {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .entry.tone-warning {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .when {
      font-weight: 600;
    }
    .what,
    .who,
    .yours {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .grid .yours {
      font-size: 0.9em;
    }
    .week .what,
    .week .who,
    .week .yours {
      white-space: normal;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 2px;
    }
    .tag {
      font: var(--mat-sys-label-small);
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .tag.warn {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .more {
      font: var(--mat-sys-label-small);
      min-width: 0;
      padding: 0 4px;
    }
    .agenda h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    .agenda .entry {
      padding: 6px 8px;
      font: var(--mat-sys-body-medium);
    }
    .agenda .what,
    .agenda .who {
      white-space: normal;
    }
  `,
})
export class CalendarPage {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(CalendarApi);
  private readonly caseload = inject(CaseloadApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly userZone = inject(USER_TIME_ZONE);
  private readonly now = inject(NOW);
  private readonly ticker = inject(Ticker);

  protected readonly cellEntries = MONTH_CELL_ENTRIES;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(compactQuery)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly today = signal(localDateKey(this.now(), this.userZone));
  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly view = computed<CalendarView>(() =>
    this.queryParams()['view'] === 'week' ? 'week' : 'month',
  );
  protected readonly date = computed(() => {
    const date: unknown = this.queryParams()['date'];
    return isDateKey(date) ? date : this.today();
  });
  /** Weeks start on Sunday in the United States' English, on Monday in Latin America. */
  private readonly weekStart = computed<WeekStart>(() => (this.i18n.language() === 'en' ? 0 : 1));
  protected readonly weeks = computed(() =>
    this.view() === 'week'
      ? [weekDays(this.date(), this.weekStart())]
      : monthWeeks(this.date(), this.weekStart()),
  );
  private readonly range = computed(() => visibleRange(this.date(), this.view(), this.weekStart()));

  protected readonly error = signal<Notice | null>(null);
  protected readonly loading = signal(true);
  /** Supervisors see the office's deadlines; everyone else, the cases they lead or work. */
  private readonly assignee = computed(() =>
    this.auth.can('cases.read-all') ? null : (this.auth.user()?.id ?? null),
  );

  private readonly deadlines = toSignal(
    toObservable(computed(() => ({ ...this.range(), assignee: this.assignee() }))).pipe(
      switchMap(({ first, last, assignee }) => {
        this.loading.set(true);
        this.error.set(null);
        // The visible dates widened by a day on each side cover every zone's local date.
        const dueAfter = new Date(Date.parse(`${addDays(first, -1)}T00:00:00Z`)).toISOString();
        const dueBefore = new Date(Date.parse(`${addDays(last, 2)}T00:00:00Z`)).toISOString();
        return this.api.deadlines(dueAfter, dueBefore, assignee).pipe(
          catchError((error: unknown) => {
            this.error.set(errorNotice(error));
            return of([]);
          }),
        );
      }),
      map((deadlines) => {
        this.loading.set(false);
        return deadlines;
      }),
    ),
    { initialValue: [] },
  );

  /** Client names for the entries: the person's cases, soonest deadline first (one request). */
  private readonly clients = toSignal(
    toObservable(this.assignee).pipe(
      switchMap((assignee) =>
        this.caseload
          .page({ limit: '200', sort: 'next-deadline', ...(assignee ? { assignee } : {}) })
          .pipe(
            map((page) => new Map(page.rows.map((row) => [row.id, row.clientName]))),
            catchError(() => of(new Map<string, string>())),
          ),
      ),
    ),
    { initialValue: new Map<string, string>() },
  );

  private readonly entries = computed(() =>
    toEntries(this.i18n, this.deadlines(), this.userZone, this.ticker.now()).filter(
      (entry) => entry.date >= this.range().first && entry.date <= this.range().last,
    ),
  );
  protected readonly entriesByDate = computed(() => byDate(this.entries()));
  protected readonly agendaDays = computed(() =>
    [...this.entriesByDate()].map(([date, entries]) => ({ date, entries })),
  );

  protected readonly periodTitle = computed(() => {
    if (this.view() === 'month') {
      return this.i18n.formatDate(dateKeyToDisplayInstant(this.date()), {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    }
    const { first, last } = this.range();
    return this.i18n.t('calendar.weekOf', {
      first: this.i18n.formatDate(dateKeyToDisplayInstant(first), {
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }),
      last: this.i18n.formatDate(dateKeyToDisplayInstant(last), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    });
  });

  protected readonly stateLabel = stateLabel;
  protected readonly toneClass = toneClass;

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected clientOf(caseId: string): string {
    return this.clients().get(caseId) ?? this.i18n.t('calendar.case');
  }

  protected shift(step: number): string {
    return shiftDate(this.date(), this.view(), step);
  }

  protected weekdayName(day: string): string {
    return this.i18n.formatDate(dateKeyToDisplayInstant(day), {
      weekday: this.view() === 'week' ? 'long' : 'short',
      ...(this.view() === 'week' ? { day: 'numeric', month: 'short' } : {}),
      timeZone: 'UTC',
    });
  }

  protected dayNumber(day: string): string {
    return this.i18n.formatNumber(Number(day.slice(8)));
  }

  protected dayTitle(day: string): string {
    return this.i18n.formatDate(dateKeyToDisplayInstant(day), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
  }

  protected go(change: { view?: CalendarView; date?: string }): void {
    const view = change.view ?? this.view();
    const date = change.date ?? this.date();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        view: view === 'month' ? null : view,
        date: date === this.today() ? null : date,
      },
      replaceUrl: true,
    });
  }
}
