import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Subscription } from 'rxjs';
import { ApiError, errorNotice, followJob, jobDone, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import type { FilingLanguage, FilingTemplate } from '../case-filings/filings.models';
import {
  FilingChoiceComponent,
  languageFor,
  type TypedDetail,
} from '../case-filings/filing-choice.component';
import {
  type DetailKey,
  detailsBody,
  detailsNeeded,
  sectionKeys,
} from '../case-filings/missing-data';
import {
  type BatchCase,
  type BatchRefusal,
  FILING_BATCH_MAX_CASES,
  FILING_BATCH_POLL_MS,
  FilingBatchApi,
  type FilingBatchJob,
  type StartFilingBatch,
} from './filing-batch.api';

/** What the screen opening the dialog passes: the cases, in the order it shows them. */
export interface FilingBatchDialogData {
  readonly cases: readonly BatchCase[];
}

const FORUMS = ['PE', 'MX', 'US'];

const codeKeys: Readonly<Record<string, MessageKey>> = {
  CASE_NOT_WRITABLE: 'batch.code.CASE_NOT_WRITABLE',
  FILING_TEMPLATE_JURISDICTION: 'batch.code.FILING_TEMPLATE_JURISDICTION',
  FILING_MISSING_DATA: 'batch.code.FILING_MISSING_DATA',
};

/**
 * One filing template for many cases (`POST /api/filings/batches`, docs/filings.md): choose the
 * template, its language and what every filing shares (place of signature…), start; a refusal
 * lists each case that cannot have it with what it lacks and a link to it (and offers to leave
 * them out); once queued, the job's progress is polled until it is done and the filings made are
 * linked case by case. Opened with MatDialog (see FilingBatchButton).
 */
@Component({
  selector: 'amp-filing-batch-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FilingChoiceComponent,
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    RouterLink,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ i18n.t('batch.title', { count: i18n.formatNumber(cases().length) }) }}
    </h2>
    <mat-dialog-content>
      <p class="meta">{{ i18n.t('batch.intro') }}</p>
      @if (cut() > 0) {
        <p class="note" data-testid="batch-too-many">
          {{
            i18n.t('batch.tooMany', {
              max: i18n.formatNumber(max),
              count: i18n.formatNumber(data.cases.length),
            })
          }}
        </p>
      }
      @if (!job()) {
        <amp-filing-choice
          idPrefix="batch"
          [headingLevel]="3"
          languageLegend="batch.language"
          detailsTitle="batch.details"
          detailsHint="batch.detailsHint"
          [templates]="templates()"
          [templateId]="templateId()"
          [language]="language()"
          [details]="details()"
          [disabled]="busy()"
          (templatePicked)="chooseTemplate($event)"
          (languagePicked)="chooseLanguage($event)"
          (detailTyped)="setDetail($event)"
        />
      }

      <div role="alert">
        @if (error(); as failure) {
          <p class="error">{{ i18n.t(failure.key, failure.params) }}</p>
        }
        @if (refusals().length > 0) {
          <div class="error" data-testid="batch-refusals">
            <p>{{ i18n.t('batch.refused', { count: refusals().length }) }}</p>
            <ul>
              @for (r of refusals(); track r.caseId) {
                <li>
                  <strong>{{ labelOf(r.caseId) }}</strong> —
                  {{ codeText(r) }}
                  @if (r.missing.length > 0) {
                    {{ missingText(r) }}
                  }
                  <span class="links">
                    <a [routerLink]="['/cases', r.caseId, 'filings']" mat-dialog-close>{{
                      i18n.t('batch.openCase')
                    }}</a>
                    @if (needsFacts(r)) {
                      ·
                      <a [routerLink]="['/cases', r.caseId, 'filing-facts']" mat-dialog-close>{{
                        i18n.t('batch.openFacts')
                      }}</a>
                    }
                  </span>
                </li>
              }
            </ul>
          </div>
        }
      </div>

      @if (job(); as j) {
        <section aria-labelledby="batch-progress-heading" data-testid="batch-job">
          <h3 id="batch-progress-heading" class="visually-hidden">
            {{ i18n.t('batch.progressLabel') }}
          </h3>
          @if (!done()) {
            <mat-progress-bar
              [mode]="percent() === null ? 'indeterminate' : 'determinate'"
              [value]="percent() ?? 0"
              [attr.aria-label]="i18n.t('batch.progressLabel')"
              data-testid="batch-progress"
            />
            <p role="status">{{ statusText(j) }}</p>
          } @else if (j.status === 'succeeded' && j.result; as result) {
            <p role="status" data-testid="batch-done">
              {{ i18n.t('batch.succeeded', { count: i18n.formatNumber(result.filings.length) }) }}
            </p>
            <ul class="made" data-testid="batch-filings">
              @for (f of result.filings; track f.filingId) {
                <li>
                  <a [routerLink]="['/cases', f.caseId, 'filings']" mat-dialog-close>{{
                    labelOf(f.caseId)
                  }}</a>
                </li>
              }
            </ul>
            @if (result.failed.length > 0) {
              <div class="error" data-testid="batch-failed-cases">
                <p>{{ i18n.t('batch.failedCases', { count: result.failed.length }) }}</p>
                <ul>
                  @for (f of result.failed; track f.caseId) {
                    <li>
                      <a [routerLink]="['/cases', f.caseId, 'filings']" mat-dialog-close>{{
                        labelOf(f.caseId)
                      }}</a>
                      — {{ f.message }}
                    </li>
                  }
                </ul>
              </div>
            }
          } @else {
            <p class="error" role="alert" data-testid="batch-failed">
              {{ i18n.t('batch.failed', { message: j.error?.message ?? '' }) }}
            </p>
          }
          @if (pollFailed()) {
            <p class="error" role="alert">
              {{ i18n.t('batch.pollFailed') }}
              <button mat-button type="button" (click)="follow(j)">
                {{ i18n.t('batch.retryPoll') }}
              </button>
            </p>
          }
        </section>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (!job()) {
        @if (refusals().length > 0 && rest().length > 0) {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="leaveOut()">
            {{ i18n.t('batch.leaveOut', { refused: refusals().length, rest: rest().length }) }}
          </button>
        }
        <button
          mat-flat-button
          type="button"
          [disabled]="busy() || !template()"
          (click)="start()"
          data-testid="batch-start"
        >
          {{
            i18n.t(busy() ? 'batch.starting' : 'batch.start', {
              count: i18n.formatNumber(cases().length),
            })
          }}
        </button>
      } @else if (done()) {
        <button mat-stroked-button type="button" (click)="again()">
          {{ i18n.t('batch.another') }}
        </button>
      }
      <button mat-button type="button" mat-dialog-close>{{ i18n.t('batch.close') }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .error {
      padding: 4px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .error a {
      color: inherit;
    }
    .links {
      white-space: nowrap;
    }
    li {
      margin-bottom: 4px;
    }
    .made {
      max-height: 40vh;
      overflow: auto;
    }
  `,
})
export class FilingBatchDialog implements OnInit {
  protected readonly i18n = inject(TranslationService);
  protected readonly data = inject<FilingBatchDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(FilingBatchApi);
  private readonly pollMs = inject(FILING_BATCH_POLL_MS);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly max = FILING_BATCH_MAX_CASES;

  /** The cases of this batch (fewer after leaving refused ones out). */
  protected readonly cases = signal<readonly BatchCase[]>(
    this.data.cases.slice(0, FILING_BATCH_MAX_CASES),
  );
  protected readonly cut = computed(() => this.data.cases.length - FILING_BATCH_MAX_CASES);
  private readonly allTemplates = signal<FilingTemplate[]>([]);
  /** The templates of the cases' forums (and those for any forum) when every forum is known. */
  protected readonly templates = computed(() => {
    const forums = new Set(this.cases().map((c) => c.jurisdiction ?? null));
    if (forums.has(null)) return this.allTemplates();
    return this.allTemplates().filter(
      (t) => forums.has(t.jurisdiction) || !FORUMS.includes(t.jurisdiction),
    );
  });
  protected readonly templateId = signal<string | null>(null);
  protected readonly template = computed(
    () => this.templates().find((t) => t.id === this.templateId()) ?? null,
  );
  protected readonly language = signal<FilingLanguage>('es');
  protected readonly details = signal<Partial<Record<DetailKey, string>>>({});
  protected readonly detailsShown = computed(() => detailsNeeded(this.template(), this.language()));

  protected readonly busy = signal(false);
  protected readonly error = signal<Notice | null>(null);
  protected readonly refusals = signal<BatchRefusal[]>([]);
  /** The cases not refused, for "leave them out". */
  protected readonly rest = computed(() => {
    const refused = new Set(this.refusals().map((r) => r.caseId));
    return this.cases().filter((c) => !refused.has(c.id));
  });
  protected readonly job = signal<FilingBatchJob | null>(null);
  protected readonly pollFailed = signal(false);
  protected readonly done = computed(() => {
    const job = this.job();
    return job !== null && jobDone(job);
  });
  protected readonly percent = computed(() => {
    const progress = this.job()?.progress;
    if (!progress || !progress.total) return null;
    return Math.min(100, Math.round((progress.done / progress.total) * 100));
  });
  private polling: Subscription | null = null;
  /** The same request sent again (a retry after a lost answer) carries the same key. */
  private sent: { signature: string; key: string } | null = null;

  ngOnInit(): void {
    this.api.templates().subscribe({
      next: (templates) => this.allTemplates.set(templates),
      error: (failure: unknown) => this.error.set(errorNotice(failure)),
    });
  }

  protected chooseTemplate(id: string): void {
    this.templateId.set(id);
    this.refusals.set([]);
    this.error.set(null);
    const t = this.templates().find((candidate) => candidate.id === id);
    if (t) this.language.set(languageFor(t, this.i18n.language()));
  }

  protected chooseLanguage(language: FilingLanguage): void {
    this.language.set(language);
    this.refusals.set([]);
  }

  protected setDetail({ key, value }: TypedDetail): void {
    this.details.update((details) => ({ ...details, [key]: value }));
  }

  /** The name the opening screen gave the case, else its place in the list. */
  protected labelOf(caseId: string): string {
    const index = this.data.cases.findIndex((c) => c.id === caseId);
    const label = index >= 0 ? this.data.cases[index].label : null;
    return label || this.i18n.t('batch.case', { number: index >= 0 ? index + 1 : caseId });
  }

  protected codeText(refusal: BatchRefusal): string {
    const key = codeKeys[refusal.code];
    return key ? this.i18n.t(key) : refusal.message;
  }

  protected missingText(refusal: BatchRefusal): string {
    return refusal.missing
      .map((m) => `${m.label} (${this.i18n.t(sectionKeys[m.section] ?? 'filings.section.other')})`)
      .join('; ');
  }

  protected needsFacts(refusal: BatchRefusal): boolean {
    return refusal.missing.some((m) => m.section === 'filing-facts');
  }

  protected leaveOut(): void {
    this.cases.set(this.rest());
    this.refusals.set([]);
    this.start();
  }

  protected start(): void {
    const t = this.template();
    if (!t || this.busy() || this.cases().length === 0) return;
    this.busy.set(true);
    this.error.set(null);
    this.refusals.set([]);
    this.api.start(this.body(t)).subscribe({
      next: (job) => {
        this.busy.set(false);
        this.job.set(job);
        this.follow(job);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        if (failure instanceof ApiError && failure.code === 'FILING_BATCH_REFUSED') {
          this.refusals.set(failure.details.map(toRefusal));
        } else {
          this.error.set(errorNotice(failure));
        }
      },
    });
  }

  /** Asks about the job until it is done (again after a failed look). */
  protected follow(known: FilingBatchJob): void {
    this.polling?.unsubscribe();
    this.pollFailed.set(false);
    this.polling = followJob(() => this.api.job(known.id), this.pollMs, known)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (job) => this.job.set(job),
        error: () => this.pollFailed.set(true),
      });
  }

  /** Back to the choice, for another template over the same cases. */
  protected again(): void {
    this.polling?.unsubscribe();
    this.job.set(null);
    this.sent = null;
    this.cases.set(this.data.cases.slice(0, FILING_BATCH_MAX_CASES));
  }

  protected statusText(job: FilingBatchJob): string {
    if (job.status === 'queued') return this.i18n.t('batch.queued');
    const { done, total } = job.progress;
    return total
      ? this.i18n.t('batch.running', {
          done: this.i18n.formatNumber(done),
          total: this.i18n.formatNumber(total),
        })
      : this.i18n.t('batch.runningUnknown');
  }

  private body(t: FilingTemplate): StartFilingBatch {
    const request = {
      templateId: t.id,
      language: this.language(),
      caseIds: this.cases().map((c) => c.id),
      details: detailsBody(this.detailsShown(), this.details()),
    };
    const signature = JSON.stringify(request);
    if (this.sent?.signature !== signature) this.sent = { signature, key: newKey() };
    return { ...request, idempotencyKey: this.sent.key };
  }
}

function toRefusal(detail: Record<string, unknown>): BatchRefusal {
  const missing = Array.isArray(detail['missing']) ? detail['missing'] : [];
  return {
    caseId: String(detail['caseId'] ?? ''),
    code: String(detail['code'] ?? ''),
    message: String(detail['message'] ?? ''),
    missing: missing.map((m: Record<string, unknown>) => ({
      field: String(m['field'] ?? ''),
      label: String(m['message'] ?? ''),
      section: String(m['section'] ?? ''),
    })),
  };
}

/** A key the API accepts ([A-Za-z0-9._:-], 8–100 characters), unique per request. */
function newKey(): string {
  const random =
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `batch:${random}`;
}
