// An audit entry as stored and chained: every field here is covered by the entry's hash.
import type { AuditAction, AuditActorKind, AuditOutcome } from '@amparo/contracts';
import type { AuditDetailValue } from './audit-details';

export interface AuditEntryRecord {
  readonly id: string;
  /** NULL: the installation's system chain (no organization, e.g. unknown e-mail at login). */
  readonly organizationId: string | null;
  readonly seq: number;
  readonly occurredAt: Date;
  readonly actorKind: AuditActorKind;
  readonly actorUserId: string | null;
  readonly actorEmailHash: string | null;
  readonly action: AuditAction;
  readonly outcome: AuditOutcome;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
  readonly details: Readonly<Record<string, AuditDetailValue>>;
  readonly prevHash: string | null;
}

export interface ChainedAuditEntry extends AuditEntryRecord {
  readonly hash: string;
}
