// Wire types come type-only from @amparo/contracts and @amparo/domain: no runtime code of either.
import type {
  CaseRiskEscalationResponse,
  CountryProfileResponse,
  CreateRiskAssessmentDto,
  RiskAssessmentResponse,
  ScreeningInstrumentResponse,
  ScreeningQuestionResponse,
  ScreeningSectionResponse,
} from '@amparo/contracts';
import type { LocalizedText, RiskLevel, ScreeningAnswerValue } from '@amparo/domain';

export type { CountryProfileResponse, LocalizedText, RiskLevel, ScreeningAnswerValue };
export type ScreeningInstrument = ScreeningInstrumentResponse;
export type ScreeningSection = ScreeningSectionResponse;
export type ScreeningQuestion = ScreeningQuestionResponse;
export type RiskAssessment = RiskAssessmentResponse;
export type CreateRiskAssessment = CreateRiskAssessmentDto;
export type CaseRiskEscalation = CaseRiskEscalationResponse;

/** The levels in rising order (RISK_LEVELS in @amparo/domain; the type keeps them in step). */
export const riskLevels = [
  'low',
  'moderate',
  'high',
  'extreme',
] as const satisfies readonly RiskLevel[];

/** Answers being edited: absent or null means "not answered". */
export type DraftAnswers = Record<string, ScreeningAnswerValue | null>;
