// An audit entry as the supervisor's view shows it (the e-mail hash stays inside the API).
import type { AuditEntryResponse } from '@amparo/contracts';
import type { ChainedAuditEntry } from './audit-entry.model';

export function toAuditEntryResponse(entry: ChainedAuditEntry): AuditEntryResponse {
  return {
    id: entry.id,
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    actorKind: entry.actorKind,
    actorUserId: entry.actorUserId,
    action: entry.action,
    outcome: entry.outcome,
    recordType: entry.recordType,
    recordId: entry.recordId,
    ip: entry.ip,
    userAgent: entry.userAgent,
    requestId: entry.requestId,
    details: entry.details,
    hash: entry.hash,
    prevHash: entry.prevHash,
  };
}
