// Second factor: enrol by QR code (password asked again), then every sign-in needs a fresh code;
// a code is never accepted twice; recovery codes work once each; the secret is stored sealed.
import request from 'supertest';
import { authenticator } from 'otplib';
import { asOwner, LIMA, login, withDemoData } from './support/demo-users';
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
    const [stored] = await asOwner<{ totp_secret: string }>(
      api,
      LIMA,
      `SELECT totp_secret FROM users WHERE email = $1`,
      [EMAIL],
    );
    expect(stored.totp_secret).not.toContain(secret);
    expect(stored.totp_secret.length).toBeGreaterThan(secret.length);

    await post('/api/auth/mfa/confirm', accessToken, { code: '000000' }).expect(401);
    const confirmed = await post('/api/auth/mfa/confirm', accessToken, {
      code: codeForStep(secret, 0),
    }).expect(200);
    const recoveryCodes = confirmed.body.recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const withoutCode = await signIn({}).expect(401);
    expect(withoutCode.body.code).toBe('AUTH_MFA_REQUIRED');
    const wrongPassword = await request(api.url)
      .post('/api/auth/login')
      .send({ email: EMAIL, password: 'not the password', otp: '123456' });
    expect(wrongPassword.body.code).toBe('AUTH_INVALID_CREDENTIALS');

    // The code used to confirm cannot be used again; the next step's code works once.
    const replayOfConfirm = await signIn({ otp: codeForStep(secret, 0) }).expect(401);
    expect(replayOfConfirm.body.code).toBe('AUTH_MFA_INVALID');
    const next = codeForStep(secret, 1);
    await signIn({ otp: next }).expect(200);
    const replay = await signIn({ otp: next }).expect(401);
    expect(replay.body.code).toBe('AUTH_MFA_INVALID');

    await signIn({ recoveryCode: recoveryCodes[0] }).expect(200);
    await signIn({ recoveryCode: recoveryCodes[0] }).expect(401);
    await signIn({ recoveryCode: 'aaaaa-bbbbb' }).expect(401);
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
});
