// A case opened in a country with several zones takes its court's or office's zone, and its
// deadlines are counted on that clock; without a forum or zone it is refused, never given New
// York's or Mexico City's by default.
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('the zone a case is opened in', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@tijuana.example')).accessToken);
  });
  afterAll(() => api.close());

  async function client(): Promise<string> {
    const { body } = await paralegal
      .post('/api/clients', {
        givenNames: 'Yesenia',
        familyNames: 'Ortiz Calderón (demo)',
        nationalities: ['SV'],
        acknowledgeDuplicates: true,
      })
      .expect(201);
    return body.id;
  }

  it('lists the courts and offices with their zones in the rule catalogue', async () => {
    const { body } = await paralegal.get('/api/rules').expect(200);
    const us = body.jurisdictions.find((j: { jurisdiction: string }) => j.jurisdiction === 'US');
    expect(us.singleTimeZone).toBe(false);
    expect(us.forums).toContainEqual({
      id: 'us-eoir-el-paso',
      name: 'El Paso Immigration Court',
      city: 'El Paso',
      region: 'TX',
      timeZone: 'America/Denver',
    });
    const pe = body.jurisdictions.find((j: { jurisdiction: string }) => j.jurisdiction === 'PE');
    expect(pe.singleTimeZone).toBe(true);
  });

  it("opens a Mexican case on Tijuana's clock and counts its deadlines there", async () => {
    const opened = await paralegal
      .post('/api/cases', {
        clientId: await client(),
        jurisdiction: 'MX',
        procedure: 'comar-refugee-claim',
        forumId: 'mx-comar-tijuana',
      })
      .expect(201);
    expect(opened.body).toMatchObject({ timeZone: 'America/Tijuana', forum: 'COMAR, Tijuana' });
    // 23:30 on 10 Nov in Tijuana is already 11 Nov in Mexico City: the local date must be
    // Tijuana's. 10 Nov + 30 calendar days = Thu 10 Dec, ending at midnight Tijuana time (UTC-8).
    await paralegal
      .post(`/api/cases/${opened.body.id}/events`, {
        eventType: 'entry-into-country',
        occurredAt: '2026-11-10T23:30:00-08:00',
      })
      .expect(201);
    const { body: deadlines } = await paralegal
      .get(`/api/cases/${opened.body.id}/deadlines`)
      .expect(200);
    expect(
      deadlines.find((d: { ruleId: string }) => d.ruleId === 'mx.comar.application'),
    ).toMatchObject({ dueAt: '2026-12-11T07:59:59.999Z', timeZone: 'America/Tijuana' });
  });

  it('refuses a US or Mexican case that names neither its forum nor its zone', async () => {
    const refused = await paralegal
      .post('/api/cases', {
        clientId: await client(),
        jurisdiction: 'US',
        procedure: 'removal-proceedings',
      })
      .expect(400);
    expect(refused.body.code).toBe('CASE_FORUM_REQUIRED');
    const unknown = await paralegal
      .post('/api/cases', {
        clientId: await client(),
        jurisdiction: 'MX',
        procedure: 'amparo',
        forumId: 'us-eoir-el-paso',
      })
      .expect(400);
    expect(unknown.body.code).toBe('CASE_UNKNOWN_FORUM');
  });
});
