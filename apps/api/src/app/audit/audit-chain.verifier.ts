// Walks every chain of the audit trail and recomputes it: a row changed, removed or inserted by
// someone with direct database access breaks a link, and the first broken row is named.
import type { ClientBase } from 'pg';
import { auditEntryHash } from './audit-chain';
import { auditEntryFromRow, AUDIT_ENTRY_COLUMNS, type AuditEntryRow } from './audit-entry.row';
import type { ChainedAuditEntry } from './audit-entry.model';

export interface AuditChainSummary {
  /** null: the installation's system chain. */
  readonly organizationId: string | null;
  readonly entries: number;
  readonly headSeq: number;
  readonly headHash: string | null;
}

/** A chain's head as an earlier verification saw it, kept outside the database. */
export interface AuditChainAnchor {
  readonly organizationId: string | null;
  readonly seq: number;
  readonly hash: string;
}

export interface AuditChainBreak {
  readonly organizationId: string | null;
  readonly seq: number;
  readonly id: string;
  readonly problem: string;
}

export interface AuditVerification {
  readonly chains: AuditChainSummary[];
  /** The first broken row of each broken chain; empty when every chain holds. */
  readonly breaks: AuditChainBreak[];
}

export class AuditVerifierSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditVerifierSetupError';
  }
}

const BATCH = 1000;

/**
 * Must run as the owning role (or a superuser): row-level security shows the application role
 * one organization at a time, and a verifier that saw nothing would report nothing wrong.
 */
export async function verifyAuditChains(
  client: ClientBase,
  /** Heads from an earlier run: a chain now shorter, or different at that seq, is broken. */
  anchors: readonly AuditChainAnchor[] = [],
): Promise<AuditVerification> {
  await assertSeesEveryChain(client);
  // One snapshot for the whole walk: entries appended meanwhile are simply not yet looked at.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows: chainRows } = await client.query<{ organization_id: string | null }>(
      `SELECT DISTINCT organization_id FROM audit_entries ORDER BY organization_id NULLS FIRST`,
    );
    const chains: AuditChainSummary[] = [];
    const breaks: AuditChainBreak[] = [];
    const organizations = chainRows.map((row) => row.organization_id);
    // A chain an earlier run saw that has no entries left at all is checked (and broken) too.
    for (const anchor of anchors)
      if (!organizations.includes(anchor.organizationId)) organizations.push(anchor.organizationId);
    for (const organizationId of organizations) {
      const anchor = anchors.find((a) => a.organizationId === organizationId);
      const result = await verifyChain(client, organizationId, anchor);
      chains.push(result.summary);
      if (result.broken) breaks.push(result.broken);
    }
    return { chains, breaks };
  } finally {
    await client.query('ROLLBACK');
  }
}

async function verifyChain(
  client: ClientBase,
  organizationId: string | null,
  anchor: AuditChainAnchor | undefined,
): Promise<{ summary: AuditChainSummary; broken?: AuditChainBreak }> {
  let previous: ChainedAuditEntry | undefined;
  let entries = 0;
  let broken: AuditChainBreak | undefined;
  for (;;) {
    // Two shapes so that each walks its chain's unique index instead of scanning the table.
    const after = String(previous?.seq ?? 0);
    const { rows } =
      organizationId === null
        ? await client.query<AuditEntryRow>(
            `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_entries
              WHERE organization_id IS NULL AND seq > $1 ORDER BY seq LIMIT ${BATCH}`,
            [after],
          )
        : await client.query<AuditEntryRow>(
            `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_entries
              WHERE organization_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
            [organizationId, after],
          );
    for (const row of rows) {
      const entry = auditEntryFromRow(row);
      entries += 1;
      const problem = broken ? undefined : linkProblem(entry, previous, anchor);
      if (problem) broken = { organizationId, seq: entry.seq, id: entry.id, problem };
      previous = entry;
    }
    if (rows.length < BATCH) break;
  }
  if (!broken && anchor && (previous?.seq ?? 0) < anchor.seq)
    broken = {
      organizationId,
      seq: anchor.seq,
      id: previous ? `after ${previous.id}` : 'none',
      problem: `the chain ends at seq ${previous?.seq ?? 0} but had reached seq ${anchor.seq} at an earlier verification: entries were removed from its end`,
    };
  return {
    summary: {
      organizationId,
      entries,
      headSeq: previous?.seq ?? 0,
      headHash: previous?.hash ?? null,
    },
    broken,
  };
}

function linkProblem(
  entry: ChainedAuditEntry,
  previous: ChainedAuditEntry | undefined,
  anchor: AuditChainAnchor | undefined,
): string | undefined {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (entry.seq !== expectedSeq)
    return previous
      ? `seq ${entry.seq} follows seq ${previous.seq}: ${entry.seq - expectedSeq} entr${entry.seq - expectedSeq === 1 ? 'y is' : 'ies are'} missing`
      : `the chain starts at seq ${entry.seq} instead of 1: earlier entries are missing`;
  if (entry.prevHash !== (previous?.hash ?? null))
    return previous
      ? `prev_hash does not match the hash of seq ${previous.seq} (that entry or this link was altered)`
      : 'the first entry of the chain has a prev_hash';
  if (auditEntryHash(entry) !== entry.hash)
    return 'the hash does not match the entry (its contents or its hash were altered)';
  if (anchor && entry.seq === anchor.seq && entry.hash !== anchor.hash)
    return `the hash differs from the one an earlier verification saw at this seq (${anchor.hash}): the chain was rewritten`;
  return undefined;
}

async function assertSeesEveryChain(client: ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_exists: boolean; may_read_all: boolean | null }>(
    `SELECT to_regclass('public.audit_entries') IS NOT NULL AS table_exists,
            (SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(current_user, c.relowner, 'MEMBER')
               FROM pg_roles r, pg_class c
              WHERE r.rolname = current_user AND c.oid = to_regclass('public.audit_entries')
            ) AS may_read_all`,
  );
  if (!rows[0].table_exists)
    throw new AuditVerifierSetupError(
      'There is no audit trail in this database yet: run `npm run db:migrate` first',
    );
  if (!rows[0].may_read_all)
    throw new AuditVerifierSetupError(
      'audit:verify must connect as the role that owns the tables (DATABASE_URL), not as the ' +
        'application role: row-level security would hide every organization but one',
    );
}
