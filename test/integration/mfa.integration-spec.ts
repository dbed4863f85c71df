// Second factor: enrol by QR code (password asked again), then every sign-in needs a fresh code;
// a code is never accepted twice; recovery codes work once each; the secret is stored sealed.
import request from 'supertest';
import { authenticator } from 'otplib';
import { asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const PASSWORD = 'amparo-demo-password';
const EMAIL = 'attorney@lima.example';

/** A code for the next 30-second step, so it was never used before (TOTP replay rule). */
function codeForStep(secret: string, offsetSteps: number): string {
  return authenticator
    .clone({ epoch: Date.now() + offsetSteps * 30_000, window: 0 })
    .generate(secret);
}

describe('multi-factor authentication', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
  });
  afterAll(() => api.close());

  const post = (path: string, token: string, body: object) =>
    request(api.url).post(path).set('Authorization', `Bearer ${token}`).send(body);
  /** Deliberate failures count towards the sign-in delays; steps that are not about them start clean. */
  const forgetFailures = async () => {
    const owner = await api.database.ownerClient();
    await owner.query(`DELETE FROM login_throttle`).finally(() => owner.end());
  };
  const signIn = (body: object) =>
    request(api.url)
      .post('/api/auth/login')
      .send({ email: EMAIL, password: PASSWORD, ...body });

  it('enrols, demands a code at sign-in, refuses replay, and accepts recovery codes once', async () => {
    const { accessToken } = await login(api, EMAIL);
    await post('/api/auth/mfa/enrol', accessToken, { password: 'wrong password!!' }).expect(401);
    const enrolment = await post('/api/auth/mfa/enrol', accessToken, { password: PASSWORD }).expect(
      200,
    );
    expect(enrolment.body.otpauthUrl).toMatch(
      /^otpauth:\/\/totp\/Amparo:attorney%40lima\.example\?secret=/,
    );
    expect(enrolment.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrolment.body.secret as string;

    // Sealed at rest: the column holds an envelope, not the secret.
    const [stored] = await asOwner<{ totp_pending_secret: string }>(
      api,
      LIMA,
      `SELECT totp_pending_secret FROM users WHERE email = $1`,
      [EMAIL],
    );
    expect(stored.totp_pending_secret).not.toContain(secret);
    expect(stored.totp_pending_secret.length).toBeGreaterThan(secret.length);

    await post('/api/auth/mfa/confirm', accessToken, { code: '000000' }).expect(401);
    const confirmCode = codeForStep(secret, 0);
    const confirmed = await post('/api/auth/mfa/confirm', accessToken, {
      code: confirmCode,
    }).expect(200);
    const recoveryCodes = confirmed.body.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    await forgetFailures(); // the wrong password and code above, so the delays do not meet us
    const withoutCode = await signIn({}).expect(401);
    expect(withoutCode.body.code).toBe('AUTH_MFA_REQUIRED');
    const wrongPassword = await request(api.url)
      .post('/api/auth/login')
      .send({ email: EMAIL, password: 'not the password', otp: '123456' });
    expect(wrongPassword.body.code).toBe('AUTH_INVALID_CREDENTIALS');

    // The code used to confirm cannot be used again (the very same code: on a slow machine a code
    // generated now may already belong to a later step); the next step's code works once.
    const replayOfConfirm = await signIn({ otp: confirmCode }).expect(401);
    expect(replayOfConfirm.body.code).toBe('AUTH_MFA_INVALID');
    const next = codeForStep(secret, 1);
    await signIn({ otp: next }).expect(200);
    const replay = await signIn({ otp: next }).expect(401);
    expect(replay.body.code).toBe('AUTH_MFA_INVALID');
    await forgetFailures();

    await signIn({ recoveryCode: recoveryCodes[0] }).expect(200);
    await signIn({ recoveryCode: recoveryCodes[0] }).expect(401);
    await signIn({ recoveryCode: 'aaaaa-bbbbb' }).expect(401);
    await forgetFailures();
    const [{ n }] = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM mfa_recovery_codes WHERE code_hash::text LIKE '%' || $1 || '%'`,
      [recoveryCodes[1]],
    );
    expect(n).toBe(0); // stored hashed

    // Turning it off needs the password and a fresh code.
    const session = await signIn({ recoveryCode: recoveryCodes[2] }).expect(200);
    await post('/api/auth/mfa/disable', session.body.accessToken, {
      password: PASSWORD,
      code: next,
    }).expect(401);
    // Thirty seconds pass (rather than wait, step the last accepted code back by one): a fresh code.
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET totp_last_step = totp_last_step - 1 WHERE email = $1`,
      [EMAIL],
    );
    await post('/api/auth/mfa/disable', session.body.accessToken, {
      password: PASSWORD,
      code: next,
    }).expect(204);
    await signIn({}).expect(200);
  });

  it('refuses a sealed secret moved to another user row', async () => {
    const attorney = await login(api, 'paralegal@lima.example');
    const enrolment = await post('/api/auth/mfa/enrol', attorney.accessToken, {
      password: PASSWORD,
    }).expect(200);
    await post('/api/auth/mfa/confirm', attorney.accessToken, {
      code: codeForStep(enrolment.body.secret, 0),
    }).expect(200);
    // An attacker with database access copies the paralegal's sealed secret onto the supervisor.
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET totp_secret = (SELECT totp_secret FROM users WHERE email = 'paralegal@lima.example'),
                        totp_enabled_at = now() WHERE email = 'supervisor@lima.example'`,
    );
    const response = await request(api.url)
      .post('/api/auth/login')
      .send({
        email: 'supervisor@lima.example',
        password: PASSWORD,
        otp: codeForStep(enrolment.body.secret, 1),
      });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('AUTH_MFA_INVALID');
  });

  describe('with MFA on', () => {
    let member = '';
    const signInAs = (body: object) =>
      request(api.url)
        .post('/api/auth/login')
        .send({ email: member, password: PASSWORD, ...body });

    /** Rather than wait for the next 30-second steps, steps the last accepted code back by two. */
    const letTimePass = () =>
      asOwner(
        api,
        TIJUANA,
        `UPDATE users SET totp_last_step = totp_last_step - 2 WHERE email = $1`,
        [member],
      );

    /** Turns MFA on for `email`; answers a session, the working secret and the recovery codes. */
    const enrolled = async (email: string) => {
      member = email;
      const { accessToken } = await login(api, member);
      const enrolment = await post('/api/auth/mfa/enrol', accessToken, { password: PASSWORD });
      expect(enrolment.body.replacing).toBe(false);
      const confirmed = await post('/api/auth/mfa/confirm', accessToken, {
        code: codeForStep(enrolment.body.secret, 0),
      }).expect(200);
      return {
        accessToken,
        secret: enrolment.body.secret as string,
        recoveryCodes: confirmed.body.recoveryCodes as string[],
      };
    };

    it('will not replace the authenticator on the password alone', async () => {
      const { accessToken, secret } = await enrolled('supervisor@tijuana.example');
      const passwordOnly = await post('/api/auth/mfa/enrol', accessToken, {
        password: PASSWORD,
      }).expect(400);
      expect(passwordOnly.body.code).toBe('MFA_CODE_REQUIRED');
      const wrongCode = await post('/api/auth/mfa/enrol', accessToken, {
        password: PASSWORD,
        code: '000000',
      }).expect(401);
      expect(wrongCode.body.code).toBe('AUTH_MFA_INVALID');
      await post('/api/auth/mfa/disable', accessToken, { password: PASSWORD }).expect(400);
      // Nothing changed: the working secret still signs in.
      await forgetFailures();
      await signInAs({ otp: codeForStep(secret, 1) }).expect(200);
    });

    it('keeps the working authenticator until the replacement is confirmed', async () => {
      const { accessToken, secret } = await enrolled('attorney@tijuana.example');
      const replacement = await post('/api/auth/mfa/enrol', accessToken, {
        password: PASSWORD,
        code: codeForStep(secret, 1),
      }).expect(200);
      expect(replacement.body.replacing).toBe(true);
      const fresh = replacement.body.secret as string;
      expect(fresh).not.toBe(secret);
      // Started, not confirmed: the new authenticator does not work yet, the old one still does.
      await signInAs({ otp: codeForStep(fresh, 0) }).expect(401);
      await letTimePass();
      await signInAs({ otp: codeForStep(secret, 0) }).expect(200);
      await post('/api/auth/mfa/confirm', accessToken, { code: codeForStep(fresh, 0) }).expect(200);
      // Confirmed: the new one works, the old one no longer does.
      await forgetFailures();
      const old = await signInAs({ otp: codeForStep(secret, 1) }).expect(401);
      expect(old.body.code).toBe('AUTH_MFA_INVALID');
      await signInAs({ otp: codeForStep(fresh, 1) }).expect(200);
      await forgetFailures();
      await letTimePass();
      await post('/api/auth/mfa/disable', accessToken, {
        password: PASSWORD,
        code: codeForStep(fresh, 0),
      }).expect(204);
    });

    it('replaces a lost authenticator with a recovery code, which is then used up', async () => {
      const { accessToken, recoveryCodes } = await enrolled('paralegal@tijuana.example');
      const replacement = await post('/api/auth/mfa/enrol', accessToken, {
        password: PASSWORD,
        recoveryCode: recoveryCodes[0],
      }).expect(200);
      await signInAs({ recoveryCode: recoveryCodes[0] }).expect(401);
      const confirmed = await post('/api/auth/mfa/confirm', accessToken, {
        code: codeForStep(replacement.body.secret, 0),
      }).expect(200);
      // New codes replace the old ones.
      await forgetFailures();
      await signInAs({ recoveryCode: recoveryCodes[1] }).expect(401);
      await signInAs({ recoveryCode: confirmed.body.recoveryCodes[0] }).expect(200);
      await post('/api/auth/mfa/disable', accessToken, {
        password: PASSWORD,
        recoveryCode: confirmed.body.recoveryCodes[1],
      }).expect(204);
    });

    it('throttles password re-checks like sign-in, on the same counters, and audits them', async () => {
      await forgetFailures();
      const { accessToken, user } = await login(api, 'admin@lima.example');
      for (let i = 0; i < 3; i += 1) {
        await post('/api/auth/mfa/enrol', accessToken, { password: `wrong guess ${i}` }).expect(
          401,
        );
      }
      // The right password now waits too, on this route and at sign-in.
      const held = await post('/api/auth/mfa/enrol', accessToken, { password: PASSWORD }).expect(
        429,
      );
      expect(held.body.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
      await request(api.url)
        .post('/api/auth/login')
        .send({ email: 'admin@lima.example', password: PASSWORD })
        .expect(429);
      const rows = await asOwner<{ outcome: string; details: Record<string, string> }>(
        api,
        LIMA,
        `SELECT outcome, details FROM audit_entries
          WHERE action = 'auth.mfa.failed' AND record_id = $1 ORDER BY seq`,
        [user.id],
      );
      expect(rows.map((row) => row.details)).toEqual([
        { step: 'mfa_enrol', reason: 'auth_invalid_credentials' },
        { step: 'mfa_enrol', reason: 'auth_invalid_credentials' },
        { step: 'mfa_enrol', reason: 'auth_invalid_credentials' },
        { step: 'mfa_enrol', reason: 'throttled' },
      ]);
      expect(JSON.stringify(rows)).not.toContain('wrong guess');
      await forgetFailures();
    });
  });
});
