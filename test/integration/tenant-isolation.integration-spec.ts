// The second wall: even a query that forgets to filter by organization cannot see, or write,
// another organization's rows, because PostgreSQL's row-level security will not let it.
import { DataSource } from 'typeorm';
import { assertSafeAppRole } from '../../apps/api/src/app/database/app-role.check';
import { dataSourceOptions } from '../../apps/api/src/app/database/data-source.options';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { OrganizationEntity } from '../../apps/api/src/app/organizations/organization.entity';
import { UserEntity } from '../../apps/api/src/app/organizations/user.entity';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

const ORG_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const ORG_B = 'bbbbbbbb-0000-4000-8000-00000000000b';

describe.each(databaseKinds())('tenant isolation on the %s database', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let transactions: TenantTransactions;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await new DataSource(
      dataSourceOptions(database.endpoints.app, { poolMax: 4 }),
    ).initialize();
    transactions = new TenantTransactions(dataSource);
    for (const [id, slug] of [
      [ORG_A, 'org-a'],
      [ORG_B, 'org-b'],
    ]) {
      await transactions.run(id, async ({ manager }) => {
        await manager.insert(OrganizationEntity, {
          id,
          name: slug,
          slug,
          caseVisibility: 'assigned',
          settings: {},
        });
        await manager.insert(UserEntity, [
          {
            organizationId: id,
            email: `one@${slug}.example`,
            name: 'One (test)',
            roles: ['attorney'],
          },
          {
            organizationId: id,
            email: `two@${slug}.example`,
            name: 'Two (test)',
            roles: ['paralegal'],
          },
        ]);
      });
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('connects as a role that is neither superuser nor BYPASSRLS', async () => {
    const [role] = await dataSource.query(
      `SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: 'amparo_app', rolsuper: false, rolbypassrls: false });
    await expect(assertSafeAppRole(dataSource)).resolves.toBeUndefined();
  });

  it("shows organization A's transaction none of B's rows, even unfiltered", async () => {
    const seen = await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`SELECT organization_id, email FROM users ORDER BY email`),
    );
    expect(seen).toEqual([
      { organization_id: ORG_A, email: 'one@org-a.example' },
      { organization_id: ORG_A, email: 'two@org-a.example' },
    ]);
    const organizations = await transactions.run(ORG_A, ({ manager }) =>
      manager.find(OrganizationEntity),
    );
    expect(organizations.map((o) => o.id)).toEqual([ORG_A]);
  });

  it('shows a transaction with no organization no rows at all', async () => {
    const counts = await transactions.run(null, ({ manager }) =>
      manager.query(
        `SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM organizations)::int AS orgs`,
      ),
    );
    expect(counts).toEqual([{ users: 0, orgs: 0 }]);
  });

  it('shows no rows to a query outside any transaction', async () => {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM users`);
    expect(n).toBe(0);
  });

  it("refuses an insert into B from A's transaction", async () => {
    await expect(
      transactions.run(ORG_A, ({ manager }) =>
        manager.insert(UserEntity, {
          organizationId: ORG_B,
          email: 'intruder@org-b.example',
          name: 'Intruder',
          roles: ['admin'],
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    const [{ n }] = await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`SELECT count(*)::int AS n FROM users WHERE email = 'intruder@org-b.example'`),
    );
    expect(n).toBe(0);
  });

  it("cannot move A's row into B, nor update or delete B's rows from A", async () => {
    await expect(
      transactions.run(ORG_A, ({ manager }) =>
        manager.query(`UPDATE users SET organization_id = $1 WHERE email = 'one@org-a.example'`, [
          ORG_B,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const [, updated] = await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`UPDATE users SET name = 'changed' WHERE organization_id = $1`, [ORG_B]),
    );
    const [, deleted] = await transactions.run(ORG_A, ({ manager }) =>
      manager.query(`DELETE FROM users WHERE organization_id = $1`, [ORG_B]),
    );
    expect([updated, deleted]).toEqual([0, 0]);
    const names = await transactions.run(ORG_B, ({ manager }) =>
      manager.query(`SELECT name FROM users ORDER BY email`),
    );
    expect(names).toEqual([{ name: 'One (test)' }, { name: 'Two (test)' }]);
  });

  it('does not carry the organization past the end of its transaction', async () => {
    await transactions.run(ORG_A, ({ manager }) => manager.query('SELECT 1'));
    const [{ setting }] = await dataSource.query(
      `SELECT current_setting('app.organization_id', true) AS setting`,
    );
    expect(setting === null || setting === '').toBe(true);
  });

  it('keeps concurrent transactions of two organizations apart', async () => {
    const emailsOf = (org: string) =>
      transactions.run(org, async ({ manager }) => {
        await manager.query('SELECT pg_sleep(0.01)');
        return (await manager.find(UserEntity)).map((u) => u.organizationId);
      });
    const results = await Promise.all([ORG_A, ORG_B, ORG_A, ORG_B].map(emailsOf));
    expect(results.map((ids) => [...new Set(ids)])).toEqual([[ORG_A], [ORG_B], [ORG_A], [ORG_B]]);
  });

  it('refuses to start when the application role could bypass row-level security', async () => {
    const owner = await new DataSource(
      dataSourceOptions(database.endpoints.owner, { poolMax: 1 }),
    ).initialize();
    try {
      if (kind === 'embedded') {
        // PGlite's session is the superuser until the app drops to amparo_app.
        await owner.query('RESET ROLE');
        await expect(assertSafeAppRole(owner)).rejects.toThrow(/is a superuser.*Fix:/s);
      } else {
        // The owning role owns the tables, which would let it switch their policies off.
        await expect(assertSafeAppRole(owner)).rejects.toThrow(/owns the tables.*Fix:/s);
      }
    } finally {
      if (kind === 'embedded') await owner.query(`SET ROLE amparo_app`);
      await owner.destroy();
    }
  });
});
