// A generated filing and the catalogue of templates, as the API returns them.
import type { FilingLanguageCode } from './filing.dto';

export type FilingStatusCode = 'draft' | 'filed' | 'served';

export interface FilingResponse {
  id: string;
  caseId: string;
  templateId: string;
  templateVersion: string;
  language: FilingLanguageCode;
  /** 1, 2, 3… per case and template; earlier versions are kept. */
  filingVersion: number;
  title: string;
  pageCount: number;
  sha256: string;
  byteSize: number;
  status: FilingStatusCode;
  filedAt: string | null;
  filedBy: string | null;
  /** The timeline event recorded when it was filed (starts the next deadline), if the pack has one. */
  filedEventId: string | null;
  servedAt: string | null;
  servedBy: string | null;
  createdBy: string | null;
  /** The batch job that generated it, if it came from a batch. */
  batchJobId: string | null;
  createdAt: string;
  version: number;
}

/** One item of case data a template needs: its path, label and the part of the app where it is entered. */
export interface FilingRequiredField {
  field: string;
  label: string;
  section: string;
}

export interface FilingTemplateResponse {
  id: string;
  version: string;
  /** `ANY`: a template for every forum (sworn declaration, risk memorandum). */
  jurisdiction: 'PE' | 'MX' | 'US' | 'ANY';
  procedure: string;
  languages: FilingLanguageCode[];
  titles: Partial<Record<FilingLanguageCode, string>>;
  requiredData: Partial<Record<FilingLanguageCode, FilingRequiredField[]>>;
}
