// The supervisor's office overview: who carries which caseload, how grave it is, what falls due.
import type { Role } from '@amparo/domain';
import type { RISK_LEVELS } from '../cases/caseload.dto';

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
  /** Of those, cases with an open deadline due in the next 48 hours (or already past due). */
  dueSoon: number;
}

export interface RiskLevelCountResponse {
  /** The level of each open case's latest assessment; `none` when none was made. */
  level: (typeof RISK_LEVELS)[number] | 'none';
  cases: number;
}

export interface DeadlineWeekResponse {
  /** The Monday that starts the week, YYYY-MM-DD, in the zone asked for. */
  weekStart: string;
  /** Deadlines whose effective due instant falls in that week, by status as of now. */
  open: number;
  met: number;
  missed: number;
  waived: number;
}

export interface SupervisionStatsResponse {
  /** When the figures were computed (UTC). */
  generatedAt: string;
  /** The zone the weeks were counted in. */
  timeZone: string;
  caseloadByAttorney: AttorneyCaseloadResponse[];
  riskLevels: RiskLevelCountResponse[];
  /** Four weeks back to eight weeks ahead, the current week included, every week listed. */
  deadlinesPerWeek: DeadlineWeekResponse[];
}
