// How an audit entry is sealed: SHA-256 over a canonical serialization of its fields and the
// previous entry's hash. The writer and `audit:verify` share this one function.
import { createHash } from 'node:crypto';
import type { AuditEntryRecord } from './audit-entry.model';

/** Bumped (with a new prefix) only if the serialization ever changes; old rows keep theirs. */
export const AUDIT_CHAIN_FORMAT = 'amparo-audit-v1';

/**
 * A JSON array in a fixed field order; `details` with its keys sorted at every depth; the seq as
 * a decimal string; the instant as ISO 8601 UTC with milliseconds; absent values as null.
 */
export function canonicalAuditEntry(entry: AuditEntryRecord): string {
  return JSON.stringify([AUDIT_CHAIN_FORMAT, ...auditEntryFields(entry, sortKeys)]);
}

/**
 * The stored fields of an entry in chain order (the order of the audit table's insert columns
 * too), with `details` passed through `details` so callers choose how it is serialized.
 */
export function auditEntryFields(
  entry: AuditEntryRecord,
  details: (value: AuditEntryRecord['details']) => unknown,
): unknown[] {
  return [
    entry.id,
    entry.organizationId,
    String(entry.seq),
    entry.occurredAt.toISOString(),
    entry.actorKind,
    entry.actorUserId,
    entry.actorEmailHash,
    entry.action,
    entry.outcome,
    entry.recordType,
    entry.recordId,
    entry.ip,
    entry.userAgent,
    entry.requestId,
    details(entry.details),
    entry.prevHash,
  ];
}

export function auditEntryHash(entry: AuditEntryRecord): string {
  return createHash('sha256').update(canonicalAuditEntry(entry), 'utf8').digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}
