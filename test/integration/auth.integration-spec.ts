// Sign-in, sessions and their end: tokens are short-lived, checked against a live server-side
// session on every request, and a wrong e-mail looks exactly like a wrong password.
import request from 'supertest';
import { asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('authentication', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
  });
  afterAll(() => api.close());

  const me = (token: string) =>
    request(api.url).get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  it('signs in with e-mail and password and answers who the caller is', async () => {
    const session = await login(api, 'Attorney@Lima.example');
    expect(session.user).toMatchObject({
      email: 'attorney@lima.example',
      roles: ['attorney'],
      organizationId: LIMA,
    });
    const expiresIn = Date.parse(session.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(5 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    const response = await me(session.accessToken).expect(200);
    expect(response.body.user.email).toBe('attorney@lima.example');
    expect(response.body.permissions).toContain('filings.mark-filed');
    expect(response.body.permissions).not.toContain('deadlines.waive');
  });

  it('in cookie mode, sets httpOnly SameSite=Strict cookies and answers no token', async () => {
    const agent = request.agent(api.url);
    const response = await agent
      .post('/api/auth/login')
      .send({ email: 'paralegal@lima.example', password: 'amparo-demo-password', mode: 'cookie' })
      .expect(200);
    const cookies = response.headers['set-cookie'] as unknown as string[];
    const access = cookies.find((c) => c.startsWith('amparo_access='));
    const refresh = cookies.find((c) => c.startsWith('amparo_refresh='));
    const csrf = cookies.find((c) => c.startsWith('amparo_csrf='));
    expect(access).toMatch(/HttpOnly/);
    expect(access).toMatch(/SameSite=Strict/);
    expect(refresh).toMatch(/HttpOnly/);
    expect(csrf).not.toMatch(/HttpOnly/);
    // A script on the page reads the JSON answer: it must hold no token of the session.
    expect(Object.keys(response.body).sort()).toEqual(['expiresAt', 'mode', 'user']);
    expect(response.body.mode).toBe('cookie');
    const secrets = [access, refresh, csrf].map((c) =>
      decodeURIComponent(c?.split(/[=;]/)[1] ?? ''),
    );
    for (const secret of secrets) expect(response.text).not.toContain(secret);

    // Refreshing with the cookie keeps the mode: new cookies, still no token in the answer.
    const refreshed = await agent.post('/api/auth/refresh').send({}).expect(200);
    expect(Object.keys(refreshed.body).sort()).toEqual(['expiresAt', 'mode']);
    expect(refreshed.headers['set-cookie']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^amparo_access=/)]),
    );
    await agent.get('/api/auth/me').expect(200);
  });

  it('in bearer mode (the default), answers the tokens and sets no cookie', async () => {
    const response = await request(api.url)
      .post('/api/auth/login')
      .send({ email: 'paralegal@lima.example', password: 'amparo-demo-password' })
      .expect(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).toMatchObject({ mode: 'bearer' });
    expect(response.body.accessToken).toMatch(/^[0-9a-f-]{36}\.[0-9a-f-]{36}\./);
    const refreshed = await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: response.body.refreshToken })
      .expect(200);
    expect(refreshed.headers['set-cookie']).toBeUndefined();
    expect(refreshed.body.mode).toBe('bearer');
    await me(refreshed.body.accessToken).expect(200);
  });

  it('gives the same answer for a wrong e-mail and a wrong password, in similar time', async () => {
    const attempt = async (email: string) => {
      const started = process.hrtime.bigint();
      const response = await request(api.url)
        .post('/api/auth/login')
        .send({ email, password: 'wrong-password-123' });
      return { response, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const unknown = [];
    const wrong = [];
    for (let i = 0; i < 3; i += 1) {
      unknown.push(await attempt('nobody@lima.example'));
      wrong.push(await attempt('attorney@lima.example'));
    }
    for (const { response } of [...unknown, ...wrong]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'E-mail or password is incorrect',
        code: 'AUTH_INVALID_CREDENTIALS',
      });
    }
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[1];
    const ratio = median(unknown) / median(wrong);
    // Both run one argon2id verification; without the decoy an unknown e-mail answers about ten
    // times faster. Wide bounds: a loaded CI machine makes single timings noisy.
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
    // Three wrong passwords in a row make the fourth wait a second: start the next tests afresh.
    const owner = await api.database.ownerClient();
    await owner.query(`DELETE FROM login_throttle`).finally(() => owner.end());
  });

  it('refuses tampered and malformed tokens', async () => {
    const { accessToken } = await login(api, 'attorney@lima.example');
    const last = accessToken.slice(-1) === 'A' ? 'B' : 'A';
    await me(accessToken.slice(0, -1) + last).expect(401);
    await me('not-a-token').expect(401);
    await request(api.url)
      .get('/api/auth/me')
      .set('Authorization', `Basic ${accessToken}`)
      .expect(401);
    await request(api.url).get('/api/auth/me').expect(401);
    // A token naming another organization's id does not find the session there.
    const other = accessToken.replace(LIMA, 'd3a10000-0000-4000-8000-000000000002');
    await me(other).expect(401);
  });

  it('refuses an expired access token and lets the refresh token rotate it', async () => {
    const session = await login(api, 'attorney@lima.example');
    const sessionId = session.accessToken.split('.')[1];
    await asOwner(
      api,
      LIMA,
      `UPDATE sessions SET access_expires_at = now() - interval '1 second' WHERE id = $1`,
      [sessionId],
    );
    const expired = await me(session.accessToken).expect(401);
    expect(expired.body.code).toBe('AUTH_TOKEN_EXPIRED');

    const refreshed = await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    await me(refreshed.body.accessToken).expect(200);
    await me(session.accessToken).expect(401);
  });

  it('ends the whole session when a refresh token is used twice', async () => {
    const session = await login(api, 'attorney@lima.example');
    const first = await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    await me(first.body.accessToken).expect(401);
  });

  it('ends the session server-side on logout', async () => {
    const { accessToken } = await login(api, 'attorney@lima.example');
    await request(api.url)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${accessToken}`)
      .expect(204);
    const response = await me(accessToken).expect(401);
    expect(response.body.code).toBe('AUTH_SESSION_ENDED');
  });

  it('ends an idle session and one past its absolute limit', async () => {
    const idle = await login(api, 'attorney@lima.example');
    await asOwner(
      api,
      LIMA,
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`,
      [idle.accessToken.split('.')[1]],
    );
    await me(idle.accessToken).expect(401);
    const old = await login(api, 'attorney@lima.example');
    await asOwner(
      api,
      LIMA,
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [old.accessToken.split('.')[1]],
    );
    await me(old.accessToken).expect(401);
    // A refresh token of an idle session is refused too.
    const dozing = await login(api, 'attorney@lima.example');
    await asOwner(
      api,
      LIMA,
      `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`,
      [dozing.accessToken.split('.')[1]],
    );
    await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: dozing.refreshToken })
      .expect(401);
    // All three are ended for good, with the reason, not just refused.
    const ended = await asOwner<{ revoked_reason: string }>(
      api,
      LIMA,
      `SELECT revoked_reason FROM sessions WHERE id = ANY($1) ORDER BY revoked_reason`,
      [[idle, old, dozing].map((session) => session.accessToken.split('.')[1])],
    );
    expect(ended.map((row) => row.revoked_reason)).toEqual([
      'absolute timeout',
      'idle timeout',
      'idle timeout',
    ]);
  });

  it('reads the caller in one statement whose office scope ends with it', async () => {
    const { accessToken } = await login(api, 'attorney@lima.example');
    const [, sessionId] = accessToken.split('.');
    const owner = await api.database.ownerClient();
    try {
      // The owner is held by row-level security too (FORCE), as the app role is.
      const found = await owner.query(`SELECT user_id FROM app_session_caller($1, $2)`, [
        LIMA,
        sessionId,
      ]);
      expect(found.rows).toHaveLength(1);
      // Outside a transaction the office setting lasted for that statement only.
      const after = await owner.query(`SELECT current_setting('app.organization_id', true) AS o`);
      expect(after.rows[0].o ?? '').toBe('');
      const elsewhere = await owner.query(`SELECT user_id FROM app_session_caller($1, $2)`, [
        'd3a10000-0000-4000-8000-000000000002',
        sessionId,
      ]);
      expect(elsewhere.rows).toHaveLength(0);
    } finally {
      await owner.end();
    }
  });

  it("cuts off a disabled user's live session on the next request", async () => {
    const { accessToken } = await login(api, 'paralegal@lima.example');
    await me(accessToken).expect(200);
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET disabled_at = now() WHERE email = 'paralegal@lima.example'`,
    );
    try {
      await me(accessToken).expect(401);
      await request(api.url)
        .post('/api/auth/login')
        .send({ email: 'paralegal@lima.example', password: 'amparo-demo-password' })
        .expect(401);
    } finally {
      await asOwner(
        api,
        LIMA,
        `UPDATE users SET disabled_at = NULL WHERE email = 'paralegal@lima.example'`,
      );
    }
  });

  it('applies a role change on the next request', async () => {
    const { accessToken } = await login(api, 'paralegal@lima.example');
    expect((await me(accessToken)).body.user.roles).toEqual(['paralegal']);
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET roles = '{paralegal,supervisor}' WHERE email = 'paralegal@lima.example'`,
    );
    try {
      const response = await me(accessToken).expect(200);
      expect(response.body.user.roles).toEqual(['paralegal', 'supervisor']);
      expect(response.body.permissions).toContain('audit.read');
    } finally {
      await asOwner(
        api,
        LIMA,
        `UPDATE users SET roles = '{paralegal}' WHERE email = 'paralegal@lima.example'`,
      );
    }
  });

  describe('CSRF on cookie-authenticated writes', () => {
    it('refuses a write that carries only the cookies, and accepts it with the token echoed', async () => {
      const agent = request.agent(api.url);
      const loggedIn = await agent
        .post('/api/auth/login')
        .send({ email: 'attorney@lima.example', password: 'amparo-demo-password', mode: 'cookie' })
        .expect(200);
      const csrfCookie = (loggedIn.headers['set-cookie'] as unknown as string[]).find((c) =>
        c.startsWith('amparo_csrf='),
      );
      const csrfToken = decodeURIComponent(csrfCookie?.split(/[=;]/)[1] ?? '');
      await agent.get('/api/auth/me').expect(200); // reads need no token
      const refused = await agent.post('/api/auth/logout').expect(403);
      expect(refused.body.code).toBe('AUTH_CSRF');
      await agent.post('/api/auth/logout').set('X-CSRF-Token', 'forged-value').expect(403);
      await agent.post('/api/auth/logout').set('X-CSRF-Token', csrfToken).expect(204);
      await agent.get('/api/auth/me').expect(401);
    });
  });
});
