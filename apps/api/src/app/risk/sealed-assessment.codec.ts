// A screening version with its sealed parts opened, and the columns that store a new one. Values
// still in their clear columns were written by a version of Amparo that did not seal them (before
// migration 1763900070000, or an older instance during an upgrade): they are the current ones
// until `keys:rotate` or the start-up pass seals them.
import type {
  ProtectionPathway,
  RiskAdvisory,
  RiskReason,
  RiskUrgency,
  ScreeningAnswers,
} from '@amparo/domain';
import type { FieldCipher } from '../crypto/field.cipher';
import { openJson, sealJson } from '../crypto/sealed-json.codec';
import { removalHoursAnswer } from './removal-clock';
import type { RiskAssessmentEntity } from './risk-assessment.entity';
import { RISK_ANSWERS, RISK_FINDINGS } from './risk-sealed-columns';

/** What the score says about the answers: sealed with them. */
export interface AssessmentFindings {
  readonly reasons: RiskReason[];
  readonly pathways: ProtectionPathway[];
  readonly urgency: RiskUrgency;
  readonly advisories: RiskAdvisory[];
}

type StoredColumns =
  | 'answersSealed'
  | 'clearAnswers'
  | 'findingsSealed'
  | 'clearReasons'
  | 'clearPathways'
  | 'clearUrgency'
  | 'clearAdvisories';

/** A stored version as its readers use it: the structured answers and the findings opened. */
export type OpenedAssessment = Omit<RiskAssessmentEntity, StoredColumns> &
  AssessmentFindings & {
    /** Structured answers only: free text stays in evidenceSealed. */
    readonly answers: ScreeningAnswers;
  };

const NO_FINDINGS: AssessmentFindings = {
  reasons: [],
  pathways: [],
  urgency: { urgent: false, removalWithin72h: false, reasons: [] },
  advisories: [],
};

export function openAssessment(row: RiskAssessmentEntity, cipher: FieldCipher): OpenedAssessment {
  const {
    answersSealed,
    clearAnswers,
    findingsSealed: _findingsSealed,
    clearReasons: _clearReasons,
    clearPathways: _clearPathways,
    clearUrgency: _clearUrgency,
    clearAdvisories: _clearAdvisories,
    ...stored
  } = row;
  const answers =
    clearAnswers ??
    (answersSealed === null
      ? {}
      : openJson<ScreeningAnswers>(
          cipher,
          RISK_ANSWERS,
          row.organizationId,
          row.id,
          answersSealed,
        ));
  return { ...stored, answers, ...openFindings(row, cipher) };
}

/** The findings alone (what the escalation queue shows), without opening the answers. */
export function openFindings(row: RiskAssessmentEntity, cipher: FieldCipher): AssessmentFindings {
  if (row.clearReasons !== null)
    return {
      reasons: row.clearReasons,
      pathways: row.clearPathways ?? [],
      urgency: row.clearUrgency ?? NO_FINDINGS.urgency,
      advisories: row.clearAdvisories ?? [],
    };
  if (row.findingsSealed === null) return NO_FINDINGS;
  return openJson<AssessmentFindings>(
    cipher,
    RISK_FINDINGS,
    row.organizationId,
    row.id,
    row.findingsSealed,
  );
}

/** The columns that store a new version: answers and findings sealed, the removal hours clear. */
export function sealAssessment(
  cipher: FieldCipher,
  organizationId: string,
  id: string,
  answers: ScreeningAnswers,
  findings: AssessmentFindings,
): Pick<RiskAssessmentEntity, StoredColumns | 'hoursUntilRemoval'> {
  const { reasons, pathways, urgency, advisories } = findings;
  return {
    answersSealed: sealJson(cipher, RISK_ANSWERS, organizationId, id, answers),
    clearAnswers: null,
    findingsSealed: sealJson(cipher, RISK_FINDINGS, organizationId, id, {
      reasons,
      pathways,
      urgency,
      advisories,
    }),
    clearReasons: null,
    clearPathways: null,
    clearUrgency: null,
    clearAdvisories: null,
    hoursUntilRemoval: removalHoursAnswer(answers),
  };
}
