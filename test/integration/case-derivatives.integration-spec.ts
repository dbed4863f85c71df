// Derivative family members on a case end to end: the team adds and removes them, whoever may
// read the case lists them (each listing an audited read of those people), bad input is refused
// precisely with nothing written, and other offices see nothing.
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('derivative family members', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let supervisor: ReturnType<typeof asBearer>;
  let tijuana: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const attorneySession = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, attorneySession.accessToken);
    attorneyId = attorneySession.user.id;
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
    tijuana = asBearer(api, (await login(api, 'attorney@tijuana.example')).accessToken);
  });
  afterAll(() => api.close());

  const person = async (givenNames: string, birthDate?: string) =>
    (
      await paralegal
        .post('/api/clients', {
          givenNames,
          familyNames: 'Familia Derivada (demo)',
          birthDate,
          acknowledgeDuplicates: true,
        })
        .expect(201)
    ).body.id as string;

  const links = async (caseId: string) =>
    (
      await asOwner<{ n: number }>(
        api,
        LIMA,
        `SELECT count(*)::int AS n FROM case_derivatives WHERE case_id = $1`,
        [caseId],
      )
    )[0].n;

  const audited = async (action: string, recordType: string, recordId: string) =>
    (
      await asOwner<{ n: number }>(
        api,
        LIMA,
        `SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND record_type = $2 AND record_id = $3`,
        [action, recordType, recordId],
      )
    )[0].n;

  it('lets the team add, list and remove a spouse and a child; the team may then read them', async () => {
    const principal = await person('Yusleidy');
    const spouse = await person('Wilmer', '1990-04-02');
    const child = await person('Génesis', '2019-08-30');
    const matter = await paralegal
      .post('/api/cases', {
        clientId: principal,
        jurisdiction: 'PE',
        procedure: 'refugee-claim',
        leadAttorneyId: attorneyId,
      })
      .expect(201);
    const caseId = matter.body.id as string;

    // The attorney did not take these people in and they are on no case of hers yet: she can
    // neither read them nor, by their id, link them to her case (that would open their record).
    await attorney.get(`/api/clients/${spouse}`).expect(404);
    const stranger = await attorney
      .post(`/api/cases/${caseId}/derivatives`, { clientId: spouse, relationship: 'spouse' })
      .expect(400);
    expect(stranger.body.code).toBe('CASE_CLIENT_UNKNOWN');

    // The paralegal who took them in, and works the case, links them.
    const added = await paralegal
      .post(`/api/cases/${caseId}/derivatives`, { clientId: spouse, relationship: 'spouse' })
      .expect(201);
    expect(added.body).toMatchObject({
      caseId,
      clientId: spouse,
      relationship: 'spouse',
      givenNames: 'Wilmer',
      birthDate: '1990-04-02',
    });
    await paralegal
      .post(`/api/cases/${caseId}/derivatives`, { clientId: child, relationship: 'child' })
      .expect(201);
    expect(await audited('record.created', 'case_derivative', child)).toBe(1);

    const listed = await supervisor.get(`/api/cases/${caseId}/derivatives`).expect(200);
    expect(listed.body.map((d: { clientId: string }) => d.clientId)).toEqual([spouse, child]);
    expect(await audited('record.read', 'client', child)).toBe(1);
    // As a derivative on her case, the spouse is now a client the attorney may read and edit.
    await attorney.get(`/api/clients/${spouse}`).expect(200);

    await attorney.delete(`/api/cases/${caseId}/derivatives/${spouse}`).expect(204);
    expect(await audited('record.deleted', 'case_derivative', spouse)).toBe(1);
    const after = await attorney.get(`/api/cases/${caseId}/derivatives`).expect(200);
    expect(after.body.map((d: { clientId: string }) => d.clientId)).toEqual([child]);
    const again = await attorney.delete(`/api/cases/${caseId}/derivatives/${spouse}`).expect(404);
    expect(again.body.code).toBe('CASE_DERIVATIVE_NOT_FOUND');
    // The person remains; only the link ended.
    await supervisor.get(`/api/clients/${spouse}`).expect(200);
  });

  it('refuses bad input precisely and writes nothing', async () => {
    const principal = await person('Jhonatan');
    const spouse = await person('Dayana');
    const caseId = (
      await paralegal
        .post('/api/cases', {
          clientId: principal,
          jurisdiction: 'PE',
          procedure: 'refugee-claim',
          leadAttorneyId: attorneyId,
        })
        .expect(201)
    ).body.id as string;
    const path = `/api/cases/${caseId}/derivatives`;

    const self = await attorney.post(path, { clientId: principal, relationship: 'child' });
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ code: 'CASE_DERIVATIVE_IS_PRINCIPAL' });
    expect(self.body.details[0].field).toBe('clientId');
    const unknown = await attorney.post(path, {
      clientId: 'c1c1c1c1-0000-4000-8000-000000000404',
      relationship: 'child',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('CASE_CLIENT_UNKNOWN');
    const relation = await attorney.post(path, { clientId: spouse, relationship: 'cousin' });
    expect(relation.status).toBe(400);
    expect(JSON.stringify(relation.body)).toContain('relationship must be one of');
    await attorney.post(path, { clientId: 'not-a-uuid', relationship: 'child' }).expect(400);
    await attorney
      .post(path, { clientId: spouse, relationship: 'spouse', extra: true })
      .expect(400);
    expect(await links(caseId)).toBe(0);

    await paralegal.post(path, { clientId: spouse, relationship: 'spouse' }).expect(201);
    const twice = await attorney.post(path, { clientId: spouse, relationship: 'spouse' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CASE_DERIVATIVE_EXISTS');
    expect(await links(caseId)).toBe(1);

    // Supervisors read cases but do not edit them; other offices do not see them at all.
    const readOnly = await supervisor.post(path, { clientId: principal, relationship: 'parent' });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.code).toBe('PERMISSION_DENIED');
    await supervisor.delete(`${path}/${spouse}`).expect(403);
    await tijuana.get(path).expect(404);
    await tijuana.post(path, { clientId: spouse, relationship: 'child' }).expect(404);
    await tijuana.delete(`${path}/${spouse}`).expect(404);
    expect(await links(caseId)).toBe(1);
  });

  it("leaves no orphan link when a derivative's record is erased", async () => {
    const principal = await person('Ramón');
    const child = await person('Lucía');
    const caseId = (
      await paralegal
        .post('/api/cases', {
          clientId: principal,
          jurisdiction: 'PE',
          procedure: 'refugee-claim',
          leadAttorneyId: attorneyId,
        })
        .expect(201)
    ).body.id as string;
    await paralegal
      .post(`/api/cases/${caseId}/derivatives`, { clientId: child, relationship: 'child' })
      .expect(201);
    await supervisor.delete(`/api/clients/${child}`).expect(200);
    expect(await links(caseId)).toBe(0);
    await attorney.get(`/api/cases/${caseId}`).expect(200);
  });
});
