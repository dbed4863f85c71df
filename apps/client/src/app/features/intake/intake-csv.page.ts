import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  InjectionToken,
  type OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type {
  CatalogueJurisdictionResponse,
  IntakeFileLanguage,
  IntakeImportMode,
  IntakeProblemResponse,
  IntakeReportResponse,
} from '@amparo/contracts';
import type { Subscription } from 'rxjs';
import { ApiError, errorNotice, followJob, type Notice } from '../../core/http';
import { type MessageKey, TranslationService } from '../../core/i18n';
import { userTimeZone, ZonedTimeComponent } from '../../core/time';
import { caseUrl, routeUrls } from '../../route-paths';
import { CaseApi } from '../case/case.api';
import type { BatchCase } from '../filing-batch/filing-batch.api';
import { FilingBatchButton } from '../filing-batch/filing-batch.button';
import {
  INTAKE_CSV_MAX_BYTES,
  IntakeCsvApi,
  type IntakeDownload,
  type IntakeJob,
} from './intake-csv.api';

/** How often a running import is asked about (tests make it shorter). */
export const INTAKE_JOB_POLL_MS = new InjectionToken<number>('INTAKE_JOB_POLL_MS', {
  providedIn: 'root',
  factory: () => 1000,
});

/** Past this many problems the table pages. */
const PAGE_SIZE = 25;
/** The preview lists this many people; the rest are counted. */
const PREVIEW_LIMIT = 100;

interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly text: string;
}

interface CreatedCase {
  readonly id: string;
  readonly url: string;
  readonly name: string | null;
  readonly number: number;
  readonly jurisdiction: string | null;
}

/**
 * Intake of many people from one CSV file: download the template, choose or drop a file, have the
 * API check every row (problems by line and column, possible duplicates, a preview), then import
 * all or only the valid rows as a background job whose progress is polled until it is done.
 */
@Component({
  selector: 'amp-intake-csv-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FilingBatchButton,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    ZonedTimeComponent,
  ],
  templateUrl: './intake-csv.page.html',
  styleUrl: './intake-csv.page.scss',
})
export class IntakeCsvPage implements OnInit {
  protected readonly i18n = inject(TranslationService);
  private readonly api = inject(IntakeCsvApi);
  private readonly caseApi = inject(CaseApi);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly pollMs = inject(INTAKE_JOB_POLL_MS);

  protected readonly links = routeUrls;
  protected readonly problemColumns = ['line', 'column', 'message'];
  protected readonly pageSize = PAGE_SIZE;
  protected readonly fileLanguages: readonly IntakeFileLanguage[] = ['en', 'es'];
  protected readonly downloads = [
    { kind: 'template', label: 'intakeCsv.template' },
    { kind: 'allowed-values', label: 'intakeCsv.allowedValues' },
  ] as const satisfies readonly { kind: IntakeDownload; label: MessageKey }[];

  protected readonly file = signal<ChosenFile | null>(null);
  protected readonly fileError = signal<Notice | null>(null);
  protected readonly dragging = signal(false);
  protected readonly checking = signal(false);
  protected readonly report = signal<IntakeReportResponse | null>(null);
  protected readonly error = signal<Notice | null>(null);
  protected readonly importing = signal(false);
  protected readonly alreadyImported = signal(false);
  protected readonly job = signal<IntakeJob | null>(null);
  protected readonly pollFailed = signal(false);
  private readonly catalogue = signal<CatalogueJurisdictionResponse[]>([]);
  private polling: Subscription | null = null;

