// Checks submitted answers against the instrument they claim to answer, before anything is stored.
import { isIsoCountryCode } from '../countries/iso-country-codes.data';
import type { ScreeningAnswers, ScreeningAnswerValue } from './screening-answer.model';
import {
  ScreeningErrorCode,
  ScreeningValidationError,
  type ScreeningAnswerIssue,
} from './screening-validation.error';
import { questionsById } from './screening.instrument';
import {
  AnswerType,
  type ScreeningInstrument,
  type ScreeningQuestion,
} from './screening-question.model';

export type ScreeningValidationResult =
  | { readonly ok: true; readonly answers: ScreeningAnswers }
  | { readonly ok: false; readonly issues: readonly ScreeningAnswerIssue[] };

export interface ScreeningValidationOptions {
  /** Today in ISO form (YYYY-MM-DD); when given, dates marked "not in future" are checked. */
  readonly today?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Validates raw input (parsed JSON of unknown shape). Null or absent means "not answered";
 * every other problem is reported against its question id, all at once.
 */
export function validateScreeningAnswers(
  instrument: ScreeningInstrument,
  instrumentVersion: unknown,
  rawAnswers: unknown,
  options: ScreeningValidationOptions = {},
): ScreeningValidationResult {
  const issues: ScreeningAnswerIssue[] = [];
  if (instrumentVersion !== instrument.version) {
    issues.push({
      code: ScreeningErrorCode.InstrumentVersionMismatch,
      message: `answers are for instrument "${String(instrumentVersion)}", expected "${instrument.version}"`,
    });
  }
  if (typeof rawAnswers !== 'object' || rawAnswers === null || Array.isArray(rawAnswers)) {
    issues.push({
      code: ScreeningErrorCode.WrongType,
      message: 'answers must be an object keyed by question id',
    });
    return { ok: false, issues };
  }
  const questions = questionsById(instrument);
  const answers: Record<string, ScreeningAnswerValue> = {};
  for (const [id, value] of Object.entries(rawAnswers)) {
    const question = questions.get(id);
    if (!question) {
      issues.push({
        code: ScreeningErrorCode.UnknownQuestion,
        questionId: id,
        message: 'no such question in this instrument',
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const issue = checkValue(question, value, options);
    if (issue) issues.push({ ...issue, questionId: id });
    else answers[id] = value as ScreeningAnswerValue;
  }
  for (const question of questions.values()) {
    const alreadyReported = issues.some((i) => i.questionId === question.id);
    if (
      !alreadyReported &&
      isRequired(question, rawAnswers as Record<string, unknown>) &&
      isUnanswered(rawAnswers, question.id)
    ) {
      issues.push({
        code: ScreeningErrorCode.MissingRequired,
        questionId: question.id,
        message: 'an answer is required',
      });
    }
  }
  return issues.length === 0 ? { ok: true, answers } : { ok: false, issues };
}

/** Same check, throwing the typed domain error that the API maps to a 400. */
export function assertValidScreeningAnswers(
  instrument: ScreeningInstrument,
  instrumentVersion: unknown,
  rawAnswers: unknown,
  options: ScreeningValidationOptions = {},
): ScreeningAnswers {
  const result = validateScreeningAnswers(instrument, instrumentVersion, rawAnswers, options);
  if (!result.ok) throw new ScreeningValidationError(result.issues);
  return result.answers;
}

function isRequired(question: ScreeningQuestion, raw: Record<string, unknown>): boolean {
  if (question.required) return true;
  const when = question.requiredWhen;
  return when !== undefined && raw[when.questionId] === when.equals;
}

function isUnanswered(raw: object, id: string): boolean {
  const value = (raw as Record<string, unknown>)[id];
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

type Problem = Omit<ScreeningAnswerIssue, 'questionId'>;

function wrongType(expected: string, value: unknown): Problem {
  const got = Array.isArray(value) ? 'array' : typeof value;
  return { code: ScreeningErrorCode.WrongType, message: `expected ${expected}, got ${got}` };
}

function checkValue(
  question: ScreeningQuestion,
  value: unknown,
  options: ScreeningValidationOptions,
): Problem | undefined {
  switch (question.type) {
    case AnswerType.Boolean:
      return typeof value === 'boolean' ? undefined : wrongType('a boolean', value);
    case AnswerType.SingleChoice: {
      if (typeof value !== 'string') return wrongType('one option value (string)', value);
      return question.options.some((o) => o.value === value)
        ? undefined
        : unknownOption(value, question);
    }
    case AnswerType.MultiChoice: {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        return wrongType('a list of option values (strings)', value);
      }
      const unknown = value.find((v) => !question.options.some((o) => o.value === v));
      if (unknown !== undefined) return unknownOption(String(unknown), question);
      if (new Set(value).size !== value.length) {
        return { code: ScreeningErrorCode.DuplicateOption, message: 'an option is listed twice' };
      }
      return undefined;
    }
    case AnswerType.Date: {
      if (typeof value !== 'string') return wrongType('an ISO date (YYYY-MM-DD)', value);
      if (!isIsoCalendarDate(value)) {
        return {
          code: ScreeningErrorCode.InvalidDate,
          message: `"${value}" is not a calendar date (YYYY-MM-DD)`,
        };
      }
      if (question.notInFuture && options.today !== undefined && value > options.today) {
        return {
          code: ScreeningErrorCode.DateInFuture,
          message: `${value} is after today (${options.today})`,
        };
      }
      return undefined;
    }
    case AnswerType.Number: {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return wrongType('a finite number', value);
      if (
        value < question.min ||
        value > question.max ||
        (question.integer && !Number.isInteger(value))
      ) {
        return {
          code: ScreeningErrorCode.OutOfRange,
          message: `${value} is outside ${question.min}..${question.max}${question.integer ? ' (whole numbers)' : ''}`,
        };
      }
      return undefined;
    }
    case AnswerType.CountryCode: {
      if (typeof value !== 'string') return wrongType('an ISO 3166-1 alpha-2 code', value);
      return isIsoCountryCode(value)
        ? undefined
        : {
            code: ScreeningErrorCode.InvalidCountryCode,
            message: `"${value}" is not an ISO 3166-1 alpha-2 code`,
          };
    }
    case AnswerType.Text: {
      if (typeof value !== 'string') return wrongType('text', value);
      return value.length <= question.maxLength
        ? undefined
        : {
            code: ScreeningErrorCode.TextTooLong,
            message: `longer than ${question.maxLength} characters`,
          };
    }
  }
}

function unknownOption(
  value: string,
  question: { readonly options: readonly { value: string }[] },
): Problem {
  return {
    code: ScreeningErrorCode.UnknownOption,
    message: `"${value}" is not one of: ${question.options.map((o) => o.value).join(', ')}`,
  };
}
