// The operator's own check of the audit trail (`cli.js audit:verify`, README): every office's hash
// chain intact, and, with the heads saved before a kill, none cut short by it.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { OUTPUT_DIR } from './api-process';
import type { CrashDatabase } from './crash-database';

/** Verifies every chain now and saves its heads; answers the heads file (new each time). */
export async function auditHeads(db: CrashDatabase): Promise<string> {
  const file = join(OUTPUT_DIR, `audit-heads-${randomUUID()}.json`);
  await db.cli(['audit:verify', '--heads', file]);
  return file;
}

/** Every chain intact and each at or past the heads saved in `file` (throws naming the break). */
export async function auditChainsHold(db: CrashDatabase, file: string): Promise<void> {
  const report = await db.cli(['audit:verify', '--heads', file]);
  if (!report.startsWith('Audit trail intact')) throw new Error(report);
}
