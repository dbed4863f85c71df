// `npm run audit:verify [-- --heads FILE]`: the operator's check that no one has altered the
// audit trail; with --heads, also that no one has cut entries off the end since the last run.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import type { DatabaseEndpoints } from '../database/database-endpoints';
import {
  verifyAuditChains,
  type AuditChainAnchor,
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

const HEADS_FORMAT = 'amparo-audit-heads-v1';

interface HeadsFile {
  format: typeof HEADS_FORMAT;
  verifiedAt: string;
  chains: AuditChainAnchor[];
}

export async function auditVerifyCommand(
  endpoints: DatabaseEndpoints,
  args: string[] = [],
): Promise<string> {
  const { values } = parseArgs({ args, options: { heads: { type: 'string' } } });
  const anchors = values.heads ? readHeads(values.heads) : [];
  const client = new Client(endpoints.owner);
  await client.connect();
  let verification: AuditVerification;
  try {
    verification = await verifyAuditChains(client, anchors);
  } finally {
    await client.end();
  }
  const report = reportOf(verification); // throws when broken: the heads file stays as it was
  if (values.heads) {
    writeHeads(values.heads, verification);
    return `${report}\nHeads saved to ${values.heads}.`;
  }
  return report;
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
    'Keep these heads outside the database (or use --heads FILE): a later head with a lower seq, or another hash at the same seq, means entries were cut off the end.',
    ...chains,
  ].join('\n');
}

function readHeads(path: string): AuditChainAnchor[] {
  if (!existsSync(path)) return []; // the first run creates it
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<HeadsFile>;
  if (parsed.format !== HEADS_FORMAT || !Array.isArray(parsed.chains))
    throw new Error(`${path} is not an audit heads file (${HEADS_FORMAT})`);
  return parsed.chains;
}

function writeHeads(path: string, verification: AuditVerification): void {
  const heads: HeadsFile = {
    format: HEADS_FORMAT,
    verifiedAt: new Date().toISOString(),
    chains: verification.chains
      .filter((chain) => chain.headHash !== null)
      .map((chain) => ({
        organizationId: chain.organizationId,
        seq: chain.headSeq,
        hash: chain.headHash ?? '',
      })),
  };
  writeFileSync(`${path}.tmp`, `${JSON.stringify(heads, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

function describeChain(chain: AuditChainSummary): string {
  return `  ${chainName(chain.organizationId)}: ${chain.entries} entries, head seq ${chain.headSeq} sha256 ${chain.headHash ?? '-'}`;
}

function chainName(organizationId: string | null): string {
  return organizationId ? `organization ${organizationId}` : 'system chain';
}
