// `npm run audit:verify`: the operator's check that no one has altered the audit trail.
import { Client } from 'pg';
import type { DatabaseEndpoints } from '../database/database-endpoints';
import {
  verifyAuditChains,
  type AuditChainSummary,
  type AuditVerification,
} from './audit-chain.verifier';

/** Thrown (so the CLI exits non-zero) when a chain is broken; the message names the row. */
export class AuditChainBrokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditChainBrokenError';
  }
}

export async function auditVerifyCommand(endpoints: DatabaseEndpoints): Promise<string> {
  const client = new Client(endpoints.owner);
  await client.connect();
  try {
    return reportOf(await verifyAuditChains(client));
  } finally {
    await client.end();
  }
}

export function reportOf(verification: AuditVerification): string {
  const chains = verification.chains.map(describeChain);
  const total = verification.chains.reduce((sum, chain) => sum + chain.entries, 0);
  const [first] = verification.breaks;
  if (first) {
    const broken = verification.breaks.map(
      (b) =>
        `  BROKEN ${chainName(b.organizationId)} at seq ${b.seq} (entry ${b.id}): ${b.problem}`,
    );
    throw new AuditChainBrokenError(
      [
        `Audit trail BROKEN: ${chainName(first.organizationId)}, seq ${first.seq}, entry ${first.id}: ${first.problem}`,
        ...broken,
        'Chains read:',
        ...chains,
      ].join('\n'),
    );
  }
  return [
    `Audit trail intact: ${verification.chains.length} chain(s), ${total} entries, every hash and link checked.`,
    'Keep these heads (e.g. in the operations log): a later head with a lower seq or another hash at the same seq means entries were cut off the end.',
    ...chains,
  ].join('\n');
}

function describeChain(chain: AuditChainSummary): string {
  return `  ${chainName(chain.organizationId)}: ${chain.entries} entries, head seq ${chain.headSeq} sha256 ${chain.headHash ?? '-'}`;
}

function chainName(organizationId: string | null): string {
  return organizationId ? `organization ${organizationId}` : 'system chain';
}
