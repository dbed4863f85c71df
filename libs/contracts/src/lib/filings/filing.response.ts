// A generated filing and the catalogue of templates, as the API returns them.
import type { FilingDetailsDto, FilingLanguageCode } from './filing.dto';

/** draft → approved (an attorney) → filed → served. */
export type FilingStatusCode = 'draft' | 'approved' | 'filed' | 'served';

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
  approvedAt: string | null;
  approvedBy: string | null;
  /** The risk assessment the filing's risk text came from, if any: approval needs it signed off. */
  riskAssessmentId: string | null;
  /**
   * Whether that assessment was signed off when the filing was generated (null: the filing prints
   * no risk text). A filing generated from an unsigned one cannot be approved: generate it anew.
   */
  riskSignedOff: boolean | null;
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
  /**
   * Each required field's label in both languages, so a form in English lists "Place of
   * signature" even for a template written in Spanish.
   */
  fieldLabels: Record<string, Record<FilingLanguageCode, string>>;
}

/** A case's kept filing-form details (what its next filing starts from). */
export interface CaseFilingDetailsResponse {
  caseId: string;
  /** 0 while nothing has been kept. */
  version: number;
  details: FilingDetailsDto;
  updatedBy: string | null;
  updatedAt: string | null;
}
