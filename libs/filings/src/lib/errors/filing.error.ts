// Typed failures of filing generation; the API maps each code to one HTTP answer.
import type { RequiredField } from '../model/filing-template.model';

export enum FilingErrorCode {
  MissingData = 'FILING_MISSING_DATA',
  UncoveredCharacter = 'FILING_UNCOVERED_CHARACTER',
  UnknownTemplate = 'FILING_UNKNOWN_TEMPLATE',
  UnsupportedLanguage = 'FILING_UNSUPPORTED_LANGUAGE',
  TemplateDefect = 'FILING_TEMPLATE_DEFECT',
}

export class FilingError extends Error {
  constructor(
    readonly code: FilingErrorCode,
    message: string,
    /** The FilingData path the failure is about, when there is one (e.g. decision.authority). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'FilingError';
  }
}

/** Generation asked for while required case data is absent: lists every missing item (HTTP 422). */
export class MissingFilingDataError extends FilingError {
  constructor(
    readonly templateId: string,
    readonly missing: readonly RequiredField[],
  ) {
    super(
      FilingErrorCode.MissingData,
      `Template ${templateId} needs: ${missing.map((m) => m.field).join(', ')}`,
    );
    this.name = 'MissingFilingDataError';
  }
}

/** A character that no embedded font can draw: refused rather than printed as an empty box. */
export class UncoveredCharacterError extends FilingError {
  constructor(
    readonly character: string,
    readonly codePoint: string,
    override readonly field: string,
  ) {
    super(
      FilingErrorCode.UncoveredCharacter,
      `Character "${character}" (${codePoint}) in ${field} is not covered by any embedded font`,
      field,
    );
    this.name = 'UncoveredCharacterError';
  }
}
