// The audit_entries row as `pg` returns it, and the one mapping to the chained entry.
import type { AuditAction, AuditActorKind, AuditOutcome } from '@amparo/contracts';
import type { AuditDetailValue } from './audit-details';
import type { ChainedAuditEntry } from './audit-entry.model';

export const AUDIT_ENTRY_COLUMNS = `id, organization_id, seq, occurred_at, actor_kind, actor_user_id,
  actor_email_hash, action, outcome, record_type, record_id, ip, user_agent, request_id, details,
  prev_hash, hash`;

export interface AuditEntryRow {
  id: string;
  organization_id: string | null;
  /** bigint arrives as a decimal string. */
  seq: string;
  occurred_at: Date;
  actor_kind: AuditActorKind;
  actor_user_id: string | null;
  actor_email_hash: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: Record<string, AuditDetailValue>;
  prev_hash: string | null;
  hash: string;
}

export function auditEntryFromRow(row: AuditEntryRow): ChainedAuditEntry {
  return {
    id: row.id,
    organizationId: row.organization_id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorEmailHash: row.actor_email_hash,
    action: row.action,
    outcome: row.outcome,
    recordType: row.record_type,
    recordId: row.record_id,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
