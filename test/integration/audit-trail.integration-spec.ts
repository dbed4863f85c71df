// The audit trail as the database keeps it: one linear hash chain per organization, even under
// concurrent writers; append-only for everyone; unreadable across organizations; and any row
// changed or removed behind the application's back is named by `audit:verify`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { auditEntryHash } from '../../apps/api/src/app/audit/audit-chain';
import { verifyAuditChains } from '../../apps/api/src/app/audit/audit-chain.verifier';
import { auditCode, auditId } from '../../apps/api/src/app/audit/audit-details';
import {
  auditEntryFromRow,
  AUDIT_ENTRY_COLUMNS,
  type AuditEntryRow,
} from '../../apps/api/src/app/audit/audit-entry.row';
import { AuditRequestContext } from '../../apps/api/src/app/audit/audit-request.context';
import {
  AuditChainBrokenError,
  auditVerifyCommand,
} from '../../apps/api/src/app/audit/audit-verify.command';
import { AuditService } from '../../apps/api/src/app/audit/audit.service';
import { AuditEntryRejectedError } from '../../apps/api/src/app/audit/audit.errors';
import { dataSourceOptions } from '../../apps/api/src/app/database/data-source.options';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

const ORG_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const ORG_B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const ORG_CONCURRENT = 'cccccccc-0000-4000-8000-00000000000c';
const ORG_EDITED = 'dddddddd-0000-4000-8000-00000000000d';
const ORG_REMOVED = 'eeeeeeee-0000-4000-8000-00000000000e';
const ORG_RELINKED = 'ffffffff-0000-4000-8000-00000000000f';
const USER_A = 'aaaaaaaa-1111-4000-8000-00000000000a';
const CLIENT_ID = '0c0c0c0c-0000-4000-8000-000000000001';
const EMAIL_HASH = `hmac-sha256:${'ab'.repeat(32)}`;

