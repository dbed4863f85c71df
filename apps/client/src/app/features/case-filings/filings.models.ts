// Wire types come type-only from @amparo/contracts: no runtime code of it reaches the bundle.
import type {
  CaseFilingDetailsResponse,
  CaseResponse,
  FilingDetailsDto,
  FilingLanguageCode,
  FilingResponse,
  FilingStatusCode,
  FilingTemplateResponse,
  GenerateFilingDto,
} from '@amparo/contracts';

export type Filing = FilingResponse;
export type FilingTemplate = FilingTemplateResponse;
export type FilingLanguage = FilingLanguageCode;
export type FilingStatus = FilingStatusCode;
export type FilingDetails = FilingDetailsDto;
export type GenerateFiling = GenerateFilingDto;
export type CaseSummary = Pick<
  CaseResponse,
  'id' | 'reference' | 'jurisdiction' | 'timeZone' | 'custodyStatus'
>;
export type KeptDetails = CaseFilingDetailsResponse;

/** One item a template needs that the case lacks (the 422's details). */
export interface MissingItem {
  field: string;
  label: string;
  section: string;
}
