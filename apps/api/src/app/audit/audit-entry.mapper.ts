// An audit entry as the supervisor's view shows it (the e-mail hash stays inside the API).
import type { AuditEntryResponse, AuditRecordView } from '@amparo/contracts';
import type { ChainedAuditEntry } from './audit-entry.model';

/** What the view adds to the stored entry: names, read with the viewer's reach. */
export interface AuditEntryNames {
  readonly actorName: string | null;
  readonly record: AuditRecordView | null;
}

export function toAuditEntryResponse(
  entry: ChainedAuditEntry,
  names: AuditEntryNames,
): AuditEntryResponse {
  return {
    id: entry.id,
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    actorKind: entry.actorKind,
    actorUserId: entry.actorUserId,
    actorName: names.actorName,
    action: entry.action,
    outcome: entry.outcome,
    recordType: entry.recordType,
    recordId: entry.recordId,
    record: names.record,
    ip: entry.ip,
    userAgent: entry.userAgent,
    requestId: entry.requestId,
    details: entry.details,
    hash: entry.hash,
    prevHash: entry.prevHash,
  };
}
