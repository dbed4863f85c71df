// Why a set of screening answers was refused, question by question, so nothing wrong is stored.
import { InvalidInputError } from '../errors/invalid-input.error';

export enum ScreeningErrorCode {
  InstrumentVersionMismatch = 'SCREENING_INSTRUMENT_VERSION_MISMATCH',
  UnknownQuestion = 'SCREENING_UNKNOWN_QUESTION',
  MissingRequired = 'SCREENING_MISSING_REQUIRED',
  WrongType = 'SCREENING_WRONG_TYPE',
  UnknownOption = 'SCREENING_UNKNOWN_OPTION',
  DuplicateOption = 'SCREENING_DUPLICATE_OPTION',
  InvalidDate = 'SCREENING_INVALID_DATE',
  DateInFuture = 'SCREENING_DATE_IN_FUTURE',
  OutOfRange = 'SCREENING_OUT_OF_RANGE',
  InvalidCountryCode = 'SCREENING_INVALID_COUNTRY_CODE',
  TextTooLong = 'SCREENING_TEXT_TOO_LONG',
}

/** One problem with one answer; `questionId` is absent only for the instrument version. */
export interface ScreeningAnswerIssue {
  readonly code: ScreeningErrorCode;
  readonly questionId?: string;
  readonly message: string;
}

export class ScreeningValidationError extends InvalidInputError {
  constructor(readonly issues: readonly ScreeningAnswerIssue[]) {
    super(
      issues.length === 1 && issues[0] ? issues[0].code : 'SCREENING_INVALID_ANSWERS',
      `Screening answers refused: ${issues.map((i) => `${i.questionId ?? 'instrumentVersion'}: ${i.message}`).join('; ')}`,
      issues.map((i) => ({
        field: i.questionId ?? 'instrumentVersion',
        message: i.message,
        code: i.code,
      })),
    );
  }
}
