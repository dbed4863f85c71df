// A case's deadline as members see it; its status is read by the one domain function every
// screen uses (readDeadline), never decided here.
import type { CaseDeadlineResponse } from '@amparo/contracts';
import { type DeadlineFacts, readDeadline, recordedStatusAt } from '@amparo/domain';
import type { CaseDeadlineEntity, CaseDeadlineStatus } from './case-deadline.entity';

/** The instant to work to: a judge's override when there is one, else the computed due instant. */
export function effectiveDueAt(deadline: CaseDeadlineEntity): Date | null {
  return deadline.overrideDueAt ?? deadline.dueAt;
}

/** What the status function reads from a stored deadline. */
export function factsOf(deadline: CaseDeadlineEntity): DeadlineFacts {
  return {
    status: deadline.status,
    kind: deadline.kind,
    party: deadline.party,
    urgent: deadline.urgent,
    dueAt: deadline.dueAt,
    latestDueAt: deadline.latestDueAt,
    overrideDueAt: deadline.overrideDueAt,
    recordedAt: deadline.createdAt ?? new Date(),
  };
}

/**
 * The lifecycle status as of `now`: missed only for the office's own deadline past its last end
 * that was recorded before it passed (see readDeadline). Computed on every read; the sweep
 * persists it.
 */
export function statusAt(deadline: CaseDeadlineEntity, now: Date): CaseDeadlineStatus {
  return recordedStatusAt(factsOf(deadline), now);
}

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
    effectiveDueAt: iso(effectiveDueAt(deadline)),
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
