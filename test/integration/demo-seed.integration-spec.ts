// The demo offices appear once, with one user per role, each able to sign in with the
// documented password; running the seed again changes nothing.
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { verifyPassword } from '../../apps/api/src/app/identity/password.hasher';
import { UserEntity } from '../../apps/api/src/app/organizations/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '../../apps/api/src/app/seed/demo-data';
import { seedDemoIfFirstStart } from '../../apps/api/src/app/seed/demo.seed';
import { startTestApi, type TestApi } from './support/test-api';

describe('demo data', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates both fictional offices with one user per role, once', async () => {
    expect(await seedDemoIfFirstStart(api.app)).toBe(true);
    expect(await seedDemoIfFirstStart(api.app)).toBe(false);

    const transactions = api.app.get(TenantTransactions);
    for (const organization of DEMO_ORGANIZATIONS) {
      const users = await transactions.run(organization.id, ({ manager }) =>
        manager.find(UserEntity, { order: { email: 'ASC' } }),
      );
      expect(users.map((user) => [user.email, user.roles])).toEqual(
        ['admin', 'attorney', 'paralegal', 'supervisor'].map((role) => [
          `${role}@${organization.domain}`,
          [role],
        ]),
      );
      for (const user of users) {
        expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        expect(await verifyPassword(user.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
      }
    }
    expect(DEMO_ORGANIZATIONS.map((o) => o.name)).toEqual([
      'Defensa Migrante Lima (demo)',
      'Albergue Frontera Tijuana (demo)',
    ]);
  });
});
