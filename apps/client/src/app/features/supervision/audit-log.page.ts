import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { AuditAction, AuditOutcome, AuditRecordType } from '@amparo/contracts';
import { errorNotice, type Notice } from '../../core/http';
import { TranslationService } from '../../core/i18n';
import { OfficeDirectory } from './office-directory';
import { SupervisionApi } from './supervision.api';
import type { AuditEntry, AuditQuery } from './supervision.models';
import { supervisionStyles } from './supervision.styles';
import { describeAuditRecord } from './audit-record.view';
import { auditActionKeys, auditOutcomeKeys, auditRecordTypeKeys } from './supervision-labels';

const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

/** Midnight at the start of a calendar day on the person's own clock, as an instant with offset. */
export function startOfLocalDay(date: string, dayOffset = 0): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + dayOffset).toISOString();
}

/**
 * The office's audit trail, newest first: who did what to which record, when and from where.
 * Filters by actor, action, outcome, record and date range; pages back through older entries.
 * Reading it is itself recorded by the API.
 */
@Component({
  selector: 'amp-audit-log-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  template: `
    <h2>{{ i18n.t('supervision.audit.title') }}</h2>
    <p>{{ i18n.t('supervision.audit.intro') }}</p>

    <form
      [formGroup]="filters"
      (ngSubmit)="apply()"
      class="filters"
      role="search"
      [attr.aria-label]="i18n.t('supervision.filters')"
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.actor') }}</mat-label>
        <mat-select formControlName="actorUserId">
          <mat-option value="">{{ i18n.t('supervision.audit.anyone') }}</mat-option>
          @for (member of directory.members(); track member.id) {
            <mat-option [value]="member.id">{{ member.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.action') }}</mat-label>
        <mat-select formControlName="action">
          <mat-option value="">{{ i18n.t('supervision.audit.anyAction') }}</mat-option>
          @for (action of actions; track action) {
            <mat-option [value]="action">{{ i18n.t(actionKeys[action]) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.outcome') }}</mat-label>
        <mat-select formControlName="outcome">
          <mat-option value="">{{ i18n.t('supervision.audit.anyOutcome') }}</mat-option>
          @for (outcome of outcomes; track outcome) {
            <mat-option [value]="outcome">{{ i18n.t(outcomeKeys[outcome]) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.recordType') }}</mat-label>
        <mat-select formControlName="recordType">
          <mat-option value="">{{ i18n.t('supervision.audit.anyRecordType') }}</mat-option>
          @for (type of recordTypes; track type) {
            <mat-option [value]="type">{{ i18n.t(recordTypeKeys[type]) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.recordId') }}</mat-label>
        <input matInput formControlName="recordId" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.from') }}</mat-label>
        <input matInput type="date" formControlName="from" />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ i18n.t('supervision.audit.to') }}</mat-label>
        <input matInput type="date" formControlName="to" />
        <mat-hint>{{ i18n.t('supervision.audit.toHint') }}</mat-hint>
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit">{{ i18n.t('supervision.audit.apply') }}</button>
        <button mat-button type="button" (click)="clear()">
          {{ i18n.t('supervision.audit.clear') }}
        </button>
      </div>
    </form>

    <div role="alert" class="error" data-testid="audit-log-error">
      @if (error(); as error) {
        {{ i18n.t(error.key, error.params) }}
      }
    </div>

    @if (loading()) {
      <p role="status">{{ i18n.t('common.loading') }}</p>
    } @else if (rows(); as rows) {
      @if (rows.length === 0) {
        <p class="empty">{{ i18n.t('supervision.audit.none') }}</p>
      } @else {
        <div class="table-scroll">
          <table data-testid="audit-log">
            <caption class="visually-hidden">
              {{
                i18n.t('supervision.audit.caption')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ i18n.t('supervision.audit.when') }}</th>
                <th scope="col">{{ i18n.t('supervision.audit.actor') }}</th>
                <th scope="col">{{ i18n.t('supervision.audit.action') }}</th>
                <th scope="col">{{ i18n.t('supervision.audit.record') }}</th>
                <th scope="col">{{ i18n.t('supervision.audit.details') }}</th>
                <th scope="col">{{ i18n.t('supervision.audit.from_') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows; track row.entry.id) {
                @let entry = row.entry;
                <tr>
                  <th scope="row">
                    {{ when(entry.occurredAt) }}
                    <span class="secondary">#{{ entry.seq }}</span>
                  </th>
                  <td>{{ actorName(entry) }}</td>
                  <td>
                    {{ i18n.t(actionKeys[entry.action]) }}
                    @if (entry.outcome !== 'success') {
                      <span class="flag grave">{{ i18n.t(outcomeKeys[entry.outcome]) }}</span>
                    }
                  </td>
                  <td data-testid="audit-record">
                    @if (row.record; as record) {
                      <span class="secondary record-type">{{ record.type }}</span>
                      @if (record.hidden) {
                        <span class="hidden">{{ i18n.t('supervision.audit.notVisible') }}</span>
                      } @else if (record.link) {
                        <a [routerLink]="record.link">{{ record.text }}</a>
                      } @else if (record.text) {
                        {{ record.text }}
                      } @else {
                        <span class="secondary id">{{ entry.recordId }}</span>
                      }
                    } @else {
                      —
                    }
                  </td>
                  <td class="details">{{ detailsText(entry) }}</td>
                  <td>
                    {{ entry.ip ?? '—' }}
                    @if (entry.requestId) {
                      <span class="secondary id">{{ entry.requestId }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      <nav class="pager" [attr.aria-label]="i18n.t('supervision.audit.pages')">
        <button mat-button type="button" [disabled]="newer().length === 0" (click)="newerPage()">
          {{ i18n.t('supervision.audit.newer') }}
        </button>
        <span>{{ i18n.t('supervision.audit.page', { page: newer().length + 1 }) }}</span>
        <button mat-button type="button" [disabled]="nextBefore() === null" (click)="olderPage()">
          {{ i18n.t('supervision.audit.older') }}
        </button>
      </nav>
    }
  `,
  styles: `
    ${supervisionStyles}
    .buttons {
      display: flex;
      gap: 8px;
      align-items: center;
      padding-bottom: 20px;
    }
    .record-type {
      display: block;
    }
    .hidden {
      font-style: italic;
    }
    .id {
      font-family: monospace;
      word-break: break-all;
    }
    .details {
      font: var(--mat-sys-body-small);
      word-break: break-word;
    }
    .pager {
      display: flex;
      gap: 16px;
      align-items: center;
      justify-content: center;
      margin-top: 8px;
    }
  `,
})
export class AuditLogPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(SupervisionApi);
  protected readonly directory = inject(OfficeDirectory);

  protected readonly actionKeys = auditActionKeys;
  protected readonly outcomeKeys = auditOutcomeKeys;
  protected readonly actions = Object.keys(auditActionKeys) as AuditAction[];
  protected readonly outcomes = Object.keys(auditOutcomeKeys) as AuditOutcome[];
  protected readonly recordTypeKeys = auditRecordTypeKeys;
  /** Every record type of the trail (AUDIT_RECORD_TYPES, which the labels must each name). */
  protected readonly recordTypes = Object.keys(auditRecordTypeKeys) as AuditRecordType[];

  protected readonly filters = new FormGroup({
    actorUserId: new FormControl('', { nonNullable: true }),
    action: new FormControl<AuditAction | ''>('', { nonNullable: true }),
    outcome: new FormControl<AuditOutcome | ''>('', { nonNullable: true }),
    recordType: new FormControl<AuditRecordType | ''>('', { nonNullable: true }),
    recordId: new FormControl('', { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true }),
  });

  protected readonly entries = signal<AuditEntry[] | null>(null);
  /** Each entry with its record as the cell shows it (in the current language). */
  protected readonly rows = computed(() =>
    this.entries()?.map((entry) => ({ entry, record: describeAuditRecord(entry, this.i18n) })),
  );
  protected readonly loading = signal(true);
  protected readonly error = signal<Notice | null>(null);
  protected readonly nextBefore = signal<number | null>(null);
  /** The `before` of each newer page visited, to go back to them. */
  protected readonly newer = signal<(number | undefined)[]>([]);
  private query: AuditQuery = {};
  private before: number | undefined;

  ngOnInit(): void {
    this.fetch();
  }

  protected apply(): void {
    const value = this.filters.getRawValue();
    const recordId = value.recordId.trim();
    // Check here what the API would refuse, naming the field, before asking it.
    if (recordId && !RECORD_ID.test(recordId)) {
      this.error.set({ key: 'supervision.audit.recordIdInvalid' });
      return;
    }
    if (value.from && value.to && value.to < value.from) {
      this.error.set({ key: 'supervision.audit.rangeInvalid' });
      return;
    }
    this.query = {
      actorUserId: value.actorUserId || undefined,
      action: value.action || undefined,
      outcome: value.outcome || undefined,
      recordType: value.recordType || undefined,
      recordId: recordId || undefined,
      from: value.from ? startOfLocalDay(value.from) : undefined,
      // The "to" day is included: entries before the next day's midnight.
      to: value.to ? startOfLocalDay(value.to, 1) : undefined,
    };
    this.newer.set([]);
    this.before = undefined;
    this.fetch();
  }

  protected clear(): void {
    this.filters.reset();
    this.apply();
  }

  protected olderPage(): void {
    const next = this.nextBefore();
    if (next === null) return;
    this.newer.update((stack) => [...stack, this.before]);
    this.before = next;
    this.fetch();
  }

  protected newerPage(): void {
    const stack = this.newer();
    if (stack.length === 0) return;
    this.before = stack[stack.length - 1];
    this.newer.set(stack.slice(0, -1));
    this.fetch();
  }

  private fetch(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api.audit({ ...this.query, before: this.before }).subscribe({
      next: (page) => {
        this.entries.set(page.items);
        this.nextBefore.set(page.nextBefore);
        this.loading.set(false);
      },
      error: (failure: unknown) => {
        this.loading.set(false);
        this.error.set(errorNotice(failure));
      },
    });
  }

  protected when(iso: string): string {
    return this.i18n.formatDate(iso, {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
  }

  protected actorName(entry: AuditEntry): string {
    if (entry.actorKind === 'system') return this.i18n.t('supervision.audit.system');
    if (entry.actorKind === 'anonymous') return this.i18n.t('supervision.audit.anonymous');
    return (
      entry.actorName ??
      this.directory.nameOf(entry.actorUserId) ??
      this.i18n.t('supervision.someone')
    );
  }

  protected detailsText(entry: AuditEntry): string {
    return Object.entries(entry.details)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
      .join(' · ');
  }
}
