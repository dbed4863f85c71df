// A case's deadline as members see it; an open deadline past its latest possible end reads missed.
import type { CaseDeadlineResponse } from '@amparo/contracts';
import type { CaseDeadlineEntity, CaseDeadlineStatus } from './case-deadline.entity';

/** The instant to work to: a judge's override when there is one, else the computed due instant. */
export function effectiveDueAt(deadline: CaseDeadlineEntity): Date | null {
  return deadline.overrideDueAt ?? deadline.dueAt;
}

/**
 * Status as of `now`. An open (or overridden) deadline is missed once past its override, or past
 * the latest end of its possible range (dueAt when the law allows one reading only). It is computed
 * here on every read and persisted on the next write; a background job will persist it on time.
 */
export function statusAt(deadline: CaseDeadlineEntity, now: Date): CaseDeadlineStatus {
  if (deadline.status !== 'open' && deadline.status !== 'overridden') return deadline.status;
  const end = deadline.overrideDueAt ?? deadline.latestDueAt ?? deadline.dueAt;
  return end && end.getTime() < now.getTime() ? 'missed' : deadline.status;
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toDeadlineResponse(deadline: CaseDeadlineEntity, now: Date): CaseDeadlineResponse {
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
    status: statusAt(deadline, now),
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
