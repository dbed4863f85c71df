// A stored deadline as the domain's status function reads it (readDeadline, recordedStatusAt):
// the one adapter from the entity, used by every service that asks what a deadline means.
import type { DeadlineFacts } from '@amparo/domain';
import type { CaseDeadlineEntity } from './case-deadline.entity';

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
