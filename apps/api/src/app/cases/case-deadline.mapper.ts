// A case's deadline as members see it; its status is read by the one domain function every
// screen uses (readDeadline), never decided here.
import type { CaseDeadlineResponse } from '@amparo/contracts';
import { effectiveDueOf, readDeadline, recordedStatusAt } from '@amparo/domain';
import type { CaseDeadlineEntity } from './case-deadline.entity';
import { factsOf } from './deadline-facts';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toDeadlineResponse(deadline: CaseDeadlineEntity, now: Date): CaseDeadlineResponse {
  const facts = factsOf(deadline);
  return {
    id: deadline.id,
    caseId: deadline.caseId,
    eventId: deadline.eventId,
    ruleId: deadline.ruleId,
    packVersion: deadline.packVersion,
    kind: deadline.kind,
    title: deadline.title,
    dueAt: iso(deadline.dueAt),
    latestDueAt: iso(deadline.latestDueAt),
    effectiveDueAt: iso(effectiveDueOf(deadline)),
    timeZone: deadline.timeZone,
    basis: deadline.basis,
    citation: deadline.citation,
    ruleStatus: deadline.statusOfRule,
    urgent: deadline.urgent,
    completionRecords: deadline.completionRecords,
    status: recordedStatusAt(facts, now),
    party: deadline.party,
    recordedAt: new Date(facts.recordedAt).toISOString(),
    state: readDeadline(facts, now).state,
    overridden: deadline.overrideDueAt !== null,
    override:
      deadline.overrideDueAt && deadline.overriddenAt
        ? {
            dueAt: deadline.overrideDueAt.toISOString(),
            reason: deadline.overrideReason ?? '',
            by: deadline.overriddenBy,
            at: deadline.overriddenAt.toISOString(),
          }
        : null,
    waiver:
      deadline.waivedAt && deadline.waivedReason
        ? {
            reason: deadline.waivedReason,
            by: deadline.waivedBy,
            at: deadline.waivedAt.toISOString(),
          }
        : null,
    completion: deadline.completedAt
      ? {
          by: deadline.completedBy,
          at: deadline.completedAt.toISOString(),
          note: deadline.completionNote,
        }
      : null,
    history: deadline.history,
    version: deadline.version,
  };
}
