// Encrypted fields as the database sees them: only envelopes at rest, values that stop opening
// when moved to another organization or row, keyed-hash lookups, and key rotation in batches.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import {
  defineEncryptedColumn,
  type EncryptedColumn,
} from '../../apps/api/src/app/crypto/encrypted-column.registry';
import {
  bindFieldEncryption,
  encryptedColumn,
  NoEncryptionScopeError,
} from '../../apps/api/src/app/crypto/encrypted-column.transformer';
import { FieldCipher } from '../../apps/api/src/app/crypto/field.cipher';
import { DecryptionFailedError } from '../../apps/api/src/app/crypto/field-crypto.errors';
import { listOrganizationIds } from '../../apps/api/src/app/crypto/key-rotation.command';
import { KeyRotation } from '../../apps/api/src/app/crypto/key-rotation.service';
import { Keyring } from '../../apps/api/src/app/crypto/keyring';
import { keyFilePath } from '../../apps/api/src/app/crypto/keyring.loader';
import { dataSourceOptions } from '../../apps/api/src/app/database/data-source.options';
import { entities } from '../../apps/api/src/app/database/entities';
import { migrateUp } from '../../apps/api/src/app/database/migrator';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { startTestApi } from './support/test-api';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

const ORG_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const ORG_B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const TABLE = 'encryption_fixture_notes';
const NARRATIVE_TEXT = 'Threatened by the Barrio 18 clique in Colonia Rivera Hernández, 2019';
const A_NUMBER = 'A-123-456-789';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

const NARRATIVE = defineEncryptedColumn({ table: TABLE, column: 'narrative' });
const A_NUMBER_COLUMN = defineEncryptedColumn({
  table: TABLE,
  column: 'a_number',
  blindIndexes: [{ column: 'a_number_index', purpose: 'a-number' }],
});
const SECRET = defineEncryptedColumn({ table: TABLE, column: 'secret', bindsRowId: true });
const COLUMNS: EncryptedColumn[] = [NARRATIVE, A_NUMBER_COLUMN, SECRET];

@Entity({ name: TABLE })
class FixtureNote {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { nullable: true, transformer: encryptedColumn(NARRATIVE) })
  narrative!: string | null;

  @Column('text', {
    name: 'a_number',
    nullable: true,
    transformer: encryptedColumn(A_NUMBER_COLUMN),
  })
  aNumber!: string | null;

  @Column('text', { name: 'a_number_index', nullable: true })
  aNumberIndex!: string | null;

  /** Bound to the row as well: sealed by the test with FieldCipher and `{ rowId }`. */
  @Column('text', { nullable: true })
  secret!: string | null;
}

const key = (id: string) => ({ id, secret: randomBytes(32) });

