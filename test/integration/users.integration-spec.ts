// Admins run their office's accounts: invite with a one-time link (no password by e-mail),
// change roles without overwriting someone else's change, disable at once, keep one admin.
import request from 'supertest';
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('user administration', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    admin = (await login(api, 'admin@lima.example')).accessToken;
  });
  afterAll(() => api.close());

  const as = (token: string) => asBearer(api, token);

  it('invites a member with a one-time link that sets their password once', async () => {
    const invited = await as(admin)
      .post('/api/users', {
        email: 'Nueva.Abogada@lima.example',
        name: 'Nueva Abogada (demo)',
        roles: ['attorney'],
      })
      .expect(201);
    expect(invited.body.user).toMatchObject({
      email: 'nueva.abogada@lima.example',
      passwordSet: false,
      roles: ['attorney'],
    });
    expect(JSON.stringify(invited.body)).not.toMatch(/password_hash|passwordHash/);
    const token = invited.body.setupToken as string;

    const weak = await request(api.url)
      .post('/api/auth/set-password')
      .send({ token, password: 'password1234' })
      .expect(400);
    expect(weak.body.message).toMatch(/commonly used/);
    await request(api.url)
      .post('/api/auth/set-password')
      .send({ token, password: 'montañas sobre el río rímac' })
      .expect(204);
    await request(api.url)
      .post('/api/auth/set-password')
      .send({ token, password: 'another long passphrase here' })
      .expect(400);
    const session = await login(api, 'nueva.abogada@lima.example', 'montañas sobre el río rímac');
    expect(session.user.roles).toEqual(['attorney']);
  });

  it('refuses an e-mail that already has an account, in any office', async () => {
    const response = await as(admin)
      .post('/api/users', { email: 'attorney@tijuana.example', name: 'Dup', roles: ['attorney'] })
      .expect(409);
    expect(response.body.code).toBe('USER_EMAIL_TAKEN');
  });

  it('changes roles with optimistic locking: a stale version is a 409 with the current record', async () => {
    const users = (await as(admin).get('/api/users').expect(200)).body as {
      id: string;
      email: string;
      version: number;
    }[];
    const paralegal = users.find((u) => u.email === 'paralegal@lima.example');
    if (!paralegal) throw new Error('demo paralegal missing');
    const updated = await as(admin)
      .patch(`/api/users/${paralegal.id}/roles`, {
        roles: ['paralegal', 'attorney'],
        version: paralegal.version,
      })
      .expect(200);
    expect(updated.body.version).toBe(paralegal.version + 1);
    const stale = await as(admin)
      .patch(`/api/users/${paralegal.id}/roles`, {
        roles: ['paralegal'],
        version: paralegal.version,
      })
      .expect(409);
    expect(stale.body.code).toBe('USER_VERSION_CONFLICT');
    expect(stale.body.details[0].current).toMatchObject({
      roles: ['paralegal', 'attorney'],
      version: paralegal.version + 1,
    });
    await as(admin)
      .patch(`/api/users/${paralegal.id}/roles`, {
        roles: ['paralegal'],
        version: paralegal.version + 1,
      })
      .expect(200);
  });

  it('names invalid roles precisely', async () => {
    const response = await as(admin)
      .post('/api/users', { email: 'x@lima.example', name: 'X', roles: ['judge'] })
      .expect(400);
    expect(response.body.details[0]).toMatchObject({
      field: 'roles',
      message: 'each role must be one of admin, supervisor, attorney, paralegal',
    });
  });

  it('refuses a name of spaces alone with a 400 (stored trimmed, it broke a constraint: a 500)', async () => {
    const response = await as(admin)
      .post('/api/users', { email: 'blank@lima.example', name: '   ', roles: ['paralegal'] })
      .expect(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ field: 'name', message: 'name must not be blank' }),
    ]);
  });

  it('disables a member, ending all their sessions at once', async () => {
    const first = await login(api, 'supervisor@lima.example');
    const second = await login(api, 'supervisor@lima.example');
    const users = (await as(admin).get('/api/users')).body as { id: string; email: string }[];
    const supervisor = users.find((u) => u.email === 'supervisor@lima.example');
    if (!supervisor) throw new Error('demo supervisor missing');
    await as(admin)
      .post(`/api/users/${supervisor.id}/disable`, { reason: 'left the office' })
      .expect(200);
    await as(first.accessToken).get('/api/auth/me').expect(401);
    await as(second.accessToken).get('/api/auth/me').expect(401);
    await as(admin).post(`/api/users/${supervisor.id}/enable`).expect(200);
    await login(api, 'supervisor@lima.example');
  });

  it('keeps at least one active admin', async () => {
    const users = (await as(admin).get('/api/users')).body as {
      id: string;
      email: string;
      version: number;
    }[];
    const self = users.find((u) => u.email === 'admin@lima.example');
    if (!self) throw new Error('demo admin missing');
    const response = await as(admin).post(`/api/users/${self.id}/disable`).expect(409);
    expect(response.body.code).toBe('USER_LAST_ADMIN');
    await as(admin)
      .patch(`/api/users/${self.id}/roles`, { roles: ['supervisor'], version: self.version })
      .expect(409);
  });

  it("treats another office's account as not found", async () => {
    const tijuanaAdmin = (await login(api, 'admin@tijuana.example')).accessToken;
    const limaUsers = (await as(admin).get('/api/users')).body as {
      id: string;
      organizationId?: string;
    }[];
    await as(tijuanaAdmin).post(`/api/users/${limaUsers[0].id}/disable`).expect(404);
    const tijuanaList = (await as(tijuanaAdmin).get('/api/users')).body as { email: string }[];
    expect(tijuanaList.every((u) => u.email.endsWith('@tijuana.example'))).toBe(true);
    expect(limaUsers.length).toBeGreaterThan(0);
  });
});
