// A case in grave danger whose removal may come within 72 hours, for the supervisors' attention.
import type { LocalizedText, RiskLevel, RiskReason } from '@amparo/domain';

export type RemovalClockSource =
  'open-deadline' | 'pasee-open' | 'expedited-removal' | 'removal-hours-answer';

export interface RemovalClockResponse {
  source: RemovalClockSource;
  text: LocalizedText;
  /** When the window is known to close (PASEE 48 h, the answered removal time); null otherwise. */
  until: string | null;
  /** For `open-deadline`: the case deadline (case_deadlines) that makes removal imminent. */
  deadlineId?: string;
}

export interface RiskEscalationResponse {
  caseId: string;
  caseReference: string;
  clientId: string;
  leadAttorneyId: string | null;
  assessmentId: string;
  version: number;
  level: RiskLevel;
  reasons: RiskReason[];
  clocks: RemovalClockResponse[];
  assessedAt: string;
}

export interface RiskEscalationAckResponse {
  id: string;
  caseId: string;
  assessmentId: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string;
  reason: string;
}

/** One case's place on the escalation list, for the case's own page (anyone who may read the case). */
export interface CaseRiskEscalationResponse {
  /** True while the case is on the supervisors' escalation list (not acknowledged since it changed). */
  escalated: boolean;
  /** What supervisors see for it; null when it is not escalated. */
  escalation: RiskEscalationResponse | null;
}
