// A member's professional profile over HTTP: the member edits their own bar number, EOIR ID and
// the gender their title agrees with; supervisors and admins edit any member of their office;
// paralegals edit nobody else's; another office's member is a 404; a stale version is a 409; the
// audit trail names the fields changed, never their values.
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('member profile', () => {
  let api: TestApi;
  let attorney: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
  });
  afterAll(() => api.close());

  it('lets a member keep their own profile, versioned, with clear messages for bad input', async () => {
    const { body: before } = await attorney.get('/api/profile').expect(200);
    expect(before).toMatchObject({ userId: attorneyId, version: expect.any(Number) });
    // The demo seeds her as female: change it, so every field below really changes.
    const gender = before.gender === 'male' ? 'female' : 'male';

    const bad = await attorney
      .put('/api/profile', { eoirId: 'not an id!', gender: 'f', version: before.version })
      .expect(400);
    const messages = (bad.body.details as { field: string; message: string }[]).map(
      (d) => `${d.field}: ${d.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^eoirId: eoirId must be the EOIR ID: 6 to 12 letters and digits/),
        'gender: gender must be one of female, male',
      ]),
    );

    const { body: saved } = await attorney
      .put('/api/profile', {
        barNumber: ' CAL 99999 (demo) ',
        eoirId: 'zx123456',
        gender,
        version: before.version,
      })
      .expect(200);
    expect(saved).toEqual({
      userId: attorneyId,
      name: before.name,
      barNumber: 'CAL 99999 (demo)',
      eoirId: 'ZX123456',
      gender,
      version: before.version + 1,
    });
    expect((await attorney.get('/api/profile').expect(200)).body).toEqual(saved);

    const stale = await attorney
      .put('/api/profile', { barNumber: 'CAL 1 (demo)', version: before.version })
      .expect(409);
    expect(stale.body.code).toBe('PROFILE_VERSION_CONFLICT');
    expect(stale.body.details[0].current).toEqual(saved);

    const audit = await asOwner<{ details: { fields: string[] } }>(
      api,
      LIMA,
      `SELECT details FROM audit_entries
        WHERE action = 'record.updated' AND record_type = 'member_profile' AND record_id = $1`,
      [attorneyId],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].details.fields).toEqual(['bar_number', 'eoir_id', 'gender']);
    expect(JSON.stringify(audit)).not.toContain('99999');
  });

  it('lets supervisors and admins edit a member of their office, not paralegals or other offices', async () => {
    const { body: current } = await attorney.get('/api/profile').expect(200);
    const paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    await paralegal
      .put(`/api/users/${attorneyId}/profile`, { barNumber: 'X', version: current.version })
      .expect(403);

    const supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
    const { body: changed } = await supervisor
      .put(`/api/users/${attorneyId}/profile`, {
        barNumber: 'CAL 24680 (demo)',
        eoirId: current.eoirId,
        gender: current.gender,
        version: current.version,
      })
      .expect(200);
    expect(changed).toMatchObject({ barNumber: 'CAL 24680 (demo)', version: current.version + 1 });

    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    expect((await admin.get(`/api/users/${attorneyId}/profile`).expect(200)).body).toEqual(changed);

    const tijuana = asBearer(api, (await login(api, 'admin@tijuana.example')).accessToken);
    await tijuana.get(`/api/users/${attorneyId}/profile`).expect(404);
    await tijuana
      .put(`/api/users/${attorneyId}/profile`, { barNumber: 'X', version: changed.version })
      .expect(404);
  });
});
