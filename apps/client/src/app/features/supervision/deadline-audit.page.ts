import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { NOW } from '../../core/auth';
import { errorNotice, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import {
  AUDIT_BUCKETS,
  type AuditBucket,
  auditBucketOf,
  type DeadlineReading,
} from '@amparo/domain/deadline-status';
import type { Observable } from 'rxjs';
import {
  readingOf,
  readingText,
  stateLabel,
  toneClass,
  toneStyles,
} from '../case-shared/deadline-reading';
import { custodyLabel } from '../caseload/caseload-row.component';
import type { Deadline, DeadlineAuditRow } from './supervision.models';
import { supervisionStyles } from './supervision.styles';
import { auditBucketKeys } from './supervision-labels';
import { zonedTime } from './zoned-time';

export type AuditSection = AuditBucket;
const sections: readonly AuditSection[] = AUDIT_BUCKETS;
/** "Unassigned" in the attorney filter (no lead attorney yet). */
const UNLED = '-';
/** Rows drawn per section at first and per "Show more". */
export const AUDIT_PAGE_ROWS = 100;
const firstPage = (): Record<AuditSection, number> =>
  Object.fromEntries(sections.map((section) => [section, AUDIT_PAGE_ROWS])) as Record<
    AuditSection,
    number
  >;

/** A row of the audit read at `now` by the one status function, and the list it falls in. */
export function auditSectionOf(row: DeadlineAuditRow, now: number): AuditSection | null {
  return auditBucketOf(readingOf(row.deadline, now));
}

/**
 * The supervisor's deadline audit across the office, each deadline read by the one status
 * function: the office's misses, authorities' passed limits (openings), what falls due in the
 * next 48 hours, remedies to file at once, authorities' limits running out, history recorded
 * after it passed, and waivers with who and why. Every row names the person, custody, risk and
 * lead attorney, and can be opened, marked done or waived (with a reason) where it stands. Times
 * are in the forum's zone (what the law counts in) with the supervisor's own when it differs.
 */
@Component({
  selector: 'amp-deadline-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink],
  template: `
    <h2>{{ i18n.t('supervision.deadlines.title') }}</h2>
    <p>{{ i18n.t('supervision.deadlines.intro') }}</p>

    <div class="filters" role="search" [attr.aria-label]="i18n.t('supervision.filters')">
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.deadlines.show') }}</mat-label>
        <mat-select [value]="show()" (valueChange)="show.set($event)" data-testid="audit-show">
          <mat-option value="all">{{ i18n.t('supervision.deadlines.showAll') }}</mat-option>
          @for (section of sectionNames; track section) {
            <mat-option [value]="section">{{ i18n.t(sectionTitle[section]) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.deadlines.attorney') }}</mat-label>
        <mat-select [value]="attorney()" (valueChange)="attorney.set($event)">
          <mat-option value="">{{ i18n.t('supervision.deadlines.anyAttorney') }}</mat-option>
          @for (lead of leads(); track lead.id) {
            <mat-option [value]="lead.id">{{ lead.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.deadlines.search') }}</mat-label>
        <input matInput type="search" [value]="query()" (input)="query.set(valueOf($event))" />
        <mat-hint>{{ i18n.t('supervision.deadlines.searchHint') }}</mat-hint>
      </mat-form-field>
      <button mat-button type="button" (click)="load()" [disabled]="loading()">
        {{ i18n.t('supervision.refresh') }}
      </button>
    </div>

    <div role="alert" class="error" data-testid="audit-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>

    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (loaded()) {
      @for (section of visibleSections(); track section) {
        <section
          [attr.aria-labelledby]="'audit-' + section"
          [attr.data-testid]="'audit-' + section"
        >
          <h3 [id]="'audit-' + section">
            {{ i18n.t(sectionTitle[section]) }}
            <span class="count">({{ i18n.formatNumber(grouped()[section].length) }})</span>
          </h3>
          @if (grouped()[section].length === 0) {
            <p class="empty">{{ i18n.t(emptyText[section]) }}</p>
          } @else {
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  {{
                    i18n.t(sectionTitle[section])
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ i18n.t('supervision.deadlines.person') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.deadline') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.status') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.due') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.lead') }}</th>
                    @if (section === 'waived') {
                      <th scope="col">{{ i18n.t('supervision.deadlines.waivedBy') }}</th>
                      <th scope="col">{{ i18n.t('supervision.deadlines.reason') }}</th>
                    }
                    <th scope="col">{{ i18n.t('supervision.deadlines.actions') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (
                    item of grouped()[section].slice(0, shown()[section]);
                    track item.row.deadline.id
                  ) {
                    @let row = item.row.deadline;
                    @let matter = item.row.case;
                    <tr
                      [attr.data-testid]="'deadline-' + row.id"
                      [attr.data-state]="item.reading.state"
                      [attr.data-case]="matter.id"
                      [attr.data-rule]="row.ruleId"
                    >
                      <th scope="row">
                        <a [routerLink]="caseLink(matter.id)" data-testid="audit-person">{{
                          matter.clientName
                        }}</a>
                        <span class="secondary">{{ matter.reference }}</span>
                        <span class="secondary">
                          {{ custodyText(matter.custodyStatus, matter.clientGender) }} ·
                          {{
                            matter.riskLevel
                              ? i18n.t(riskKeys[matter.riskLevel])
                              : i18n.t('supervision.deadlines.noRisk')
                          }}
                        </span>
                      </th>
                      <td>
                        {{ row.title[i18n.language()] }}
                        @if (row.ruleStatus !== 'verified') {
                          <span class="flag">{{ i18n.t(ruleStatusText[row.ruleStatus]) }}</span>
                        }
                        @if (row.overridden) {
                          <span class="flag">{{ i18n.t('supervision.deadlines.overridden') }}</span>
                        }
                        <span class="secondary">{{ row.citation }}</span>
                      </td>
                      <td>
                        <span
                          [class]="'state ' + toneClass(item.reading.tone)"
                          data-testid="audit-state"
                          >{{ stateLabel(i18n, item.reading.state) }}</span
                        >
                        <span class="secondary">{{ readingText(i18n, item.reading) }}</span>
                      </td>
                      <td>
                        @if (row.effectiveDueAt; as due) {
                          <span>{{ zoned(due, row.timeZone).forum }}</span>
                          @if (zoned(due, row.timeZone).local; as local) {
                            <span class="secondary">{{ local }}</span>
                          }
                          @if (row.latestDueAt && !row.overridden) {
                            <span class="secondary">{{
                              i18n.t('supervision.deadlines.possiblyUntil', {
                                time: zoned(row.latestDueAt, row.timeZone).forum,
                              })
                            }}</span>
                          }
                        } @else {
                          {{ i18n.t('supervision.deadlines.noDate') }}
                        }
                      </td>
                      <td>
                        {{ matter.leadAttorneyName ?? i18n.t('supervision.deadlines.noLead') }}
                      </td>
                      @if (section === 'waived') {
                        <td>
                          {{ memberName(row.waiver?.by) }}
                          @if (row.waiver?.at; as at) {
                            <span class="secondary">{{ zoned(at, row.timeZone).forum }}</span>
                          }
                        </td>
                        <td>{{ row.waiver?.reason }}</td>
                      }
                      <td class="actions">
                        <a mat-button [routerLink]="caseLink(matter.id)">{{
                          i18n.t('supervision.deadlines.open')
                        }}</a>
                        @if (item.reading.pending && row.status !== 'waived') {
                          <button
                            mat-button
                            type="button"
                            data-testid="audit-complete"
                            [disabled]="busy() === row.id"
                            (click)="complete(item.row)"
                          >
                            {{ i18n.t('supervision.deadlines.complete') }}
                          </button>
                          @if (waiving() === row.id) {
                            <mat-form-field appearance="outline" class="reason">
                              <mat-label>{{
                                i18n.t('supervision.deadlines.waiveReason')
                              }}</mat-label>
                              <input
                                matInput
                                data-testid="audit-waive-reason"
                                [value]="reason()"
                                (input)="reason.set(valueOf($event))"
                              />
                            </mat-form-field>
                            <button
                              mat-stroked-button
                              type="button"
                              data-testid="audit-waive-confirm"
                              [disabled]="!reason().trim() || busy() === row.id"
                              (click)="waive(item.row)"
                            >
                              {{ i18n.t('supervision.deadlines.confirmWaive') }}
                            </button>
                            <button mat-button type="button" (click)="waiving.set(null)">
                              {{ i18n.t('supervision.deadlines.cancel') }}
                            </button>
                          } @else {
                            <button
                              mat-button
                              type="button"
                              data-testid="audit-waive"
                              (click)="startWaiving(row.id)"
                            >
                              {{ i18n.t('supervision.deadlines.waive') }}
                            </button>
                          }
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            @if (grouped()[section].length > shown()[section]) {
              <button
                mat-stroked-button
                type="button"
                class="more"
                [attr.data-testid]="'audit-more-' + section"
                (click)="showMore(section)"
              >
                {{
                  i18n.t('supervision.deadlines.showMore', {
                    shown: i18n.formatNumber(shown()[section]),
                    total: i18n.formatNumber(grouped()[section].length),
                  })
                }}
              </button>
            }
          }
        </section>
      }
    }
  `,
  styles: `
    ${supervisionStyles}
    h3 {
      font: var(--mat-sys-title-medium);
      margin-block: 24px 4px;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      margin-block-start: 8px;
    }
    .state {
      padding: 2px 8px;
      border-radius: 8px;
      font: var(--mat-sys-label-large);
    }
    .actions {
      white-space: nowrap;
    }
    .reason {
      width: 24ch;
    }
    ${toneStyles}
  `,
})
export class DeadlineAuditPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly directory = inject(OfficeDirectory);
  private readonly clock = inject(NOW);

  protected readonly sectionNames = sections;
  protected readonly sectionTitle = auditBucketKeys;
  protected readonly emptyText = {
    dueSoon: 'supervision.deadlines.noneDueSoon',
    missed: 'supervision.deadlines.noneMissed',
    openings: 'supervision.deadlines.noneOpenings',
    actNow: 'supervision.deadlines.noneActNow',
    watch: 'supervision.deadlines.noneWatch',
    history: 'supervision.deadlines.noneHistory',
    waived: 'supervision.deadlines.noneWaived',
  } as const satisfies Record<AuditSection, MessageKey>;
  protected readonly ruleStatusText = {
    secondary: 'supervision.ruleStatus.secondary',
    unverified: 'supervision.ruleStatus.unverified',
  } as const;
  protected readonly riskKeys = {
    low: 'caseload.risk.low',
    moderate: 'caseload.risk.moderate',
    high: 'caseload.risk.high',
    extreme: 'caseload.risk.extreme',
  } as const;
  protected readonly stateLabel = stateLabel;
  protected readonly readingText = readingText;
  protected readonly toneClass = toneClass;

  private readonly rows = signal<DeadlineAuditRow[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly waiving = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly loaded = signal(false);
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);
  protected readonly now = signal(this.clock());

  protected readonly show = signal<'all' | AuditSection>('all');
  protected readonly attorney = signal('');
  protected readonly query = signal('');

  /**
   * Rows drawn per section. An office's history of missed and waived deadlines grows for years
   * (thousands at the bench's scale); drawing them all would freeze a phone, so each section
   * shows the most relevant first and more on request. Counts and filters cover every row.
   */
  protected readonly shown = signal<Record<AuditSection, number>>(firstPage());

  protected readonly visibleSections = computed(() => {
    const show = this.show();
    return show === 'all' ? sections : [show];
  });

  /** Lead attorneys present in the rows, named, plus "no lead attorney" when some have none. */
  protected readonly leads = computed(() => {
    const names = new Map(
      this.rows().map((row) => [row.case.leadAttorneyId ?? UNLED, row.case.leadAttorneyName]),
    );
    return [...names]
      .map(([id, name]) => ({
        id,
        name:
          id === UNLED
            ? this.i18n.t('supervision.deadlines.noLead')
            : (name ?? this.memberName(id)),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()));
  });

  /** Each row read now by the one status function, in the list that reading puts it. */
  protected readonly grouped = computed(() => {
    const attorney = this.attorney();
    const query = this.query().trim().toLocaleLowerCase();
    const now = this.now();
    const groups = Object.fromEntries(
      sections.map((section) => [section, []]),
    ) as unknown as Record<AuditSection, { row: DeadlineAuditRow; reading: DeadlineReading }[]>;
    for (const row of this.rows()) {
      if (attorney && (row.case.leadAttorneyId ?? UNLED) !== attorney) continue;
      if (
        query &&
        ![row.case.reference, row.case.clientName, row.deadline.title[this.i18n.language()]].some(
          (text) => text.toLocaleLowerCase().includes(query),
        )
      ) {
        continue;
      }
      const reading = readingOf(row.deadline, now);
      const section = auditBucketOf(reading);
      if (section) groups[section].push({ row, reading });
    }
    // Soonest first for what is coming; most recent first for what has happened.
    const due = (item: { reading: DeadlineReading }) => item.reading.countsToMs ?? 0;
    for (const section of sections) {
      const coming = section === 'dueSoon' || section === 'watch' || section === 'actNow';
      groups[section].sort((a, b) => (coming ? due(a) - due(b) : due(b) - due(a)));
    }
    groups.waived.sort(
      (a, b) =>
        Date.parse(b.row.deadline.waiver?.at ?? '') - Date.parse(a.row.deadline.waiver?.at ?? ''),
    );
    return groups;
  });

  constructor() {
    // Countdowns move on their own; the list itself is re-read with "Refresh".
    const timer = setInterval(() => this.now.set(this.clock()), 30_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.deadlineAudit().subscribe({
      next: (audit) => {
        this.rows.set(audit.rows);
        this.now.set(this.clock());
        this.loaded.set(true);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  /** Marks a deadline done where it is listed; the row moves as its new reading says. */
  protected complete(row: DeadlineAuditRow): void {
    this.act(row, this.api.complete(row.deadline.id, row.deadline.version));
  }

  protected startWaiving(id: string): void {
    this.reason.set('');
    this.waiving.set(id);
  }

  protected waive(row: DeadlineAuditRow): void {
    const reason = this.reason().trim();
    if (!reason) return;
    this.act(row, this.api.waive(row.deadline.id, row.deadline.version, reason));
  }

  private act(row: DeadlineAuditRow, request: Observable<Deadline>): void {
    this.busy.set(row.deadline.id);
    this.error.set(null);
    request.subscribe({
      next: (deadline) => {
        this.busy.set(null);
        this.waiving.set(null);
        this.rows.update((rows) =>
          rows.map((r) => (r.deadline.id === deadline.id ? { ...r, deadline } : r)),
        );
      },
      error: (failure: unknown) => {
        this.busy.set(null);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected custodyText(custody: string, gender: string | null): string {
    return custodyLabel(this.i18n, custody, gender);
  }

  protected showMore(section: AuditSection): void {
    this.shown.update((shown) => ({ ...shown, [section]: shown[section] + AUDIT_PAGE_ROWS }));
  }

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected zoned(iso: string, zone: string) {
    return zonedTime(this.i18n, iso, zone);
  }

  protected memberName(id: string | null | undefined): string {
    return this.directory.nameOf(id) ?? this.i18n.t('supervision.someone');
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
