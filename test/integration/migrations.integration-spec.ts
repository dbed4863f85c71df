// Every migration can be undone: up, all the way down, and up again leaves the same schema.
import { migrations } from '@amparo/migrations';
import { migrateDown, migrateUp } from '../../apps/api/src/app/database/migrator';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

const SCHEMA_QUERY = `
  SELECT table_name, column_name, data_type, is_nullable
    FROM information_schema.columns
   WHERE table_schema = 'public' AND table_name <> 'migrations'
   ORDER BY table_name, column_name`;

describe.each(databaseKinds())('migrations on the %s database', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => database.drop());

  it('apply, revert completely and apply again to the same schema', async () => {
    const owner = await database.ownerClient();
    try {
      const first = await migrateUp(database.endpoints);
      expect(first.applied).toEqual(migrations.map((migration) => migration.name));
      const schema = (await owner.query(SCHEMA_QUERY)).rows;
      expect(schema.length).toBeGreaterThan(0);

      const reverted = await migrateDown(database.endpoints, migrations.length);
      expect(reverted).toHaveLength(migrations.length);
      expect((await owner.query(SCHEMA_QUERY)).rows).toEqual([]);

      await migrateUp(database.endpoints);
      expect((await owner.query(SCHEMA_QUERY)).rows).toEqual(schema);
      expect((await migrateUp(database.endpoints)).applied).toEqual([]);
    } finally {
      await owner.end();
    }
  });

  it('forces row-level security on every table the app role can reach that carries an organization', async () => {
    await migrateUp(database.endpoints);
    const owner = await database.ownerClient();
    try {
      const { rows } = await owner.query(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r'
           AND (EXISTS (SELECT 1 FROM information_schema.columns col
                         WHERE col.table_schema = 'public' AND col.table_name = c.relname
                           AND col.column_name = 'organization_id')
                OR c.relname = 'organizations')
           -- a table the app role has no privilege on at all (e.g. user_directory, read only
           -- through one SECURITY DEFINER function) is outside its reach anyway
           AND has_table_privilege('amparo_app', c.oid, 'SELECT, INSERT, UPDATE, DELETE')`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows)
        expect(row).toEqual({ table: row.table, enabled: true, forced: true });
    } finally {
      await owner.end();
    }
  });
});
