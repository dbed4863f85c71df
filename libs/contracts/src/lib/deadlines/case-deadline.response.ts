// A case's deadline as members see it: the dates, how they were reached, and who did what.
import type { Bilingual, DeadlineState, ObligedParty } from '@amparo/domain';
import type { CaseDeadlineStatusName } from './case-deadline.dto';

export interface CaseDeadlineHistoryResponse {
  /** `rule-changed`: recomputed (or flagged) because a new pack version changed the rule. */
  change: 'recomputed' | 'rule-changed' | 'overridden' | 'completed' | 'waived' | 'missed';
  at: string;
  by: string | null;
  /** The dates the deadline had before this change. */
  dueAt: string | null;
  latestDueAt: string | null;
  overrideDueAt: string | null;
  status: CaseDeadlineStatusName;
  reason?: string;
}

export interface CaseDeadlineResponse {
  id: string;
  caseId: string;
  eventId: string;
  ruleId: string;
  packVersion: string;
  /** "due" when a date was computed; otherwise why none is (immediate, anyTime, dateInOrder). */
  kind: string;
  title: Bilingual;
  /** Earliest (conservative) due instant as the rule computes it, UTC ISO. */
  dueAt: string | null;
  /** Latest end of a possible range, when the law allows two readings. */
  latestDueAt: string | null;
  /** The instant to work to: the override when a judge's order set one, else dueAt. */
  effectiveDueAt: string | null;
  timeZone: string;
  /** How the date was reached (derivation), checkable by hand. */
  basis: Bilingual;
  citation: string;
  /** verified, or secondary / unverified: then shown as such, never as settled law. */
  ruleStatus: 'verified' | 'secondary' | 'unverified';
  urgent: boolean;
  /** The event that completing this deadline records (which may start the next clocks). */
  completionRecords: string | null;
  /**
   * What people recorded (open, met, waived, overridden), or missed: the office's own deadline
   * past its last end, recorded before it passed. Computed on read like `state`.
   */
  status: CaseDeadlineStatusName;
  /** Whose act it asks for: the office's (defense) or an authority's (a limit to watch). */
  party: ObligedParty;
  /** When the deadline was recorded: one that ended before it reads as history. */
  recordedAt: string;
  /**
   * Its status as of the response, read by the one function every screen uses
   * (`readDeadline` in @amparo/domain): running, latest-open, missed, watch, opening, ...
   */
  state: DeadlineState;
  overridden: boolean;
  override: { dueAt: string; reason: string; by: string | null; at: string } | null;
  waiver: { reason: string; by: string | null; at: string } | null;
  completion: { by: string | null; at: string; note: string | null } | null;
  history: CaseDeadlineHistoryResponse[];
  version: number;
  /** In lists across cases (`GET /api/deadlines`): the case's reference and lead attorney. */
  caseReference?: string;
  leadAttorneyId?: string | null;
}
