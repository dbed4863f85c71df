// Turns stored assessment versions into what the API answers, with the change from the previous one.
import type { RiskAssessmentResponse } from '@amparo/contracts';
import {
  diffRiskScores,
  diffScreeningAnswers,
  SCREENING_INSTRUMENT,
  type ScreeningAnswers,
} from '@amparo/domain';
import type { OpenedAssessment } from './sealed-assessment.codec';

export interface OpenedEvidence {
  readonly texts: Readonly<Record<string, string>>;
  readonly notes: string | null;
}

export function toAssessmentResponse(
  row: OpenedAssessment,
  evidence: OpenedEvidence,
  previous?: { readonly row: OpenedAssessment; readonly evidence: OpenedEvidence },
): RiskAssessmentResponse {
  const answers = fullAnswers(row, evidence);
  return {
    id: row.id,
    caseId: row.caseId,
    clientId: row.clientId,
    version: row.version,
    instrumentVersion: row.instrumentVersion,
    rulesVersion: row.rulesVersion,
    destination: row.destinationCountry,
    answers,
    evidenceNotes: evidence.notes,
    level: row.level,
    reasons: row.reasons,
    pathways: row.pathways,
    urgency: row.urgency,
    advisories: row.advisories,
    urgent: row.urgent,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    signedOffBy: row.signedOffBy,
    signedOffAt: row.signedOffAt?.toISOString() ?? null,
    changes: previous
      ? {
          fromVersion: previous.row.version,
          answers: diffScreeningAnswers(
            SCREENING_INSTRUMENT,
            fullAnswers(previous.row, previous.evidence),
            answers,
            { redactSensitive: true },
          ),
          score: diffRiskScores(previous.row, row),
        }
      : null,
  };
}

function fullAnswers(row: OpenedAssessment, evidence: OpenedEvidence): ScreeningAnswers {
  return { ...row.answers, ...evidence.texts };
}
