import { HttpClient } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type {
  BackgroundJobResponse,
  CreateFilingBatchDto,
  FilingBatchResult,
} from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { apiBase } from '../../core/http';
import type { FilingTemplate } from '../case-filings/filings.models';

export type FilingBatchJob = BackgroundJobResponse<FilingBatchResult>;
export type StartFilingBatch = CreateFilingBatchDto;

/** The API's most cases in one batch (FILING_BATCH_MAX_CASES, repeated as a value here). */
export const FILING_BATCH_MAX_CASES = 1000;

/** How often a running batch is asked about (tests make it shorter). */
export const FILING_BATCH_POLL_MS = new InjectionToken<number>('FILING_BATCH_POLL_MS', {
  providedIn: 'root',
  factory: () => 1000,
});

/** One case of a batch, with what the screen offering it knows about it. */
export interface BatchCase {
  readonly id: string;
  /** A name or reference to show; the case's place in the list otherwise. */
  readonly label?: string | null;
  /** Narrows the templates offered when every case's jurisdiction is known. */
  readonly jurisdiction?: string | null;
}

/** One case the API refused, and why (422 FILING_BATCH_REFUSED, docs/filings.md). */
export interface BatchRefusal {
  readonly caseId: string;
  readonly code: string;
  readonly message: string;
  readonly missing: readonly { field: string; label: string; section: string }[];
}

/** One template for many cases as a background job (docs/filings.md, "Batches"). */
@Injectable({ providedIn: 'root' })
export class FilingBatchApi {
  private readonly http = inject(HttpClient);

  templates(): Observable<FilingTemplate[]> {
    return this.http.get<FilingTemplate[]>(`${apiBase}/filing-templates`);
  }

  /** 202 with the job; the same key in the office answers the same job. */
  start(body: StartFilingBatch): Observable<FilingBatchJob> {
    return this.http.post<FilingBatchJob>(`${apiBase}/filings/batches`, body);
  }

  job(id: string): Observable<FilingBatchJob> {
    return this.http.get<FilingBatchJob>(`${apiBase}/jobs/${encodeURIComponent(id)}`);
  }
}
