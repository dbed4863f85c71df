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
import { TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import type { Deadline } from './supervision.models';
import { supervisionStyles } from './supervision.styles';
import { relativeHours, zonedTime } from './zoned-time';

export type AuditSection = 'dueSoon' | 'missed' | 'waived';
const sections: readonly AuditSection[] = ['dueSoon', 'missed', 'waived'];
/** "Unassigned" in the attorney filter (no lead attorney yet). */
const UNLED = '-';
/** Rows drawn per section at first and per "Show more". */
export const AUDIT_PAGE_ROWS = 100;
const firstPage = (): Record<AuditSection, number> => ({
  dueSoon: AUDIT_PAGE_ROWS,
  missed: AUDIT_PAGE_ROWS,
  waived: AUDIT_PAGE_ROWS,
});

/** Which list of the audit a deadline of the audit view belongs to. */
export function auditSectionOf(deadline: Deadline): AuditSection | null {
  if (deadline.status === 'missed') return 'missed';
  if (deadline.status === 'waived') return 'waived';
  if (deadline.status === 'open' || deadline.status === 'overridden') return 'dueSoon';
  return null;
}

/**
 * The supervisor's deadline audit across the office: what falls due in the next 48 hours, what
 * was missed, and what was waived, by whom and why. Times are in the forum's zone (what the law
 * counts in) with the supervisor's own alongside when it differs.
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
                    <th scope="col">{{ i18n.t('supervision.deadlines.case') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.deadline') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.due') }}</th>
                    <th scope="col">{{ i18n.t('supervision.deadlines.lead') }}</th>
                    @if (section === 'waived') {
                      <th scope="col">{{ i18n.t('supervision.deadlines.waivedBy') }}</th>
                      <th scope="col">{{ i18n.t('supervision.deadlines.reason') }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of grouped()[section].slice(0, shown()[section]); track row.id) {
                    <tr [attr.data-testid]="'deadline-' + row.id">
                      <th scope="row">
                        <a [routerLink]="caseLink(row.caseId)">{{
                          row.caseReference || i18n.t('supervision.deadlines.openCase')
                        }}</a>
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
                        @if (row.effectiveDueAt; as due) {
                          <span>{{ zoned(due, row.timeZone).forum }}</span>
                          @if (zoned(due, row.timeZone).local; as local) {
                            <span class="secondary">{{ local }}</span>
                          }
                          <span class="secondary">{{ relative(due) }}</span>
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
                      <td>{{ leadName(row) }}</td>
                      @if (section === 'waived') {
                        <td>
                          {{ memberName(row.waiver?.by) }}
                          @if (row.waiver?.at; as at) {
                            <span class="secondary">{{ zoned(at, row.timeZone).forum }}</span>
                          }
                        </td>
                        <td>{{ row.waiver?.reason }}</td>
                      }
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
  `,
})
export class DeadlineAuditPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  private readonly directory = inject(OfficeDirectory);
  private readonly clock = inject(NOW);

  protected readonly sectionNames = sections;
  protected readonly sectionTitle = {
    dueSoon: 'supervision.deadlines.dueSoon',
    missed: 'supervision.deadlines.missed',
    waived: 'supervision.deadlines.waived',
  } as const;
  protected readonly emptyText = {
    dueSoon: 'supervision.deadlines.noneDueSoon',
    missed: 'supervision.deadlines.noneMissed',
    waived: 'supervision.deadlines.noneWaived',
  } as const;
  protected readonly ruleStatusText = {
    secondary: 'supervision.ruleStatus.secondary',
    unverified: 'supervision.ruleStatus.unverified',
  } as const;

  private readonly rows = signal<Deadline[]>([]);
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
    const ids = new Set(this.rows().map((row) => row.leadAttorneyId ?? UNLED));
    return [...ids]
      .map((id) => ({
        id,
        name: id === UNLED ? this.i18n.t('supervision.deadlines.noLead') : this.memberName(id),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()));
  });

  protected readonly grouped = computed(() => {
    const attorney = this.attorney();
    const query = this.query().trim().toLocaleLowerCase();
    const groups: Record<AuditSection, Deadline[]> = { dueSoon: [], missed: [], waived: [] };
    for (const row of this.rows()) {
      if (attorney && (row.leadAttorneyId ?? UNLED) !== attorney) continue;
      if (
        query &&
        !(row.caseReference ?? '').toLocaleLowerCase().includes(query) &&
        !row.title[this.i18n.language()].toLocaleLowerCase().includes(query)
      ) {
        continue;
      }
      const section = auditSectionOf(row);
      if (section) groups[section].push(row);
    }
    // Soonest first for what is coming; most recent first for what has happened.
    const due = (row: Deadline) => (row.effectiveDueAt ? Date.parse(row.effectiveDueAt) : 0);
    groups.dueSoon.sort((a, b) => due(a) - due(b));
    groups.missed.sort((a, b) => due(b) - due(a));
    groups.waived.sort((a, b) => Date.parse(b.waiver?.at ?? '') - Date.parse(a.waiver?.at ?? ''));
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
      next: (rows) => {
        this.rows.set(rows);
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

  protected showMore(section: AuditSection): void {
    this.shown.update((shown) => ({ ...shown, [section]: shown[section] + AUDIT_PAGE_ROWS }));
  }

  protected caseLink(caseId: string): string {
    return caseUrl(caseId);
  }

  protected zoned(iso: string, zone: string) {
    return zonedTime(this.i18n, iso, zone);
  }

  protected relative(iso: string): string {
    return relativeHours(this.i18n, iso, this.now());
  }

  protected memberName(id: string | null | undefined): string {
    return this.directory.nameOf(id) ?? this.i18n.t('supervision.someone');
  }

  protected leadName(row: Deadline): string {
    return row.leadAttorneyId
      ? this.memberName(row.leadAttorneyId)
      : this.i18n.t('supervision.deadlines.noLead');
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
