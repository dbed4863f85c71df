import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth';
import { TranslationService } from '../../core/i18n';
import { Ticker, ZonedTimeComponent } from '../../core/time';
import { readingText, toneClass } from '../case-shared/deadline-reading';
import { routeUrls } from '../../route-paths';
import { custodyText, priorityKeys, ruleStatusKeys, stageKeys } from './case-labels';
import { caseTabs } from './case-tabs';
import { CaseStore } from './case.store';
import { caseTabStyles } from './case.styles';

/**
 * One case: a header with who, where and the clock that runs, then a tab per part of the work
 * (the tabs are child routes, see case-tabs.ts). The store is provided here, so every tab of this
 * case shares what was loaded and each case starts afresh.
 */
@Component({
  selector: 'amp-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CaseStore],
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, ZonedTimeComponent],
  template: `
    @if (store.loadError(); as error) {
      <h1>{{ i18n.t('case.title') }}</h1>
      <p role="alert" class="error" data-testid="case-load-error">
        {{ i18n.t(error.key, error.params) }}
      </p>
      <a [routerLink]="links.caseload">{{ i18n.t('case.backToCaseload') }}</a>
    } @else if (store.record(); as record) {
      @if (record.archivedAt; as archivedAt) {
        <p class="archived" data-testid="case-archived">
          {{
            i18n.t('case.archived.banner', {
              date: i18n.formatDate(archivedAt, { dateStyle: 'long', timeZone: record.timeZone }),
            })
          }}
        </p>
      }
      @let summary = header();
      <header
        class="case-header"
        data-testid="case-header"
        [attr.data-state]="summary.lead?.state ?? 'none'"
        [attr.data-rule]="summary.lead?.ruleId ?? ''"
        [attr.data-missed]="summary.counts.missed"
        [attr.data-openings]="summary.counts.openings"
        [attr.data-act-now]="summary.counts.actNow"
        [attr.data-history]="summary.counts.history"
      >
        <div class="identity">
          <h1 data-testid="case-client">{{ record.clientName }}</h1>
          <p class="where">
            <span>{{ store.jurisdictionName() }}</span>
            <span aria-hidden="true">·</span>
            <span data-testid="case-procedure">{{ store.procedureTitle() }}</span>
            <span aria-hidden="true">·</span>
            <span>{{ record.forum || i18n.t('case.noForum') }}</span>
          </p>
          <ul class="badges plain-list" [attr.aria-label]="i18n.t('case.statusList')">
            <li
              class="badge"
              [class.detained]="record.custodyStatus === 'detained'"
              data-testid="case-custody"
            >
              {{ i18n.t('case.custodyLabel', { value: custodyText(i18n, record) }) }}
            </li>
            <li class="badge" data-testid="case-stage">
              {{ i18n.t('case.stageLabel', { value: i18n.t(stageKeys[record.stage]) }) }}
            </li>
            @if (record.priority !== 'normal') {
              <li class="badge priority">
                {{ i18n.t('case.priorityLabel', { value: i18n.t(priorityKeys[record.priority]) }) }}
              </li>
            }
            <li class="badge reference">{{ record.reference }}</li>
          </ul>
        </div>
        @if (summary.clocks.length > 0) {
          <ul
            class="clocks plain-list"
            [attr.aria-label]="i18n.t('case.clock.list')"
            data-testid="case-clocks"
          >
            @for (clock of summary.clocks; track clock.id) {
              <li
                [class]="'clock ' + clock.tone"
                data-testid="case-clock"
                [attr.data-state]="clock.state"
              >
                <h2 [id]="'case-clock-' + clock.id">{{ clock.title }}</h2>
                <p class="countdown" role="timer" [attr.aria-labelledby]="'case-clock-' + clock.id">
                  {{ clock.countdown }}
                </p>
                @if (clock.dueAt) {
                  <p class="due">
                    {{ i18n.t('case.clock.due') }}
                    <amp-zoned-time [instant]="clock.dueAt" [zone]="clock.zone" />
                  </p>
                }
                @if (clock.latestDueAt; as latest) {
                  <p class="due">
                    {{ i18n.t('case.clock.latest') }}
                    <amp-zoned-time [instant]="latest" [zone]="clock.zone" />
                  </p>
                }
                @if (clock.ruleStatus !== 'verified') {
                  <p class="flag">{{ i18n.t(ruleStatusKeys[clock.ruleStatus]) }}</p>
                }
              </li>
            }
            @if (summary.counts.missed > 0) {
              <li class="clock tone-missed" data-testid="case-count-missed">
                {{ i18n.t('stateCount.missed', { count: summary.counts.missed }) }}
              </li>
            }
            @if (summary.counts.openings > 0) {
              <li class="clock tone-opening" data-testid="case-count-openings">
                {{ i18n.t('stateCount.openings', { count: summary.counts.openings }) }}
              </li>
            }
          </ul>
        } @else if (store.deadlines()) {
          <p class="no-clock" data-testid="case-no-clock">{{ i18n.t('case.clock.none') }}</p>
        }
      </header>

      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="i18n.t('case.sections')">
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            [attr.data-testid]="'case-tab-' + tab.path"
            >{{ i18n.t(tab.label) }}</a
          >
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    } @else {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    }
  `,
  styles: [
    caseTabStyles,
    `
      .archived {
        margin: 0 0 12px;
        padding: 8px 12px;
        border-radius: 8px;
        border: 1px solid var(--mat-sys-outline);
        background: var(--mat-sys-surface-container-highest);
        color: var(--mat-sys-on-surface);
        font: var(--mat-sys-title-small);
      }
      .case-header {
        display: flex;
        flex-wrap: wrap;
        gap: 16px;
        justify-content: space-between;
        align-items: flex-start;
        margin-bottom: 8px;
      }
      h1 {
        font: var(--mat-sys-headline-small);
        margin: 0 0 4px;
      }
      .where {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0 0 8px;
        color: var(--mat-sys-on-surface-variant);
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .badge {
        padding: 2px 10px;
        border-radius: 8px;
        border: 1px solid var(--mat-sys-outline-variant);
        font: var(--mat-sys-label-large);
      }
      .badge.detained,
      .badge.priority {
        background: var(--mat-sys-error-container);
        color: var(--mat-sys-on-error-container);
        border-color: transparent;
      }
      .clocks {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        min-width: min(100%, 320px);
        max-width: 460px;
        padding: 12px 16px;
        border-radius: 12px;
        background: var(--mat-sys-tertiary-container);
        color: var(--mat-sys-on-tertiary-container);
      }
      .clock.tone-missed {
        background: var(--mat-sys-error-container);
        color: var(--mat-sys-on-error-container);
      }
      .clock.tone-opening {
        background: var(--mat-sys-tertiary);
        color: var(--mat-sys-on-tertiary);
      }
      .clock.tone-history,
      .clock.tone-done {
        background: var(--mat-sys-surface-container-high);
        color: var(--mat-sys-on-surface);
      }
      .clock h2 {
        font: var(--mat-sys-title-small);
        margin: 0;
      }
      .countdown {
        font: var(--mat-sys-headline-small);
        margin: 4px 0;
      }
      .due,
      .flag {
        font: var(--mat-sys-body-small);
        margin: 2px 0;
      }
      .flag {
        font-weight: 600;
      }
      .no-clock {
        color: var(--mat-sys-on-surface-variant);
      }
      .panel {
        display: block;
        padding-top: 16px;
      }
    `,
  ],
})
export class CasePage {
  protected readonly i18n = inject(TranslationService);
  protected readonly store = inject(CaseStore);
  private readonly auth = inject(AuthService);
  private readonly ticker = inject(Ticker);

