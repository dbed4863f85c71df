// One version of a case's risk screening, with why it says what it says and what changed since.
import type {
  AnswerChange,
  ProtectionPathway,
  RiskAdvisory,
  RiskLevel,
  RiskReason,
  RiskScoreChange,
  RiskUrgency,
  ScreeningAnswers,
} from '@amparo/domain';

export interface RiskAssessmentChanges {
  /** The version this one is compared with (the one before it). */
  fromVersion: number;
  /** Answers added, removed or changed, in words; sensitive free text is redacted. */
  answers: AnswerChange[];
  score: RiskScoreChange;
}

export interface RiskAssessmentResponse {
  id: string;
  caseId: string;
  clientId: string;
  version: number;
  instrumentVersion: string;
  rulesVersion: string;
  destination: string;
  answers: ScreeningAnswers;
  evidenceNotes: string | null;
  level: RiskLevel;
  reasons: RiskReason[];
  pathways: ProtectionPathway[];
  urgency: RiskUrgency;
  advisories: RiskAdvisory[];
  urgent: boolean;
  createdBy: string | null;
  createdAt: string;
  signedOffBy: string | null;
  signedOffAt: string | null;
  /** Null for the first version. */
  changes: RiskAssessmentChanges | null;
}
