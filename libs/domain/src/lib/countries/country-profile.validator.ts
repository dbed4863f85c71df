// Keeps supervisor edits to country profiles honest: no guidance claimed without a citation.
import { InvalidInputError } from '../errors/invalid-input.error';
import type { CountryProfile } from './country-profile.model';
import { isIsoCountryCode } from './iso-country-codes.data';
import { THEMATIC_GUIDANCE } from './thematic-guidance.data';

export enum CountryProfileErrorCode {
  InvalidCode = 'COUNTRY_PROFILE_INVALID_CODE',
  GuidanceFlagMismatch = 'COUNTRY_PROFILE_GUIDANCE_FLAG_MISMATCH',
  InvalidDate = 'COUNTRY_PROFILE_INVALID_DATE',
  UnknownCitation = 'COUNTRY_PROFILE_UNKNOWN_CITATION',
  AdvisoryWithoutCitation = 'COUNTRY_PROFILE_ADVISORY_WITHOUT_CITATION',
  MissingNote = 'COUNTRY_PROFILE_MISSING_NOTE',
}

export interface CountryProfileIssue {
  readonly code: CountryProfileErrorCode;
  readonly field: string;
  readonly message: string;
}

const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function validateCountryProfile(p: CountryProfile): CountryProfileIssue[] {
  const issues: CountryProfileIssue[] = [];
  const add = (code: CountryProfileErrorCode, field: string, message: string) =>
    issues.push({ code, field, message });
  if (!isIsoCountryCode(p.code))
    add(CountryProfileErrorCode.InvalidCode, 'code', `"${p.code}" is not ISO 3166-1 alpha-2`);
  if (p.guidanceFound !== p.guidance.length > 0) {
    add(
      CountryProfileErrorCode.GuidanceFlagMismatch,
      'guidanceFound',
      'guidanceFound must be true exactly when guidance is cited',
    );
  }
  if (!p.guidanceNote.en.trim() || !p.guidanceNote.es.trim()) {
    add(
      CountryProfileErrorCode.MissingNote,
      'guidanceNote',
      'the guidance note must say, in English and Spanish, what was or was not found',
    );
  }
  p.guidance.forEach((g, i) => {
    if (!PARTIAL_ISO_DATE.test(g.date))
      add(
        CountryProfileErrorCode.InvalidDate,
        `guidance[${i}].date`,
        `"${g.date}" is not YYYY[-MM[-DD]]`,
      );
  });
  const citations = new Set([
    ...p.guidance.map((g) => g.id),
    ...THEMATIC_GUIDANCE.map((g) => g.id),
  ]);
  p.riskProfiles.forEach((r, i) => {
    if (!citations.has(r.citationId))
      add(
        CountryProfileErrorCode.UnknownCitation,
        `riskProfiles[${i}].citationId`,
        `no guidance "${r.citationId}"`,
      );
  });
  if (p.cartagenaContext && !citations.has(p.cartagenaContext.citationId)) {
    add(
      CountryProfileErrorCode.UnknownCitation,
      'cartagenaContext.citationId',
      `no guidance "${p.cartagenaContext.citationId}"`,
    );
  }
  if (p.returns.advisedAgainst && (!p.returns.citationId || !citations.has(p.returns.citationId))) {
    add(
      CountryProfileErrorCode.AdvisoryWithoutCitation,
      'returns.citationId',
      'advice against returns needs a cited source',
    );
  }
  if (!PARTIAL_ISO_DATE.test(p.reviewedOn))
    add(CountryProfileErrorCode.InvalidDate, 'reviewedOn', `"${p.reviewedOn}" is not a date`);
  return issues;
}

export class CountryProfileValidationError extends InvalidInputError {
  constructor(readonly issues: readonly CountryProfileIssue[]) {
    super(
      'COUNTRY_PROFILE_INVALID',
      `Country profile refused: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
      issues.map((i) => ({ field: i.field, message: i.message, code: i.code })),
    );
  }
}

export function assertValidCountryProfile(p: CountryProfile): CountryProfile {
  const issues = validateCountryProfile(p);
  if (issues.length > 0) throw new CountryProfileValidationError(issues);
  return p;
}
