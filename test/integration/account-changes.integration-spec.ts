// What an admin does to accounts is seen by others: no one gives themselves a role that opens
// case records; a role change, a password link or a new member is told to the member and the
// office's supervisors; and each is in the audit trail. A member's calendar feed ends with a
// password reset or change, a role change and disabling.
import request from 'supertest';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

interface Member {
  id: string;
  email: string;
  roles: string[];
  version: number;
}

interface NoticeRow {
  user_id: string;
  kind: string;
  title: { en: string; es: string };
  body: { en: string; es: string };
}

const PASSWORD = 'amparo-demo-password';

describe('account changes by an admin', () => {
  let api: TestApi;
  let admin: ReturnType<typeof asBearer>;
  let adminId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    const session = await login(api, 'admin@lima.example');
    admin = asBearer(api, session.accessToken);
    adminId = session.user.id;
  });
  afterAll(() => api.close());

  const member = async (email: string): Promise<Member> => {
    const users = (await admin.get('/api/users').expect(200)).body as Member[];
    const found = users.find((user) => user.email === email);
    if (!found) throw new Error(`no ${email}`);
    return found;
  };
  const noticesOf = (kind: string) =>
    asOwner<NoticeRow>(
      api,
      LIMA,
      `SELECT user_id, kind, title, body FROM notifications WHERE kind = $1 ORDER BY created_at`,
      [kind],
    );
  const auditOf = (action: string, recordId: string) =>
    asOwner<{ outcome: string; actor_user_id: string; details: Record<string, unknown> }>(
      api,
      LIMA,
      `SELECT outcome, actor_user_id, details FROM audit_entries
        WHERE action = $1 AND record_id = $2 ORDER BY seq`,
      [action, recordId],
    );

  it('refuses an admin who adds a case role to their own account, and audits the refusal', async () => {
    for (const roles of [
      ['admin', 'supervisor'],
      ['admin', 'attorney'],
      ['admin', 'paralegal'],
    ]) {
      const self = await member('admin@lima.example');
      const refused = await admin
        .patch(`/api/users/${self.id}/roles`, { roles, version: self.version })
        .expect(403);
      expect(refused.body).toMatchObject({ code: 'USER_SELF_ROLE_GRANT' });
      expect(refused.body.message).toContain(roles[1]);
    }
    const self = await member('admin@lima.example');
    expect(self.roles).toEqual(['admin']);
    const denied = await auditOf('user.roles_changed', adminId);
    expect(denied.map((row) => [row.outcome, row.actor_user_id, row.details['to']])).toEqual([
      ['denied', adminId, ['admin', 'supervisor']],
      ['denied', adminId, ['admin', 'attorney']],
      ['denied', adminId, ['admin', 'paralegal']],
    ]);
    // What the rule leaves open: another admin may grant it.
    const second = await admin
      .post('/api/users', {
        email: 'second.admin@lima.example',
        name: 'Segunda Admin (demo)',
        roles: ['admin'],
      })
      .expect(201);
    await request(api.url)
      .post('/api/auth/set-password')
      .send({ token: second.body.setupToken, password: 'otra frase larga de prueba' })
      .expect(204);
    const other = asBearer(
      api,
      (await login(api, 'second.admin@lima.example', 'otra frase larga de prueba')).accessToken,
    );
    await other
      .patch(`/api/users/${self.id}/roles`, {
        roles: ['admin', 'supervisor'],
        version: self.version,
      })
      .expect(200);
  });

  it('tells the member and the supervisors of a role change, and audits what changed', async () => {
    const paralegal = await member('paralegal@lima.example');
    const supervisor = await member('supervisor@lima.example');
    await admin
      .patch(`/api/users/${paralegal.id}/roles`, {
        roles: ['paralegal', 'attorney'],
        version: paralegal.version,
      })
      .expect(200);
    const notices = (await noticesOf('account.roles_changed')).filter((row) =>
      row.body.en.includes('Paralegal → Paralegal, Attorney'),
    );
    // The admin who acted is not told, though a supervisor since the test above.
    expect(notices.map((row) => row.user_id).sort()).toEqual([paralegal.id, supervisor.id].sort());
    const toMember = notices.find((row) => row.user_id === paralegal.id);
    expect(toMember?.title).toEqual({
      en: 'Your roles were changed',
      es: 'Se cambiaron sus roles',
    });
    expect(notices.find((row) => row.user_id === supervisor.id)?.title.es).toBe(
      'Roles cambiados: Diego Salazar (demo)',
    );
    const audited = await auditOf('user.roles_changed', paralegal.id);
    expect(audited.at(-1)).toMatchObject({
      outcome: 'success',
      details: { from: ['paralegal'], to: ['paralegal', 'attorney'] },
    });
  });

  it('tells the member and the supervisors of a password link', async () => {
    const attorney = await member('attorney@lima.example');
    const supervisor = await member('supervisor@lima.example');
    await admin.post(`/api/users/${attorney.id}/password-reset`).expect(200);
    const notices = await noticesOf('account.password_reset');
    expect(notices.map((row) => row.user_id).sort()).toEqual([attorney.id, supervisor.id].sort());
    expect(notices.find((row) => row.user_id === supervisor.id)?.body.en).toBe(
      'Rosa Quispe (demo) issued a link to set a new password for Lucía Ferrer (demo).',
    );
    expect((await auditOf('auth.password.reset_requested', attorney.id)).length).toBe(1);
  });

  it('tells the supervisors of a new member', async () => {
    const supervisor = await member('supervisor@lima.example');
    await admin
      .post('/api/users', {
        email: 'nuevo.paralegal@lima.example',
        name: 'Nuevo Asistente (demo)',
        roles: ['paralegal'],
      })
      .expect(201);
    const notices = (await noticesOf('account.invited')).filter((row) =>
      row.title.en.includes('Nuevo Asistente'),
    );
    expect(notices.map((row) => row.user_id)).toEqual([supervisor.id]);
  });

  describe('calendar feeds', () => {
    /** The attorney's new feed address, checked to work. */
    const feedOfAttorney = async (): Promise<string> => {
      const attorney = asBearer(api, (await login(api, 'attorney@lima.example')).accessToken);
      const made = await attorney.post('/api/calendar-feed', {}).expect(201);
      await request(api.url).get(made.body.path).expect(200);
      return made.body.path as string;
    };

    it('end with a password reset, and with the password set by the link', async () => {
      const attorney = await member('attorney@lima.example');
      const before = await feedOfAttorney();
      await admin.post(`/api/users/${attorney.id}/password-reset`).expect(200);
      await request(api.url).get(before).expect(404);

      const reset = await admin.post(`/api/users/${attorney.id}/password-reset`).expect(200);
      const after = await feedOfAttorney();
      await request(api.url)
        .post('/api/auth/set-password')
        .send({ token: reset.body.setupToken, password: PASSWORD + ' again' })
        .expect(204);
      await request(api.url).get(after).expect(404);
      // Back to the demo password for the tests that follow.
      const again = await admin.post(`/api/users/${attorney.id}/password-reset`).expect(200);
      await request(api.url)
        .post('/api/auth/set-password')
        .send({ token: again.body.setupToken, password: PASSWORD })
        .expect(204);
    });

    it('end with a role change', async () => {
      const attorney = await member('attorney@lima.example');
      const path = await feedOfAttorney();
      await admin
        .patch(`/api/users/${attorney.id}/roles`, {
          roles: ['attorney', 'paralegal'],
          version: attorney.version,
        })
        .expect(200);
      await request(api.url).get(path).expect(404);
    });

    it('end with disabling, and stay ended when the member is enabled again', async () => {
      const attorney = await member('attorney@lima.example');
      const path = await feedOfAttorney();
      await admin.post(`/api/users/${attorney.id}/disable`, { reason: 'on leave' }).expect(200);
      await admin.post(`/api/users/${attorney.id}/enable`).expect(200);
      await request(api.url).get(path).expect(404);
      const revoked = await asOwner<{ details: Record<string, unknown> }>(
        api,
        LIMA,
        `SELECT details FROM audit_entries WHERE action = 'record.deleted'
          AND record_type = 'calendar_feed' ORDER BY seq`,
      );
      // (A member's new address also ends their old one: those entries carry no reason.)
      expect(revoked.map((row) => row.details['reason']).filter(Boolean)).toEqual([
        'password_reset',
        'password_changed',
        'roles_changed',
        'disabled',
      ]);
    });
  });
});
