// The supervisor's office overview: who carries which caseload, how grave it is, what falls due.
import type { AuditBucket, Role } from '@amparo/domain';
import type { CaseDeadlineResponse } from '../deadlines/case-deadline.response';
import type { RISK_LEVELS } from '../cases/caseload.dto';
import type { GrammaticalGender } from '../cases/client.dto';

/** A member of the office as supervisors name them on screens (no contact data). */
export interface OfficeMemberResponse {
  id: string;
  name: string;
  roles: Role[];
  disabled: boolean;
}

export interface AttorneyCaseloadResponse {
  /** null: cases with no lead attorney yet. */
  attorneyId: string | null;
  name: string | null;
  /** Open cases (neither closed nor archived) the attorney leads. */
  cases: number;
  /** Of those, cases whose latest risk assessment is high or extreme. */
  graveRisk: number;
  /**
   * Of those, cases the deadline audit lists as asking something now: a deadline due within 48
   * hours or missed, an authority's limit running out or passed, a remedy to file at once.
   */
  dueSoon: number;
}

export interface RiskLevelCountResponse {
  /** The level of each open case's latest assessment; `none` when none was made. */
  level: (typeof RISK_LEVELS)[number] | 'none';
  cases: number;
}

export interface DeadlineWeekResponse {
  /** The Monday that starts the week, YYYY-MM-DD, in the office's zone. */
  weekStart: string;
  /**
   * Deadlines whose effective due instant falls in that week, by their reading now (readDeadline):
   * still running (or to act on), met, the office's misses, waived, authorities' passed limits
   * (openings), and history that ended before it was recorded.
   */
  open: number;
  met: number;
  missed: number;
  waived: number;
  openings: number;
  history: number;
}

export interface SupervisionStatsResponse {
  /** When the figures were computed (UTC). */
  generatedAt: string;
  /** The office's zone, the weeks were counted in: the zone most of its open cases keep. */
  timeZone: string;
  caseloadByAttorney: AttorneyCaseloadResponse[];
  riskLevels: RiskLevelCountResponse[];
  /** Four weeks back to eight weeks ahead, the current week included, every week listed. */
  deadlinesPerWeek: DeadlineWeekResponse[];
  /** The deadline audit's counts, from the audit's own query (GET /api/supervision/deadline-audit). */
  audit: Record<AuditBucket, number>;
}

/** The case a row of the deadline audit belongs to: who, where, how grave, who leads it. */
export interface AuditCaseResponse {
  id: string;
  reference: string;
  clientName: string;
  custodyStatus: 'detained' | 'released' | 'at_liberty' | 'unknown';
  /** What Spanish labels about the person agree with ("Detenida"); null when not recorded. */
  clientGender: GrammaticalGender | null;
  /** The latest risk assessment's level, or null when none was made. */
  riskLevel: (typeof RISK_LEVELS)[number] | null;
  leadAttorneyId: string | null;
  leadAttorneyName: string | null;
}

/** One deadline of the office's audit, with its case and the list it falls in. */
export interface DeadlineAuditRowResponse {
  /** The audit list (auditBucketOf in @amparo/domain, read when the response was made). */
  bucket: AuditBucket;
  deadline: CaseDeadlineResponse;
  case: AuditCaseResponse;
}

/**
 * The supervisor's deadline audit: every list and its count from one query, read by the one
 * status function; the overview shows these same counts.
 */
export interface DeadlineAuditResponse {
  generatedAt: string;
  /** What "due soon" means: within this many hours. */
  windowHours: number;
  counts: Record<AuditBucket, number>;
  rows: DeadlineAuditRowResponse[];
}
