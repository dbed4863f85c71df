// Every sign-in attempt, failed or not, every sign-out, every refusal and every account change
// leaves an audit entry with who and from where, and never the e-mail typed or a password.
import request from 'supertest';
import { asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

interface AuditRow {
  action: string;
  outcome: string;
  actor_user_id: string | null;
  record_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

describe('identity in the audit trail', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
  });
  afterAll(() => api.close());

  const entries = (organizationId: string) =>
    asOwner<AuditRow>(
      api,
      organizationId,
      `SELECT action, outcome, actor_user_id, record_id, ip, details FROM audit_entries
        WHERE organization_id = $1 ORDER BY seq`,
      [organizationId],
    );

  it('records successful and failed sign-ins, sign-outs and permission denials', async () => {
    const paralegal = await login(api, 'paralegal@lima.example');
    await request(api.url)
      .post('/api/auth/login')
      .send({ email: 'paralegal@lima.example', password: 'wrong password 1' })
      .expect(401);
    await request(api.url)
      .get('/api/users')
      .set('Authorization', `Bearer ${paralegal.accessToken}`)
      .expect(403);
    await request(api.url)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${paralegal.accessToken}`)
      .expect(204);

    const rows = await entries(LIMA);
    const summary = rows.map((row) => [row.action, row.outcome]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['auth.login.succeeded', 'success'],
        ['auth.login.failed', 'failure'],
        ['access.denied', 'denied'],
        ['auth.logout', 'success'],
      ]),
    );
    const failed = rows.find((row) => row.action === 'auth.login.failed');
    expect(failed?.record_id).toBe(paralegal.user.id);
    expect(failed?.details).toEqual({ reason: 'auth_invalid_credentials' });
    const denied = rows.find((row) => row.action === 'access.denied');
    expect(denied).toMatchObject({
      actor_user_id: paralegal.user.id,
      ip: '127.0.0.1',
      details: { permission: 'users.manage' },
    });
    const text = JSON.stringify(rows);
    expect(text).not.toContain('paralegal@lima.example');
    expect(text).not.toContain('wrong password');
  });

  it('records a failed sign-in for an unknown e-mail in the system chain, keyed-hashed', async () => {
    await request(api.url)
      .post('/api/auth/login')
      .send({ email: 'ghost@nowhere.example', password: 'whatever-123' })
      .expect(401);
    const owner = await api.database.ownerClient();
    const embedded = api.database.endpoints.kind === 'embedded';
    try {
      // Only the owning role reads the system chain (embedded: the session's own superuser).
      if (embedded) await owner.query('RESET ROLE');
      const { rows } = await owner.query(
        `SELECT action, actor_email_hash FROM audit_entries WHERE organization_id IS NULL ORDER BY seq DESC LIMIT 1`,
      );
      expect(rows[0].action).toBe('auth.login.failed');
      expect(rows[0].actor_email_hash).toMatch(/^[A-Za-z0-9-]+:[A-Za-z0-9_-]{40,}$/);
      expect(rows[0].actor_email_hash).not.toContain('ghost');
    } finally {
      if (embedded) await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
  });

  it('records account administration', async () => {
    const admin = await login(api, 'admin@lima.example');
    const invited = await request(api.url)
      .post('/api/users')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ email: 'audited@lima.example', name: 'Audited (test)', roles: ['paralegal'] })
      .expect(201);
    await request(api.url)
      .post(`/api/users/${invited.body.user.id}/disable`)
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({})
      .expect(200);
    const rows = await entries(LIMA);
    const about = rows
      .filter((row) => row.record_id === invited.body.user.id)
      .map((row) => row.action);
    expect(about).toEqual(['user.invited', 'user.disabled']);
  });
});