describe.each(databaseKinds())('field encryption on the %s database', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;
  let unbind: () => void;
  const first = key('k1');
  const second = key('k2');
  let cipher = new FieldCipher(new Keyring([first]));

  const useCipher = (next: FieldCipher) => {
    unbind?.();
    cipher = next;
    unbind = bindFieldEncryption({
      cipher: next,
      currentOrganizationId: () => transactions.current.organizationId,
    });
  };

  /** A row through the entity (narrative, A-number) with its row-bound secret sealed explicitly. */
  const addNote = (organizationId: string, narrative: string, aNumber: string) =>
    transactions.run(organizationId, async ({ manager }) => {
      const id = randomUUID();
      await manager.insert(FixtureNote, {
        id,
        organizationId,
        narrative,
        aNumber,
        aNumberIndex: cipher.blindIndex(organizationId, 'a-number', aNumber),
        secret: cipher.encrypt(organizationId, SECRET.name, TOTP_SECRET, { rowId: id }),
      });
      return id;
    });

  const rawRows = (organizationId: string) =>
    transactions.run(organizationId, ({ manager }) =>
      manager.query(`SELECT * FROM ${TABLE} ORDER BY id`),
    ) as Promise<Array<Record<string, string | null>>>;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await migrateUp(database.endpoints);
    const owner = await database.ownerClient();
    try {
      await owner.query(`
        CREATE TABLE ${TABLE} (
          id uuid PRIMARY KEY,
          organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
          narrative text, a_number text, a_number_index text, secret text
        )`);
      await owner.query(`ALTER TABLE ${TABLE} ENABLE ROW LEVEL SECURITY`);
      await owner.query(`ALTER TABLE ${TABLE} FORCE ROW LEVEL SECURITY`);
      await owner.query(`
        CREATE POLICY tenant_isolation ON ${TABLE}
          USING (organization_id = app_current_organization())
          WITH CHECK (organization_id = app_current_organization())`);
      await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${TABLE} TO amparo_app`);
    } finally {
      await owner.end();
    }
    await database.endpoints.dropToAppRole();
    dataSource = await new DataSource({
      ...dataSourceOptions(database.endpoints.app, { poolMax: 4 }),
      entities: [...Object.values(entities), FixtureNote],
    }).initialize();
    transactions = new TenantTransactions(dataSource);
    useCipher(cipher);
    for (const [id, slug] of [
      [ORG_A, 'enc-org-a'],
      [ORG_B, 'enc-org-b'],
    ]) {
      await transactions.run(id, ({ manager }) =>
        manager.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $2)`, [id, slug]),
      );
    }
  });

  afterAll(async () => {
    unbind?.();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('stores only envelopes: no plaintext in the raw row, plaintext through the entity', async () => {
    const id = await addNote(ORG_A, NARRATIVE_TEXT, A_NUMBER);
    const [raw] = (await rawRows(ORG_A)).filter((row) => row['id'] === id);
    expect(raw['narrative']).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
    expect(raw['a_number']).toMatch(/^v1\.k1\./);
    expect(raw['secret']).toMatch(/^v1\.k1\./);
    const everything = JSON.stringify(raw);
    for (const secret of [NARRATIVE_TEXT, 'Barrio 18', '123456789', '123-456-789', TOTP_SECRET])
      expect(everything).not.toContain(secret);

    const note = await transactions.run(ORG_A, ({ manager }) =>
      manager.findOneByOrFail(FixtureNote, { id }),
    );
    expect(note.narrative).toBe(NARRATIVE_TEXT);
    expect(note.aNumber).toBe(A_NUMBER);
    expect(cipher.decrypt(ORG_A, SECRET.name, note.secret ?? '', { rowId: id })).toBe(TOTP_SECRET);
  });

  it('refuses a value copied into another organization', async () => {
    const id = await addNote(ORG_A, NARRATIVE_TEXT, A_NUMBER);
    const [raw] = (await rawRows(ORG_A)).filter((row) => row['id'] === id);
    const copy = randomUUID();
    await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`INSERT INTO ${TABLE} (id, organization_id, narrative) VALUES ($1, $2, $3)`, [
        copy,
        ORG_B,
        raw['narrative'],
      ]),
    );
    await expect(
      transactions.run(ORG_B, ({ manager }) => manager.findOneByOrFail(FixtureNote, { id: copy })),
    ).rejects.toThrow(DecryptionFailedError);
    expect(() => cipher.decrypt(ORG_B, NARRATIVE.name, raw['narrative'] ?? '')).toThrow(
      DecryptionFailedError,
    );
    await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`DELETE FROM ${TABLE} WHERE id = $1`, [copy]),
    );
  });

  it('refuses a row-bound value swapped into another row, or read with another column', async () => {
    const one = await addNote(ORG_A, 'one', 'A-1');
    const two = await addNote(ORG_A, 'two', 'A-2');
    const rows = await rawRows(ORG_A);
    const sealedOne = rows.find((row) => row['id'] === one)?.['secret'] ?? '';
    await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`UPDATE ${TABLE} SET secret = $1 WHERE id = $2`, [sealedOne, two]),
    );
    const swapped = await transactions.run(ORG_A, ({ manager }) =>
      manager.findOneByOrFail(FixtureNote, { id: two }),
    );
    expect(() => cipher.decrypt(ORG_A, SECRET.name, swapped.secret ?? '', { rowId: two })).toThrow(
      DecryptionFailedError,
    );
    expect(() => cipher.decrypt(ORG_A, NARRATIVE.name, sealedOne, { rowId: one })).toThrow(
      DecryptionFailedError,
    );
    await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`DELETE FROM ${TABLE} WHERE id = ANY($1)`, [[one, two]]),
    );
  });

  it('refuses to seal or open an encrypted column outside an organization', async () => {
    await expect(
      transactions.run(null, ({ manager }) =>
        manager.insert(FixtureNote, { id: randomUUID(), organizationId: ORG_A, narrative: 'x' }),
      ),
    ).rejects.toThrow(NoEncryptionScopeError);
  });

  it('finds a row by A-number through the keyed hash, only in its own organization', async () => {
    const inA = await addNote(ORG_A, 'lookup', 'A-987-654-321');
    const inB = await addNote(ORG_B, 'lookup', 'A-987-654-321');
    const lookup = (organizationId: string, typed: string) =>
      transactions.run(organizationId, async ({ manager }) =>
        (
          await manager.query(`SELECT id FROM ${TABLE} WHERE a_number_index = ANY($1)`, [
            cipher.blindIndexCandidates(organizationId, 'a-number', typed),
          ])
        ).map((row: { id: string }) => row.id),
      );
    expect(await lookup(ORG_A, 'a 987 654 321')).toEqual([inA]);
    expect(await lookup(ORG_B, 'A987654321')).toEqual([inB]);
    const [indexA] = (await rawRows(ORG_A)).filter((row) => row['id'] === inA);
    const [indexB] = (await rawRows(ORG_B)).filter((row) => row['id'] === inB);
    expect(indexA['a_number_index']).not.toBe(indexB['a_number_index']);
  });

  it('rotates every value to the new key in batches, resumably and idempotently', async () => {
    for (let n = 0; n < 5; n += 1) await addNote(ORG_A, `story ${n}`, `A-000-000-00${n}`);
    await addNote(ORG_B, 'story b', 'A-555-555-555');
    const plaintextOf = async (organizationId: string) =>
      transactions.run(organizationId, async ({ manager }) =>
        (await manager.find(FixtureNote, { order: { id: 'ASC' } })).map((note) => [
          note.id,
          note.narrative,
          note.aNumber,
          cipher.decrypt(organizationId, SECRET.name, note.secret ?? '', { rowId: note.id }),
        ]),
      );
    const before = [await plaintextOf(ORG_A), await plaintextOf(ORG_B)];
    const countA = before[0].length;
    const countB = before[1].length;

    // The new key becomes active; the old one stays readable.
    useCipher(new FieldCipher(new Keyring([second, first])));
    const newInA = await addNote(ORG_A, 'written during rotation', 'A-111-111-111');
    const rotation = new KeyRotation(transactions, cipher);

    // The owning role lists organizations (migration 1763900003000); the app role sees none.
    const organizationIds =
      kind === 'server' ? await listOrganizationIds(database.endpoints.owner) : [ORG_A, ORG_B];
    expect(organizationIds).toEqual([ORG_A, ORG_B]);

    // Interrupted after organization A: B is still under k1.
    const partial = await rotation.rotate({
      organizationIds: [ORG_A],
      columns: COLUMNS,
      batchSize: 2,
    });
    expect(partial.columns.map((c) => [c.column, c.reencrypted, c.current, c.failed])).toEqual(
      COLUMNS.map((c) => [c.name, countA, countA + 1, 0]),
    );
    expect((await rawRows(ORG_B)).every((row) => row['narrative']?.startsWith('v1.k1.'))).toBe(
      true,
    );

    // Resumed over every organization: only B's values are left to do.
    const resumed = await rotation.rotate({ organizationIds, columns: COLUMNS, batchSize: 2 });
    expect(resumed.columns.map((c) => [c.reencrypted, c.current, c.failed])).toEqual(
      COLUMNS.map(() => [countB, countA + 1 + countB, 0]),
    );
    for (const organizationId of [ORG_A, ORG_B]) {
      for (const row of await rawRows(organizationId)) {
        for (const column of ['narrative', 'a_number', 'secret'])
          expect(row[column]).toMatch(/^v1\.k2\./);
        expect(row['a_number_index']).toMatch(/^k2\./);
      }
    }
    const after = [await plaintextOf(ORG_A), await plaintextOf(ORG_B)];
    expect(after[0].filter(([id]) => id !== newInA)).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);

    // The recomputed keyed hash still finds the row, under the new key alone.
    const k2Only = new FieldCipher(new Keyring([second]));
    const found = await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`SELECT id FROM ${TABLE} WHERE a_number_index = ANY($1)`, [
        k2Only.blindIndexCandidates(ORG_B, 'a-number', 'a-555-555-555'),
      ]),
    );
    expect(found).toHaveLength(1);

    // Again: nothing to do.
    const again = await rotation.rotate({ organizationIds, columns: COLUMNS });
    expect(again.columns.every((c) => c.reencrypted === 0 && c.failed === 0)).toBe(true);
  });

  it('rotates while requests keep writing, losing none of their writes', async () => {
    useCipher(new FieldCipher(new Keyring([first])));
    const ids: string[] = [];
    for (let n = 0; n < 12; n += 1) ids.push(await addNote(ORG_A, `before ${n}`, `A-${n}`));
    useCipher(new FieldCipher(new Keyring([second, first])));
    const write = (id: string, n: number) =>
      transactions.run(ORG_A, async ({ manager }) => {
        await manager.update(FixtureNote, { id }, { narrative: `after ${n}` });
      });
    const [report] = await Promise.all([
      new KeyRotation(transactions, cipher).rotate({
        organizationIds: [ORG_A],
        columns: [NARRATIVE],
        batchSize: 3,
      }),
      ...ids.map((id, n) => write(id, n)),
    ]);
    expect(report.failures).toEqual([]);
    const notes = await transactions.run(ORG_A, ({ manager }) => manager.find(FixtureNote));
    const byId = new Map(notes.map((note) => [note.id, note.narrative]));
    expect(ids.map((id) => byId.get(id))).toEqual(ids.map((_, n) => `after ${n}`));
    for (const row of await rawRows(ORG_A)) expect(row['narrative']).toMatch(/^v1\.k2\./);
  });

  it('reports a value it cannot open, leaves it as it is, and rotates the rest', async () => {
    const good = await addNote(ORG_B, 'good', 'A-222');
    const moved = randomUUID();
    const foreign = new FieldCipher(new Keyring([first])).encrypt(ORG_A, NARRATIVE.name, 'moved');
    await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`INSERT INTO ${TABLE} (id, organization_id, narrative) VALUES ($1, $2, $3)`, [
        moved,
        ORG_B,
        foreign,
      ]),
    );
    await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`UPDATE ${TABLE} SET narrative = $1 WHERE id = $2`, [
        new FieldCipher(new Keyring([first])).encrypt(ORG_B, NARRATIVE.name, 'good'),
        good,
      ]),
    );
    const report = await new KeyRotation(transactions, cipher).rotate({
      organizationIds: [ORG_B],
      columns: [NARRATIVE],
    });
    expect(report.columns[0]).toMatchObject({ reencrypted: 1, failed: 1 });
    expect(report.failures).toEqual([
      {
        column: NARRATIVE.name,
        organizationId: ORG_B,
        rowId: moved,
        reason: 'DecryptionFailedError',
      },
    ]);
    const rows = await rawRows(ORG_B);
    expect(rows.find((row) => row['id'] === moved)?.['narrative']).toBe(foreign);
    expect(rows.find((row) => row['id'] === good)?.['narrative']).toMatch(/^v1\.k2\./);
  });
});

describe.each(databaseKinds())('the application on the %s database', (kind) => {
  it('boots with field encryption wired: key from the environment on a server, else a private key file', async () => {
    const api = await startTestApi({ kind });
    try {
      const fieldCipher = api.app.get(FieldCipher);
      const sealed = fieldCipher.encrypt(ORG_A, 'users.totp_secret', TOTP_SECRET, {
        rowId: ORG_B,
      });
      expect(fieldCipher.decrypt(ORG_A, 'users.totp_secret', sealed, { rowId: ORG_B })).toBe(
        TOTP_SECRET,
      );
      const path = keyFilePath(api.database.config.AMPARO_DATA_DIR);
      if (kind === 'embedded') {
        expect(statSync(path).mode & 0o777).toBe(0o600);
      } else {
        expect(api.database.config.AMPARO_MASTER_KEY).toBeDefined();
        expect(existsSync(path)).toBe(false);
      }
      expect(sealed.startsWith(`v1.${fieldCipher.activeKeyId}.`)).toBe(true);
      expect(api.app.get(KeyRotation)).toBeInstanceOf(KeyRotation);
    } finally {
      await api.close();
    }
  });
});
