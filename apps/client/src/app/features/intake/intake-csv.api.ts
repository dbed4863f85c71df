import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  BackgroundJobResponse,
  IntakeFileLanguage,
  IntakeImportMode,
  IntakeImportResponse,
  IntakeImportResult,
  IntakeReportResponse,
} from '@amparo/contracts';
import { apiBase } from '../../core/http';

export const intakeCsvUrls = {
  template: `${apiBase}/intake/csv/template`,
  allowedValues: `${apiBase}/intake/csv/allowed-values`,
  check: `${apiBase}/intake/csv/check`,
  import: `${apiBase}/intake/csv/import`,
  job: (id: string) => `${apiBase}/jobs/${encodeURIComponent(id)}`,
} as const;

/** The API's limit for one file (body-parser's '5mb'): refused here before it is sent. */
export const INTAKE_CSV_MAX_BYTES = 5 * 1024 * 1024;

export type IntakeDownload = 'template' | 'allowed-values';

export type IntakeJob = BackgroundJobResponse<IntakeImportResult>;

const csv = { headers: { 'Content-Type': 'text/csv; charset=utf-8' } };

/** Taking many people in from one CSV file: the template, the check, the import job. */
@Injectable({ providedIn: 'root' })
export class IntakeCsvApi {
  private readonly http = inject(HttpClient);

  /** The template (headers and three example people) or the sheet of allowed values. */
  download(kind: IntakeDownload, language: IntakeFileLanguage): Observable<string> {
    const url = kind === 'template' ? intakeCsvUrls.template : intakeCsvUrls.allowedValues;
    return this.http.get(url, { responseType: 'text', params: { language } });
  }

  check(text: string): Observable<IntakeReportResponse> {
    return this.http.post<IntakeReportResponse>(intakeCsvUrls.check, text, csv);
  }

  import(text: string, rows: IntakeImportMode): Observable<IntakeImportResponse> {
    return this.http.post<IntakeImportResponse>(intakeCsvUrls.import, text, {
      ...csv,
      params: { rows },
    });
  }

  job(id: string): Observable<IntakeJob> {
    return this.http.get<IntakeJob>(intakeCsvUrls.job(id));
  }
}