  /** The case id from the address (`/cases/:id`). */
  readonly id = input.required<string>();

  protected readonly links = routeUrls;
  protected readonly custodyText = custodyText;
  protected readonly stageKeys = stageKeys;
  protected readonly priorityKeys = priorityKeys;
  protected readonly ruleStatusKeys = ruleStatusKeys;

  protected readonly tabs = computed(() =>
    caseTabs.filter((tab) => !tab.anyPermission || this.auth.canAny(tab.anyPermission)),
  );

  /** The header's clocks and counts, read as the caseload row reads them (CaseStore.summaryAt). */
  protected readonly header = computed(() => {
    const { lead, clocks, counts } = this.store.summaryAt(this.ticker.now());
    return {
      lead: lead ? { state: lead.reading.state, ruleId: lead.ruleId } : null,
      counts,
      clocks: clocks.map(({ deadline, reading }) => ({
        id: deadline.id,
        title: this.store.text(deadline.title),
        countdown: readingText(this.i18n, reading),
        state: reading.state,
        tone: toneClass(reading.tone),
        dueAt: deadline.effectiveDueAt,
        latestDueAt: deadline.overridden ? null : deadline.latestDueAt,
        zone: deadline.timeZone,
        ruleStatus: deadline.ruleStatus,
      })),
    };
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.load(id));
    });
  }
}