describe.each(databaseKinds())('audit trail on the %s database', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let audit: AuditService;

  /** The owning role (on PGlite: the session back from amparo_app to its superuser). */
  async function asOwner<T>(work: (owner: Client) => Promise<T>): Promise<T> {
    const owner = await database.ownerClient();
    try {
      if (kind === 'embedded') await owner.query('RESET ROLE');
      return await work(owner);
    } finally {
      if (kind === 'embedded') await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
  }

  async function chainOf(organizationId: string | null) {
    return asOwner(async (owner) => {
      const { rows } = await owner.query<AuditEntryRow>(
        `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_entries
          WHERE organization_id IS NOT DISTINCT FROM $1::uuid ORDER BY seq`,
        [organizationId],
      );
      return rows.map(auditEntryFromRow);
    });
  }

  /** Runs SQL as an attacker holding the owner's credentials, past every protection. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await asOwner(async (owner) => {
      await owner.query('BEGIN');
      await owner.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await owner.query('ALTER TABLE audit_entries NO FORCE ROW LEVEL SECURITY');
      const result = await owner.query(sql, params);
      expect(result.rowCount).toBe(1);
      await owner.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
      await owner.query('ALTER TABLE audit_entries FORCE ROW LEVEL SECURITY');
      await owner.query('COMMIT');
    });
  }

  const recordIn = (organizationId: string, count: number) =>
    transactions.run(organizationId, async () => {
      for (let i = 0; i < count; i += 1)
        await audit.record(
          { action: 'record.read', recordType: 'client', recordId: CLIENT_ID },
          { userId: USER_A },
        );
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await new DataSource(
      dataSourceOptions(database.endpoints.app, { poolMax: 4 }),
    ).initialize();
    transactions = new TenantTransactions(dataSource);
    audit = new AuditService(transactions, new AuditRequestContext());
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('chains the entries of an organization: seq from 1, each linked to the one before', async () => {
    await transactions.run(ORG_A, async () => {
      await audit.record(
        {
          action: 'record.created',
          recordType: 'client',
          recordId: CLIENT_ID,
          details: { caseId: auditId(CLIENT_ID), source: auditCode('intake.form'), fields: 7 },
        },
        { userId: USER_A },
      );
      await audit.record({ action: 'record.read', recordType: 'client', recordId: CLIENT_ID });
    });
    await audit.record({ action: 'auth.logout' }, { userId: USER_A, organizationId: ORG_A });

    const chain = await chainOf(ORG_A);
    expect(chain.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(chain[0].prevHash).toBeNull();
    expect(chain[1].prevHash).toBe(chain[0].hash);
    expect(chain[2].prevHash).toBe(chain[1].hash);
    for (const entry of chain) expect(auditEntryHash(entry)).toBe(entry.hash);
    expect(chain[0]).toMatchObject({
      organizationId: ORG_A,
      actorKind: 'user',
      actorUserId: USER_A,
      action: 'record.created',
      outcome: 'success',
      details: { caseId: CLIENT_ID, source: 'intake.form', fields: 7 },
    });
    // The instant is the database's clock, in UTC, to the millisecond.
    expect(Math.abs(chain[2].occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('keeps one linear chain when many requests of one organization write at once', async () => {
    const writers = Array.from({ length: 24 }, (_, i) =>
      transactions.run(ORG_CONCURRENT, async ({ manager }) => {
        await manager.query('SELECT pg_sleep($1)', [(i % 4) / 200]);
        await audit.record({ action: 'record.updated', recordType: 'case', recordId: `c-${i}` });
      }),
    );
    await Promise.all(writers);
    const chain = await chainOf(ORG_CONCURRENT);
    expect(chain.map((entry) => entry.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    chain.forEach((entry, i) => expect(entry.prevHash).toBe(i === 0 ? null : chain[i - 1].hash));
    expect(new Set(chain.map((entry) => entry.recordId)).size).toBe(24);
  });

  it('rolls an entry back with the change it records, leaving no gap', async () => {
    await expect(
      transactions.run(ORG_A, async () => {
        await audit.record({ action: 'record.deleted', recordType: 'note', recordId: 'n-1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await recordIn(ORG_A, 1);
    const chain = await chainOf(ORG_A);
    expect(chain.map((entry) => entry.action)).not.toContain('record.deleted');
    expect(chain.map((entry) => entry.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps entries without an organization in a system chain that no tenant can read', async () => {
    // A failed login for an e-mail that matches no account: no organization to charge it to.
    await audit.record(
      {
        action: 'auth.login.failed',
        outcome: 'failure',
        details: { reason: auditCode('unknown_account') },
      },
      { emailHash: EMAIL_HASH },
    );
    await audit.record(
      { action: 'auth.login.failed', outcome: 'failure' },
      { emailHash: EMAIL_HASH },
    );
    const system = await chainOf(null);
    expect(system.map((entry) => [entry.seq, entry.actorKind, entry.actorEmailHash])).toEqual([
      [1, 'system', EMAIL_HASH],
      [2, 'system', EMAIL_HASH],
    ]);
    expect(system[1].prevHash).toBe(system[0].hash);
    const seen = await Promise.all(
      [null, ORG_A].map((org) =>
        transactions.run(org, ({ manager }) =>
          manager.query(
            `SELECT count(*)::int AS n FROM audit_entries WHERE organization_id IS NULL`,
          ),
        ),
      ),
    );
    expect(seen).toEqual([[{ n: 0 }], [{ n: 0 }]]);
  });

  it('shows an organization only its own chain, and lets it write to no other', async () => {
    await recordIn(ORG_B, 2);
    const seenByA = await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`SELECT DISTINCT organization_id FROM audit_entries`),
    );
    expect(seenByA).toEqual([{ organization_id: ORG_A }]);
    const headSeenByA = await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`SELECT head_seq FROM audit_chain_head()`),
    );
    expect(headSeenByA).toEqual([{ head_seq: '4' }]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_entries`);
    expect(n).toBe(0);

    const [headOfB] = (await chainOf(ORG_B)).slice(-1);
    await expect(
      transactions.run(ORG_A, ({ manager }) =>
        manager.query(
          `INSERT INTO audit_entries (id, organization_id, seq, occurred_at, actor_kind, action,
             outcome, prev_hash, hash)
           VALUES (gen_random_uuid(), $1, 3, now(), 'system', 'record.read', 'success', $2, $3)`,
          [ORG_B, headOfB.hash, 'f'.repeat(64)],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await chainOf(ORG_B)).toHaveLength(2);
  });

  it('refuses a row that does not follow the head of its chain, whoever inserts it', async () => {
    const [head] = (await chainOf(ORG_B)).slice(-1);
    const insert = (seq: number, prevHash: string | null) =>
      transactions.run(ORG_B, ({ manager }) =>
        manager.query(
          `INSERT INTO audit_entries (id, organization_id, seq, occurred_at, actor_kind, action,
             outcome, prev_hash, hash)
           VALUES (gen_random_uuid(), $1, $2, now(), 'system', 'record.read', 'success', $3, $4)`,
          [ORG_B, seq, prevHash, 'e'.repeat(64)],
        ),
      );
    await expect(insert(head.seq + 2, head.hash)).rejects.toThrow(/does not follow the head/);
    await expect(insert(head.seq + 1, 'a'.repeat(64))).rejects.toThrow(/does not follow the head/);
    await expect(insert(head.seq, head.prevHash)).rejects.toThrow(/does not follow|duplicate/);
    expect(await chainOf(ORG_B)).toHaveLength(2);
  });

  it('lets the application role neither update, delete nor truncate audit rows', async () => {
    for (const sql of [
      `UPDATE audit_entries SET action = 'record.read'`,
      `DELETE FROM audit_entries`,
      `TRUNCATE audit_entries`,
    ]) {
      await expect(transactions.run(ORG_A, ({ manager }) => manager.query(sql))).rejects.toThrow(
        /permission denied/,
      );
    }
    expect(await chainOf(ORG_A)).toHaveLength(4);
  });

  it('refuses update, delete and truncate to the owner too', async () => {
    for (const [sql, operation] of [
      [`UPDATE audit_entries SET action = 'record.read' WHERE organization_id = $1`, 'UPDATE'],
      [`DELETE FROM audit_entries WHERE organization_id = $1`, 'DELETE'],
      [`TRUNCATE audit_entries`, 'TRUNCATE'],
    ] as const) {
      await expect(
        asOwner((owner) => owner.query(sql, sql.includes('$1') ? [ORG_A] : [])),
      ).rejects.toThrow(`audit entries are append-only: ${operation} refused`);
    }
    expect(await chainOf(ORG_A)).toHaveLength(4);
  });

  it('refuses details that could carry a sensitive value, or another chain, and writes nothing', async () => {
    const attempts = [
      () => audit.record({ action: 'record.read', details: { clientName: auditCode('maria') } }),
      () =>
        audit.record({
          action: 'record.read',
          details: { reason: 'she fears the gang in her town' as never },
        }),
      () => audit.record({ action: 'record.read', recordId: 'María López' }),
      () => audit.record({ action: 'auth.login.failed' }, { emailHash: 'maria@example.org' }),
      // An entry for another organization cannot ride on this organization's transaction.
      () => audit.record({ action: 'record.read' }, { organizationId: ORG_B }),
    ];
    for (const attempt of attempts)
      await expect(transactions.run(ORG_A, attempt)).rejects.toThrow(AuditEntryRejectedError);
    expect(await chainOf(ORG_A)).toHaveLength(4);
  });

  it('reports every chain intact before anyone tampers with it', async () => {
    await Promise.all([
      recordIn(ORG_EDITED, 3),
      recordIn(ORG_REMOVED, 3),
      recordIn(ORG_RELINKED, 3),
    ]);
    const report = await asOwner(() => auditVerifyCommand(database.endpoints));
    expect(report).toMatch(/^Audit trail intact: 7 chain\(s\), 41 entries/);
    expect(report).toContain(`organization ${ORG_CONCURRENT}: 24 entries, head seq 24`);
    expect(report).toContain('system chain: 2 entries, head seq 2');
  });

  it('will not verify as the application role, which sees one organization at most', async () => {
    const app = new Client(database.endpoints.app); // on PGlite: the session, as amparo_app
    await app.connect();
    try {
      await expect(verifyAuditChains(app)).rejects.toThrow(/must connect as the role that owns/);
    } finally {
      await app.end();
    }
  });

  it('with --heads, finds entries cut off the end of a chain, or the end rewritten', async () => {
    const heads = join(mkdtempSync(join(tmpdir(), 'amparo-audit-heads-')), 'heads.json');
    const verify = () =>
      asOwner(() => auditVerifyCommand(database.endpoints, ['--heads', heads])).catch(
        (error: unknown) => error as Error,
      );
    await expect(verify()).resolves.toMatch(/^Audit trail intact.*Heads saved/s);
    expect(JSON.parse(readFileSync(heads, 'utf8')).chains).toHaveLength(7);

    const [, lastOfB] = await chainOf(ORG_B);
    await tamper(`DELETE FROM audit_entries WHERE id = $1`, [lastOfB.id]);
    await recordIn(ORG_B, 1); // the application appends a new, well-chained seq 2
    const [lastOfConcurrent] = (await chainOf(ORG_CONCURRENT)).slice(-1);
    await tamper(`DELETE FROM audit_entries WHERE id = $1`, [lastOfConcurrent.id]);
    // Both chains are internally consistent: only the saved heads reveal what happened.
    const { breaks } = await asOwner(verifyAuditChains);
    expect(breaks).toEqual([]);

    const failure = await verify();
    expect(failure).toBeInstanceOf(AuditChainBrokenError);
    const message = (failure as Error).message;
    expect(message).toContain(
      `BROKEN organization ${ORG_B} at seq 2 (entry ${(await chainOf(ORG_B))[1].id}): the hash differs from the one an earlier verification saw`,
    );
    expect(message).toContain(
      `BROKEN organization ${ORG_CONCURRENT} at seq 24 (entry after ${(await chainOf(ORG_CONCURRENT))[22].id}): the chain ends at seq 23 but had reached seq 24`,
    );
    // A failed run keeps the heads it was given, so the next run fails too.
    expect(await verify()).toBeInstanceOf(AuditChainBrokenError);
  });

  it('names the row whose contents an owner altered behind the triggers', async () => {
    const [, second] = await chainOf(ORG_EDITED);
    await tamper(`UPDATE audit_entries SET details = '{"fields": 99}' WHERE id = $1`, [second.id]);
    const failure = await asOwner(() => auditVerifyCommand(database.endpoints)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AuditChainBrokenError);
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^Audit trail BROKEN: organization ${ORG_EDITED}, seq 2, entry ${second.id}: the hash does not match`,
      ),
    );
  });

  it('names the gap an owner left by deleting a row', async () => {
    const [, second] = await chainOf(ORG_REMOVED);
    await tamper(`DELETE FROM audit_entries WHERE id = $1`, [second.id]);
    const { breaks } = await asOwner(verifyAuditChains);
    const [third] = (await chainOf(ORG_REMOVED)).slice(-1);
    expect(breaks.find((b) => b.organizationId === ORG_REMOVED)).toEqual({
      organizationId: ORG_REMOVED,
      seq: 3,
      id: third.id,
      problem: 'seq 3 follows seq 1: 1 entry is missing',
    });
  });

  it('finds a row rewritten with a recomputed hash by the next link', async () => {
    const [first, second, third] = await chainOf(ORG_RELINKED);
    const forged = { ...second, recordId: 'someone-else' };
    await tamper(`UPDATE audit_entries SET record_id = $2, hash = $3 WHERE id = $1`, [
      second.id,
      forged.recordId,
      auditEntryHash(forged),
    ]);
    const { breaks, chains } = await asOwner(verifyAuditChains);
    expect(breaks.find((b) => b.organizationId === ORG_RELINKED)).toMatchObject({
      seq: 3,
      id: third.id,
      problem: expect.stringMatching(/^prev_hash does not match the hash of seq 2/),
    });
    expect(first.prevHash).toBeNull();
    // The chains nobody touched still verify.
    expect(breaks.map((b) => b.organizationId).sort()).toEqual(
      [ORG_EDITED, ORG_REMOVED, ORG_RELINKED].sort(),
    );
    expect(chains).toHaveLength(7);
  });
});
