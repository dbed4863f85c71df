// The latest risk assessment as the memorandum prints it: each reason with the answers that made
// it fire, the urgency reasons, and the assessment's own citations (the guidance documents its
// reasons rest on, then the legal bases of its reasons and pathways), in the filing's language.
import {
  AnswerType,
  LEGAL_BASIS_LABELS,
  questionsById,
  SCREENING_INSTRUMENT,
  THEMATIC_GUIDANCE,
  type CountryProfile,
  type GuidanceCitation,
  type ScreeningAnswerValue,
} from '@amparo/domain';
import type { FilingLanguage, FilingRiskSummary } from '@amparo/filings';
import type { OpenedAssessment } from '../risk/sealed-assessment.codec';

const QUESTIONS = questionsById(SCREENING_INSTRUMENT);

const WORDS = {
  es: { answers: 'Respuestas', yes: 'sí', no: 'no' },
  en: { answers: 'Answers', yes: 'yes', no: 'no' },
} as const;

export interface RiskMemorandumSources {
  readonly assessment: OpenedAssessment;
  /** Who answers for it: the attorney who signed it off, else who recorded it. */
  readonly assessedBy: string;
  /** The office's country profiles (its edits over the shipped reference). */
  readonly profiles: readonly CountryProfile[];
  /** The case's forum zone: the assessment is dated on that clock. */
  readonly timeZone: string;
  readonly language: FilingLanguage;
}

export function toRiskSummary(sources: RiskMemorandumSources): FilingRiskSummary {
  const { assessment, language } = sources;
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const country = (code: string) => regions.of(code) ?? code;
  const findings = [
    ...assessment.reasons.map((reason) => {
      const answered = reason.answers
        .map((id) => answerLine(id, assessment.answers[id], language, country))
        .filter((line): line is string => line !== undefined);
      return answered.length > 0
        ? `${reason.text[language]} ${WORDS[language].answers}: ${answered.join('; ')}.`
        : reason.text[language];
    }),
    ...assessment.urgency.reasons.map((reason) => reason.text[language]),
  ];
  return {
    destinationCountry: country(assessment.destinationCountry),
    level: assessment.level,
    assessedOn: new Intl.DateTimeFormat('en-CA', { timeZone: sources.timeZone }).format(
      assessment.createdAt,
    ),
    assessedBy: sources.assessedBy,
    urgent: assessment.urgent,
    // Only an attorney's sign-off lets another filing state the level (riskToFile).
    signedOff: assessment.signedOffBy !== null && assessment.signedOffAt !== null,
    findings,
    citations: citations(assessment, sources.profiles, language),
  };
}

function answerLine(
  id: string,
  value: ScreeningAnswerValue | undefined,
  language: FilingLanguage,
  country: (code: string) => string,
): string | undefined {
  const question = QUESTIONS.get(id);
  // Free-text answers are sealed apart and may hold the narrative: the memorandum names none.
  if (!question || value === undefined || question.type === AnswerType.Text) return undefined;
  const prompt = question.prompt[language].replace(/^¿/, '').replace(/[?:]$/, '');
  const option = (v: string) =>
    'options' in question ? (question.options.find((o) => o.value === v)?.label[language] ?? v) : v;
  let shown: string;
  if (typeof value === 'boolean') shown = value ? WORDS[language].yes : WORDS[language].no;
  else if (Array.isArray(value)) shown = value.map(option).join(', ');
  else if (question.type === AnswerType.CountryCode) shown = country(String(value));
  else if (typeof value === 'string') shown = option(value);
  else shown = String(value);
  return `${prompt}: ${shown}`;
}

function citations(
  assessment: OpenedAssessment,
  profiles: readonly CountryProfile[],
  language: FilingLanguage,
): string[] {
  const byCountry = new Map(profiles.map((profile) => [profile.code, profile]));
  const thematic = new Map<string, GuidanceCitation>(THEMATIC_GUIDANCE.map((g) => [g.id, g]));
  const out: string[] = [];
  const add = (text: string) => {
    if (!out.includes(text)) out.push(text);
  };
  // `<CC>.<fact>[.<detail>][:<citation id>]`: the documents the reasons rest on.
  for (const fact of assessment.reasons.flatMap((reason) => reason.profileFacts)) {
    const [subject, citationId] = fact.split(':');
    if (!citationId) continue;
    const code = subject.split('.')[0];
    const guidance =
      byCountry.get(code)?.guidance.find((g) => g.id === citationId) ?? thematic.get(citationId);
    add(guidance ? guidanceLine(guidance) : citationId);
  }
  const bases = [
    ...assessment.reasons.flatMap((reason) => reason.legalBasis),
    ...assessment.pathways.flatMap((pathway) => pathway.legalBasis),
  ];
  for (const basis of bases) add(LEGAL_BASIS_LABELS[basis]?.[language] ?? basis);
  return out;
}

const guidanceLine = (g: GuidanceCitation) =>
  [g.title.startsWith(g.issuer) ? undefined : g.issuer, g.title, g.symbol, g.date]
    .filter((part) => part)
    .join(', ');
