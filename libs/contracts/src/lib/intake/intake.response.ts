// What the API says about an intake file: every problem by line and column before anything is
import { IsIn, IsOptional } from 'class-validator';
// saved, the people it would take in, and the job that takes them in.
import type { BackgroundJobResponse } from '../jobs/background-job.response';

export const INTAKE_FILE_LANGUAGES = ['en', 'es'] as const;
export type IntakeFileLanguage = (typeof INTAKE_FILE_LANGUAGES)[number];

export const INTAKE_IMPORT_MODES = ['all', 'valid'] as const;
export type IntakeImportMode = (typeof INTAKE_IMPORT_MODES)[number];

export interface IntakeProblemResponse {
  /** The line of the file (the header is line 1). */
  readonly line: number;
  readonly column: string;
  readonly message: string;
}

export interface IntakePreviewRow {
  readonly line: number;
  readonly name: string;
  readonly jurisdiction: string;
  readonly procedure: string;
  /** The events the row records, each of which may start a deadline. */
  readonly events: readonly { readonly eventType: string; readonly occurredAt: string }[];
}

export interface IntakeReportResponse {
  /** SHA-256 of the file's text: the same file imported twice is one import. */
  readonly fileHash: string;
  readonly delimiter: ',' | ';';
  /** The language of the file's headers (English or Spanish template): the messages use it. */
  readonly language: IntakeFileLanguage;
  readonly rows: number;
  readonly validRows: number;
  readonly invalidRows: number;
  readonly problems: readonly IntakeProblemResponse[];
  /** Not errors: people the office may already have (same name and birth date, or A-number). */
  readonly warnings: readonly IntakeProblemResponse[];
  readonly preview: readonly IntakePreviewRow[];
}

export interface IntakeImportResponse {
  readonly report: IntakeReportResponse;
  readonly job: BackgroundJobResponse;
  /** False when this file was already imported (or is being imported): nothing new was queued. */
  readonly created: boolean;
}

export interface IntakeImportResult {
  readonly imported: number;
  readonly caseIds: readonly string[];
}

export class IntakeImportQueryDto {
  /** `all` (the default): refuse the file while any row has a problem; `valid`: skip those rows. */
  @IsOptional()
  @IsIn(INTAKE_IMPORT_MODES, { message: 'rows must be all or valid' })
  rows?: IntakeImportMode;
}

export class IntakeTemplateQueryDto {
  /** The language of the headers, example rows and allowed values (default English). */
  @IsOptional()
  @IsIn(INTAKE_FILE_LANGUAGES, { message: 'language must be en or es' })
  language?: IntakeFileLanguage;
}
