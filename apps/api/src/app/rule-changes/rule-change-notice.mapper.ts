// A rule-change notice as members see it, with the case's reference and the deadline's title.
import type { RuleChangeNoticeResponse } from '@amparo/contracts';
import type { Bilingual } from '@amparo/domain';
import type { DeadlineRuleChangeEntity } from './deadline-rule-change.entity';

/** What the list joins in from the case and the deadline. */
export interface RuleChangeContext {
  readonly caseReference: string;
  readonly leadAttorneyId: string | null;
  readonly ruleTitle: Bilingual;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toRuleChangeResponse(
  row: DeadlineRuleChangeEntity,
  context: RuleChangeContext,
): RuleChangeNoticeResponse {
  const hasBefore = row.outcome !== 'starts';
  const hasAfter = row.outcome !== 'no-longer-started';
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: context.caseReference,
    leadAttorneyId: context.leadAttorneyId,
    deadlineId: row.deadlineId,
    ruleId: row.ruleId,
    ruleTitle: context.ruleTitle,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    outcome: row.outcome,
    before: hasBefore ? { dueAt: iso(row.dueBefore), latestDueAt: iso(row.latestBefore) } : null,
    after: hasAfter ? { dueAt: iso(row.dueAfter), latestDueAt: iso(row.latestAfter) } : null,
    overrideDueAt: iso(row.overrideDueAt),
    timeZone: row.timeZone,
    reason: row.reason,
    aspects: row.aspects,
    createdAt: row.createdAt.toISOString(),
    acknowledgement: row.acknowledgedAt
      ? {
          by: row.acknowledgedBy,
          at: row.acknowledgedAt.toISOString(),
          note: row.acknowledgementNote,
        }
      : null,
  };
}
