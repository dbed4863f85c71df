// A rule-change notice: a pack's new version changed the rule behind a deadline, which was
// recomputed (or flagged where it could not be). It waits for an attorney of the case to
// acknowledge it; supervisors see the office's pending ones.
import type { Bilingual, RuleAspect, RuleChangeOutcome } from '@amparo/domain';

export interface RuleChangeReadingsResponse {
  dueAt: string | null;
  latestDueAt: string | null;
}

export interface RuleChangeNoticeResponse {
  id: string;
  caseId: string;
  caseReference: string;
  leadAttorneyId: string | null;
  deadlineId: string;
  ruleId: string;
  ruleTitle: Bilingual;
  /** The pack version the deadline was computed under; null for a clock the new version starts. */
  fromVersion: string | null;
  toVersion: string;
  outcome: RuleChangeOutcome;
  /** The dates before and after (null where there is no such side: a new clock, an orphaned one). */
  before: RuleChangeReadingsResponse | null;
  after: RuleChangeReadingsResponse | null;
  /** A judge's date, which still governs whatever the rule now says. */
  overrideDueAt: string | null;
  timeZone: string;
  reason: Bilingual;
  aspects: RuleAspect[];
  createdAt: string;
  acknowledgement: { by: string | null; at: string; note: string | null } | null;
}

export interface RuleChangeNoticePage {
  /** At most 200: pending ones the longest waiting first, or all newest first. */
  items: RuleChangeNoticeResponse[];
  /** How many there are in all. */
  total: number;
}
