// `npm run keys:rotate`: lists the organizations as the owning role, then seals what older
// versions stored in clear and re-encrypts every encrypted column under the active key, as the
// application role, one organization at a time.
import type { INestApplicationContext } from '@nestjs/common';
import { parseArgs } from 'node:util';
import { Client, type ClientConfig } from 'pg';
import { loadConfig } from '../config/app.config';
import type { DatabaseEndpoints } from '../database/database-endpoints';
import { migrateUp } from '../database/migrator';
import { KeyRotation, type RotationReport } from './key-rotation.service';
import { addActiveKeyToFile, keyFilePath } from './keyring.loader';

export type WithApp = (
  endpoints: DatabaseEndpoints,
  work: (app: INestApplicationContext) => Promise<string>,
) => Promise<string>;

export const KEYS_ROTATE_USAGE =
  'keys:rotate [--batch-size 200] [--new-key] (through npm: npm run keys:rotate -- --new-key); --new-key (embedded key file only) adds a new active key first';

export class KeyRotationIncompleteError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'KeyRotationIncompleteError';
  }
}

export async function rotateKeysCommand(
  endpoints: DatabaseEndpoints,
  args: string[],
  withApp: WithApp,
): Promise<string> {
  const { values } = parseArgs({
    args,
    options: { 'batch-size': { type: 'string' }, 'new-key': { type: 'boolean' } },
  });
  const batchSize = values['batch-size'] === undefined ? 200 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error(
      `--batch-size takes a whole number from 1 to 10000. Usage: ${KEYS_ROTATE_USAGE}`,
    );
  const config = loadConfig();
  let added = '';
  if (values['new-key']) {
    if (config.AMPARO_MASTER_KEY)
      throw new Error(
        '--new-key only rotates the embedded key file; on a real server set a new AMPARO_MASTER_KEY and move the old one to AMPARO_OLD_KEYS (docs/security-encryption.md)',
      );
    added = `New active key ${addActiveKeyToFile(keyFilePath(config.AMPARO_DATA_DIR))} added to the key file\n`;
  }
  await migrateUp(endpoints);
  const organizationIds = await listOrganizationIds(endpoints.owner);
  const report = await withApp(endpoints, async (app) =>
    formatRotationReport(await app.get(KeyRotation).rotate({ organizationIds, batchSize })),
  );
  return `${added}${report}`;
}

/**
 * As the owning role, which a migration lets read organization ids across tenants; the
 * application role never can.
 */
export async function listOrganizationIds(owner: ClientConfig): Promise<string[]> {
  const client = new Client(owner);
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id::text AS id FROM organizations ORDER BY id`,
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

/** One line per column; throws (non-zero exit) when a value could not be re-encrypted. */
export function formatRotationReport(report: RotationReport): string {
  const lines = [
    `Active key: ${report.activeKeyId}; ${report.organizations} organization(s)`,
    ...report.columns.map(
      (column) =>
        `${column.column}: ${column.sealedFromClear === undefined ? '' : `${column.sealedFromClear} sealed from clear columns, `}${column.reencrypted} re-encrypted, ${column.current} under the active key, ${column.failed} failed`,
    ),
  ];
  if (report.columns.length === 0) lines.push('No encrypted columns are registered');
  if (report.failures.length > 0) {
    lines.push(
      `${report.failures.length} value(s) could not be opened and were left as they are:`,
      ...report.failures
        .slice(0, 50)
        .map((f) => `  ${f.column} organization ${f.organizationId} row ${f.rowId}: ${f.reason}`),
    );
    throw new KeyRotationIncompleteError(lines.join('\n'));
  }
  lines.push(`Done: every encrypted value is under key ${report.activeKeyId}`);
  return lines.join('\n');
}
