// Keeps supervisor edits to country profiles honest: no guidance claimed without a citation.
import { InvalidInputError } from '../errors/invalid-input.error';
import type { CountryProfile, ForumFacts, SourceText } from './country-profile.model';
import { isIsoCountryCode } from './iso-country-codes.data';
import { THEMATIC_GUIDANCE } from './thematic-guidance.data';

export enum CountryProfileErrorCode {
  InvalidCode = 'COUNTRY_PROFILE_INVALID_CODE',
  GuidanceFlagMismatch = 'COUNTRY_PROFILE_GUIDANCE_FLAG_MISMATCH',
  InvalidDate = 'COUNTRY_PROFILE_INVALID_DATE',
  UnknownCitation = 'COUNTRY_PROFILE_UNKNOWN_CITATION',
  AdvisoryWithoutCitation = 'COUNTRY_PROFILE_ADVISORY_WITHOUT_CITATION',
  MissingNote = 'COUNTRY_PROFILE_MISSING_NOTE',
  SourceIncomplete = 'COUNTRY_PROFILE_SOURCE_INCOMPLETE',
  CartagenaMismatch = 'COUNTRY_PROFILE_CARTAGENA_MISMATCH',
}

export interface CountryProfileIssue {
  readonly code: CountryProfileErrorCode;
  readonly field: string;
  readonly message: string;
}

const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/;

/** A source is an address and the words read there, both or neither: half a source checks nothing. */
function sourceProblem(source: SourceText): string | undefined {
  const url = source.sourceUrl?.trim();
  const excerpt = source.excerpt?.trim();
  if (!url && !excerpt) return undefined;
  if (!url || !excerpt) return 'a source needs both its address and the excerpt relied on';
  if (!WEB_ADDRESS.test(url)) return `"${url}" is not a web address`;
  return undefined;
}

/** `appliesCartagena` must say what the grounds say: "yes" only when every ground applies. */
function cartagenaProblem(forum: ForumFacts): string | undefined {
  const grounds = forum.cartagenaGrounds;
  if (!grounds) return undefined;
  if (new Set(grounds.map((g) => g.ground)).size !== grounds.length)
    return 'each Cartagena ground may be listed once';
  const yes = grounds.filter((g) => g.applies === 'yes').length;
  const no = grounds.filter((g) => g.applies === 'no').length;
  const expected =
    yes === 0 && no === 0
      ? 'not-verified'
      : yes === grounds.length
        ? 'yes'
        : no === grounds.length
          ? 'no'
          : 'partly';
  return forum.appliesCartagena === expected
    ? undefined
    : `appliesCartagena must be "${expected}" for the grounds listed`;
}
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
  const sources: Array<[string, SourceText]> = [
    ...p.guidance.map((g, i): [string, SourceText] => [`guidance[${i}]`, g]),
    ['returns', p.returns],
    ...(p.thirdCountryArrangement.arrangements ?? []).map((a, i): [string, SourceText] => [
      `thirdCountryArrangement.arrangements[${i}]`,
      a,
    ]),
    ...(p.forum?.protections ?? []).map((f, i): [string, SourceText] => [
      `forum.protections[${i}]`,
      f,
    ]),
    ...(p.forum?.cartagenaGrounds ?? []).map((g, i): [string, SourceText] => [
      `forum.cartagenaGrounds[${i}]`,
      g,
    ]),
    ...(p.forum?.catBars ? [['forum.catBars', p.forum.catBars] as [string, SourceText]] : []),
    ...(p.changedCircumstances
      ? [['changedCircumstances', p.changedCircumstances] as [string, SourceText]]
      : []),
  ];
  for (const [field, source] of sources) {
    const problem = sourceProblem(source);
    if (problem) add(CountryProfileErrorCode.SourceIncomplete, `${field}.sourceUrl`, problem);
  }
  const dated: Array<[string, string]> = [
    ...(p.thirdCountryArrangement.arrangements ?? []).map((a, i): [string, string] => [
      `thirdCountryArrangement.arrangements[${i}].date`,
      a.date,
    ]),
    ...(p.changedCircumstances
      ? [['changedCircumstances.date', p.changedCircumstances.date] as [string, string]]
      : []),
  ];
  for (const [field, date] of dated)
    if (!PARTIAL_ISO_DATE.test(date))
      add(CountryProfileErrorCode.InvalidDate, field, `"${date}" is not YYYY[-MM[-DD]]`);
  const cartagena = p.forum ? cartagenaProblem(p.forum) : undefined;
  if (cartagena)
    add(CountryProfileErrorCode.CartagenaMismatch, 'forum.appliesCartagena', cartagena);
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
