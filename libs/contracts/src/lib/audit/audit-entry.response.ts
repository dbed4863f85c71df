// One audit entry as a supervisor sees it, and a page of them: never a sensitive value.
import type { AuditAction, AuditActorKind, AuditOutcome } from './audit-vocabulary';

/** Ids, codes, counts and flags only: the audit trail never holds names, notes or contact data. */
export type AuditDetailsView = Readonly<
  Record<string, string | number | boolean | readonly (string | number | boolean)[]>
>;

export interface AuditEntryResponse {
  id: string;
  /** Position in the organization's chain, from 1 without gaps. */
  seq: number;
  /** When it happened, UTC, ISO 8601. */
  occurredAt: string;
  actorKind: AuditActorKind;
  actorUserId: string | null;
  action: AuditAction;
  outcome: AuditOutcome;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: AuditDetailsView;
  /** SHA-256 (hex) of this entry chained to the previous one; see docs/security-audit.md. */
  hash: string;
  prevHash: string | null;
}

export interface AuditPageResponse {
  items: AuditEntryResponse[];
  /** Pass as `before` to get the next (older) page; null when this is the last page. */
  nextBefore: number | null;
}