  protected readonly problems = new MatTableDataSource<IntakeProblemResponse>([]);
  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);

  protected readonly hasProblems = computed(() => (this.report()?.problems.length ?? 0) > 0);
  protected readonly pagedProblems = computed(
    () => (this.report()?.problems.length ?? 0) > PAGE_SIZE,
  );
  protected readonly preview = computed(() => this.report()?.preview.slice(0, PREVIEW_LIMIT) ?? []);
  protected readonly previewMore = computed(
    () => (this.report()?.preview.length ?? 0) - this.preview().length,
  );
  protected readonly started = computed(() => this.importing() || this.job() !== null);
  protected readonly finished = computed(() => {
    const status = this.job()?.status;
    return status === 'succeeded' || status === 'failed';
  });
  /** Determinate once the job knows how much there is to do. */
  protected readonly percent = computed(() => {
    const progress = this.job()?.progress;
    if (!progress || !progress.total) return null;
    return Math.min(100, Math.round((progress.done / progress.total) * 100));
  });
  protected readonly createdCases = computed<CreatedCase[]>(() => {
    const ids = this.job()?.result?.caseIds ?? [];
    const preview = this.report()?.preview ?? [];
    // The job takes the importable rows in the file's order, which is the preview's order.
    const named = preview.length === ids.length;
    return ids.map((id, index) => ({
      id,
      url: caseUrl(id),
      name: named ? (preview[index]?.name ?? null) : null,
      number: index + 1,
      jurisdiction: named ? (preview[index]?.jurisdiction ?? null) : null,
    }));
  });
  /** The new cases, for generating one filing for all of them (FilingBatchButton). */
  protected readonly batchCases = computed<BatchCase[]>(() =>
    this.createdCases().map((c) => ({
      id: c.id,
      label: c.name ?? this.i18n.t('intakeCsv.job.case', { number: c.number }),
      jurisdiction: c.jurisdiction,
    })),
  );

  constructor() {
    effect(() => {
      const sort = this.sort();
      const paginator = this.paginator();
      this.problems.sort = sort ?? null;
      this.problems.paginator = paginator ?? null;
    });
  }

  ngOnInit(): void {
    // Labels and the forum's zone of each jurisdiction; the screen works without them.
    this.caseApi
      .rules()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (rules) => this.catalogue.set(rules.jurisdictions), error: () => null });
  }

  protected download(kind: IntakeDownload, language: IntakeFileLanguage): void {
    this.error.set(null);
    this.api
      .download(kind, language)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (text) => {
          const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
          const link = this.document.createElement('a');
          link.href = url;
          link.download = `amparo-intake-${kind}-${language}.csv`;
          this.document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        },
        error: (error: unknown) => this.error.set(apiNotice(error)),
      });
  }

  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    if (chosen) this.read(chosen);
    input.value = ''; // choosing the same file again (after fixing it) reads it again
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected dragLeave(): void {
    this.dragging.set(false);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const chosen = event.dataTransfer?.files?.[0];
    if (chosen) this.read(chosen);
  }

  protected fileLabel(file: ChosenFile): string {
    const kb = Math.max(1, Math.ceil(file.size / 1024));
    return this.i18n.t('intakeCsv.file.chosen', {
      name: file.name,
      size: `${this.i18n.formatNumber(kb)} kB`,
    });
  }

  protected check(): void {
    const file = this.file();
    if (!file || this.checking()) return;
    this.checking.set(true);
    this.error.set(null);
    this.report.set(null);
    this.api
      .check(file.text)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.checking.set(false);
          this.report.set(report);
          this.problems.data = [...report.problems];
        },
        error: (error: unknown) => {
          this.checking.set(false);
          this.error.set(apiNotice(error));
        },
      });
  }

  protected startImport(rows: IntakeImportMode): void {
    const file = this.file();
    if (!file || this.started()) return;
    if (rows === 'all' && this.hasProblems()) return;
    this.importing.set(true);
    this.error.set(null);
    this.api
      .import(file.text, rows)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) => {
          this.importing.set(false);
          this.report.set(response.report);
          this.alreadyImported.set(!response.created);
          this.job.set(response.job as IntakeJob);
          this.follow(response.job.id);
        },
        error: (error: unknown) => {
          this.importing.set(false);
          this.error.set(apiNotice(error));
        },
      });
  }

  protected retryPoll(): void {
    const job = this.job();
    if (job) this.follow(job.id);
  }

  protected reset(): void {
    this.polling?.unsubscribe();
    this.file.set(null);
    this.fileError.set(null);
    this.report.set(null);
    this.error.set(null);
    this.job.set(null);
    this.alreadyImported.set(false);
    this.pollFailed.set(false);
    this.problems.data = [];
  }

  protected jobStatusText(job: IntakeJob): string {
    if (job.status === 'queued') return this.i18n.t('intakeCsv.job.queued');
    const { done, total } = job.progress;
    return total
      ? this.i18n.t('intakeCsv.job.running', {
          done: this.i18n.formatNumber(done),
          total: this.i18n.formatNumber(total),
        })
      : this.i18n.t('intakeCsv.job.runningUnknown');
  }

  protected zoneOf(jurisdiction: string): string {
    return (
      this.catalogue().find((entry) => entry.jurisdiction === jurisdiction)?.defaultTimeZone ??
      userTimeZone()
    );
  }

  protected procedureLabel(jurisdiction: string, procedure: string): string {
    const entry = this.catalogue().find((j) => j.jurisdiction === jurisdiction);
    const found = entry?.procedures.find((p) => p.id === procedure);
    return found ? found.title[this.i18n.language()] : procedure;
  }

  protected eventLabel(jurisdiction: string, eventType: string): string {
    const entry = this.catalogue().find((j) => j.jurisdiction === jurisdiction);
    const found = entry?.eventTypes.find((e) => e.id === eventType);
    return found ? found.label[this.i18n.language()] : eventType;
  }

  private read(chosen: File): void {
    this.reset();
    if (chosen.size > INTAKE_CSV_MAX_BYTES) {
      this.fileError.set({ key: 'intakeCsv.file.tooLarge' });
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      this.file.set({ name: chosen.name, size: chosen.size, text: String(reader.result ?? '') });
    };
    reader.onerror = () => this.fileError.set({ key: 'intakeCsv.file.unreadable' });
    reader.readAsText(chosen, 'utf-8');
  }

  /** Asks about the job now, then every second after each answer, until it is done. */
  private follow(jobId: string): void {
    this.polling?.unsubscribe();
    this.pollFailed.set(false);
    this.polling = followJob(() => this.api.job(jobId), this.pollMs, this.job())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (job) => this.job.set(job),
        error: () => this.pollFailed.set(true),
      });
  }
}

/** The API's own sentence for refusals of the file (it names the line, column or limit). */
function apiNotice(error: unknown): Notice {
  if (
    error instanceof ApiError &&
    error.body?.message &&
    [400, 413, 415, 422].includes(error.status)
  )
    return { key: 'intakeCsv.apiError', params: { detail: error.body.message } };
  return errorNotice(error);
}
