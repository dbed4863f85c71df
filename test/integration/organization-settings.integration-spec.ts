// Office settings: case visibility, which roles must use a second factor, the country, zone and
// language intake starts from, and the postal address filings print. Requiring MFA leaves an
// unenrolled member able to do one thing only: enrol.
import { authenticator } from 'otplib';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('organization settings', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    admin = (await login(api, 'admin@lima.example')).accessToken;
  });
  afterAll(() => api.close());

  const as = (token: string) => asBearer(api, token);

  it('reads and changes settings with optimistic locking', async () => {
    const current = await as(admin).get('/api/organization/settings').expect(200);
    expect(current.body).toMatchObject({
      name: 'Defensa Migrante Lima (demo)',
      caseVisibility: 'assigned',
      mfaRequiredRoles: [],
    });
    const changed = await as(admin)
      .patch('/api/organization/settings', {
        caseVisibility: 'organization',
        version: current.body.version,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      caseVisibility: 'organization',
      version: current.body.version + 1,
    });
    const stale = await as(admin)
      .patch('/api/organization/settings', {
        caseVisibility: 'assigned',
        version: current.body.version,
      })
      .expect(409);
    expect(stale.body.details[0].current.caseVisibility).toBe('organization');
    const invalid = await as(admin)
      .patch('/api/organization/settings', { caseVisibility: 'everyone', version: 2 })
      .expect(400);
    expect(invalid.body.details[0].message).toBe(
      'caseVisibility must be one of assigned, organization',
    );
  });

  it('keeps the office defaults and address, versioned, checked, readable by intake', async () => {
    const current = await as(admin).get('/api/organization/settings').expect(200);
    expect(current.body).toMatchObject({
      defaultJurisdiction: 'PE',
      defaultTimeZone: 'America/Lima',
      defaultLanguage: 'es',
      address: expect.stringContaining('Lima (demo)'),
    });
    const changed = await as(admin)
      .patch('/api/organization/settings', {
        defaultJurisdiction: 'MX',
        defaultTimeZone: 'America/Tijuana',
        defaultLanguage: 'en',
        address: 'Av. Ejemplo 2000, Tijuana (demo)',
        version: current.body.version,
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      defaultJurisdiction: 'MX',
      defaultTimeZone: 'America/Tijuana',
      defaultLanguage: 'en',
      address: 'Av. Ejemplo 2000, Tijuana (demo)',
      version: current.body.version + 1,
    });
    // Where the filings read the office's address from.
    const [stored] = await asOwner<{ address: string }>(
      api,
      LIMA,
      `SELECT settings->>'address' AS address FROM organizations WHERE id = '${LIMA}'`,
    );
    expect(stored.address).toBe('Av. Ejemplo 2000, Tijuana (demo)');

    const paralegal = (await login(api, 'paralegal@lima.example')).accessToken;
    expect((await as(paralegal).get('/api/organization/defaults').expect(200)).body).toEqual({
      defaultJurisdiction: 'MX',
      defaultTimeZone: 'America/Tijuana',
      defaultLanguage: 'en',
    });
    await as(paralegal).get('/api/organization/settings').expect(403);

    const invalid = await as(admin)
      .patch('/api/organization/settings', {
        defaultJurisdiction: 'AR',
        defaultTimeZone: 'America/Atlantis',
        version: changed.body.version,
      })
      .expect(400);
    expect(invalid.body.details.map((d: { field: string }) => d.field)).toEqual([
      'defaultJurisdiction',
      'defaultTimeZone',
    ]);
    const cleared = await as(admin)
      .patch('/api/organization/settings', {
        defaultJurisdiction: 'PE',
        defaultTimeZone: 'America/Lima',
        defaultLanguage: 'es',
        address: '',
        version: changed.body.version,
      })
      .expect(200);
    expect(cleared.body.address).toBeNull();
  });

  it('confines a member whose role requires MFA to enrolment until they enrol', async () => {
    const { body: settings } = await as(admin).get('/api/organization/settings');
    await as(admin)
      .patch('/api/organization/settings', {
        mfaRequiredRoles: ['supervisor'],
        version: settings.version,
      })
      .expect(200);

    const supervisor = (await login(api, 'supervisor@lima.example')).accessToken;
    const me = await as(supervisor).get('/api/auth/me').expect(200);
    expect(me.body.mfaEnrolmentRequired).toBe(true);
    const blocked = await as(supervisor).get('/api/audit').expect(403);
    expect(blocked.body.code).toBe('AUTH_MFA_ENROLMENT_REQUIRED');

    const enrolment = await as(supervisor)
      .post('/api/auth/mfa/enrol', { password: 'amparo-demo-password' })
      .expect(200);
    await as(supervisor)
      .post('/api/auth/mfa/confirm', { code: authenticator.generate(enrolment.body.secret) })
      .expect(200);
    await as(supervisor).get('/api/audit').expect(200);
    expect((await as(supervisor).get('/api/auth/me')).body.mfaEnrolmentRequired).toBe(false);
  });
});
