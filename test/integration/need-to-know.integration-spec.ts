// Need-to-know inside one office: a member reaches the people of the cases they work and no one
// else. A duplicate search names only people the member may already read; a stranger's id (however
// learned) opens nothing when linked as a family member or given a case; and reading a case, the
// notes of its timeline or searching for people leaves an audit entry (search terms as a keyed
// hash, never in clear).
import request from 'supertest';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

type Caller = ReturnType<typeof asBearer>;

const STRANGER = {
  givenNames: 'Ximena Luz',
  familyNames: 'Reservada Oculta (test)',
  birthDate: '1991-07-23',
  nationalities: ['CO'],
  contact: { phone: '+51 900 000 111', location: 'Albergue de prueba, Tumbes (test)' },
  vulnerabilities: ['gender_based_violence'],
};
const A_NUMBER = 'A-987-654-321';

describe('need-to-know inside an office', () => {
  let api: TestApi;
  let attorney: Caller;
  let paralegal: Caller;
  let paralegalToken: string;
  let supervisor: Caller;
  let supervisorId: string;
  let admin: Caller;
  let attorneyId: string;
  /** A person on the attorney's case only: the paralegal does not work it. */
  let strangerId: string;
  let strangerCaseId: string;
  /** A case the paralegal works. */
  let ownCaseId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
    paralegalToken = (await login(api, 'paralegal@lima.example')).accessToken;
    paralegal = asBearer(api, paralegalToken);
    const supervisorSession = await login(api, 'supervisor@lima.example');
    supervisor = asBearer(api, supervisorSession.accessToken);
    supervisorId = supervisorSession.user.id;
    admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);

    const stranger = await attorney
      .post('/api/clients', { ...STRANGER, acknowledgeDuplicates: true })
      .expect(201);
    strangerId = stranger.body.id;
    const strangerCase = await attorney
      .post('/api/cases', {
        clientId: strangerId,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        aNumber: A_NUMBER,
      })
      .expect(201);
    strangerCaseId = strangerCase.body.id;
    expect(strangerCase.body.paralegalIds).toEqual([]);

    const own = await paralegal
      .post('/api/clients', { givenNames: 'Propia', familyNames: 'Asignada (test)' })
      .expect(201);
    const ownCase = await paralegal
      .post('/api/cases', {
        clientId: own.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
      })
      .expect(201);
    ownCaseId = ownCase.body.id;
  });
  afterAll(() => api.close());

  const searchEntries = () =>
    asOwner<{ details: Record<string, unknown>; actor_user_id: string }>(
      api,
      LIMA,
      `SELECT details, actor_user_id FROM audit_entries WHERE action = 'record.searched' ORDER BY seq`,
    );

  it('names in a duplicate search only the people the member may read', async () => {
    const byName = await paralegal
      .post('/api/clients/duplicate-check', {
        givenNames: STRANGER.givenNames,
        familyNames: STRANGER.familyNames,
        birthDate: STRANGER.birthDate,
      })
      .expect(200);
    expect(byName.body).toEqual([{ access: 'restricted', reason: 'same_name_and_birth_date' }]);
    const byNumber = await paralegal
      .post('/api/clients/duplicate-check', { aNumber: 'a987654321' })
      .expect(200);
    expect(byNumber.body).toEqual([{ access: 'restricted', reason: 'same_a_number' }]);
    expect(JSON.stringify([byName.body, byNumber.body])).not.toContain(strangerId);

    // Saving the person anyway names no one either.
    const refused = await paralegal
      .post('/api/clients', {
        givenNames: STRANGER.givenNames,
        familyNames: STRANGER.familyNames,
        birthDate: STRANGER.birthDate,
      })
      .expect(409);
    expect(refused.body.code).toBe('CLIENT_POSSIBLE_DUPLICATE');
    expect(JSON.stringify(refused.body)).not.toContain(strangerId);
    expect(JSON.stringify(refused.body)).not.toContain('Reservada');

    // Their own attorney sees who it is.
    const named = await attorney
      .post('/api/clients/duplicate-check', { aNumber: A_NUMBER })
      .expect(200);
    expect(named.body).toEqual([
      expect.objectContaining({ access: 'readable', clientId: strangerId }),
    ]);
  });

  it("opens nothing with a stranger's id: no family link, no new case, no record", async () => {
    const link = await paralegal
      .post(`/api/cases/${ownCaseId}/derivatives`, { clientId: strangerId, relationship: 'spouse' })
      .expect(400);
    expect(link.body.code).toBe('CASE_CLIENT_UNKNOWN');
    const opened = await paralegal
      .post('/api/cases', {
        clientId: strangerId,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
      })
      .expect(400);
    expect(opened.body.code).toBe('CASE_CLIENT_UNKNOWN');
    await paralegal.get(`/api/clients/${strangerId}`).expect(404);
    await paralegal
      .patch(`/api/clients/${strangerId}`, { version: 1, givenNames: 'X' })
      .expect(404);
    const links = await asOwner<{ n: string }>(
      api,
      LIMA,
      `SELECT count(*) AS n FROM case_derivatives WHERE client_id = $1`,
      [strangerId],
    );
    expect(Number(links[0].n)).toBe(0);
  });

  it('lets an office that opens its cases to all be read, but not taken into a case', async () => {
    const settings = await admin.get('/api/organization/settings').expect(200);
    await admin
      .patch('/api/organization/settings', {
        version: settings.body.version,
        caseVisibility: 'organization',
      })
      .expect(200);
    try {
      const reader = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
      await reader.get(`/api/clients/${strangerId}`).expect(200);
      const named = await reader
        .post('/api/clients/duplicate-check', { aNumber: A_NUMBER })
        .expect(200);
      expect(named.body[0]).toMatchObject({ access: 'readable', clientId: strangerId });
      const opened = await reader
        .post('/api/cases', {
          clientId: strangerId,
          jurisdiction: 'PE',
          procedure: 'pasee-expulsion',
        })
        .expect(403);
      expect(opened.body.code).toBe('CLIENT_READ_ONLY');
      const link = await reader
        .post(`/api/cases/${ownCaseId}/derivatives`, {
          clientId: strangerId,
          relationship: 'spouse',
        })
        .expect(403);
      expect(link.body.code).toBe('CLIENT_READ_ONLY');
    } finally {
      const now = await admin.get('/api/organization/settings').expect(200);
      await admin
        .patch('/api/organization/settings', {
          version: now.body.version,
          caseVisibility: 'assigned',
        })
        .expect(200);
    }
  });

  it('still links the people of a case the member works', async () => {
    const relative = await paralegal
      .post('/api/clients', { givenNames: 'Hija', familyNames: 'Asignada (test)' })
      .expect(201);
    await paralegal
      .post(`/api/cases/${ownCaseId}/derivatives`, {
        clientId: relative.body.id,
        relationship: 'child',
      })
      .expect(201);
    await paralegal.get(`/api/clients/${relative.body.id}`).expect(200);
  });

  it('audits every search with its terms as a keyed hash, never in clear', async () => {
    const before = (await searchEntries()).length;
    await paralegal
      .post('/api/clients/duplicate-check', {
        givenNames: STRANGER.givenNames,
        familyNames: STRANGER.familyNames,
        birthDate: STRANGER.birthDate,
      })
      .expect(200);
    await paralegal
      .post('/api/clients/duplicate-check', {
        givenNames: STRANGER.givenNames,
        familyNames: STRANGER.familyNames,
        birthDate: STRANGER.birthDate,
      })
      .expect(200);
    const file = `given_names,family_names,birth_date,jurisdiction,procedure\n${STRANGER.givenNames},${STRANGER.familyNames},${STRANGER.birthDate},PE,pasee-expulsion\n`;
    await request(api.url)
      .post('/api/intake/csv/check')
      .set('Authorization', `Bearer ${paralegalToken}`)
      .set('Content-Type', 'text/csv')
      .send(file)
      .expect(200);
    const entries = (await searchEntries()).slice(before);
    expect(entries.map((entry) => entry.details['purpose'])).toEqual([
      'duplicate_check',
      'duplicate_check',
      'intake_check',
    ]);
    expect(entries[0].details).toMatchObject({ matches: 1, shown: 0 });
    expect(entries[2].details).toMatchObject({ rows: 1, matches: 1 });
    // The same terms, the same digest: a search can be proven without being shown.
    expect(entries[0].details['terms']).toBe(entries[1].details['terms']);
    expect(entries[0].details['terms']).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const text = JSON.stringify(entries);
    for (const secret of ['Ximena', 'Reservada', '1991-07-23', '987'])
      expect(text).not.toContain(secret);
  });

  it('audits reading a case (its A-number) and the notes of its timeline', async () => {
    await attorney
      .post(`/api/cases/${strangerCaseId}/events`, {
        eventType: 'police-retention',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        note: 'Relato reservado de prueba (test)',
      })
      .expect(201);
    await attorney
      .post(`/api/cases/${strangerCaseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: new Date(Date.now() - 1_800_000).toISOString(),
      })
      .expect(201);
    const reads = () =>
      asOwner<{ record_type: string; record_id: string }>(
        api,
        LIMA,
        `SELECT record_type, record_id FROM audit_entries
          WHERE action = 'record.read' AND actor_user_id = $1 ORDER BY seq`,
        [attorneyId],
      );
    const before = (await reads()).length;
    await attorney.get(`/api/cases/${strangerCaseId}`).expect(200);
    const events = await attorney.get(`/api/cases/${strangerCaseId}/events`).expect(200);
    const noted = events.body.find((e: { note: string | null }) => e.note !== null);
    expect((await reads()).slice(before)).toEqual([
      { record_type: 'case', record_id: strangerCaseId },
      { record_type: 'case_event', record_id: noted.id },
    ]);
  });

  it('finds people by name for a family link, listing only those the member may read', async () => {
    const before = (await searchEntries()).length;
    // "asignada" without its accent finds both people of the paralegal's own case.
    const own = await paralegal.get('/api/clients?q=asignada').expect(200);
    expect(own.body.map((p: { givenNames: string }) => p.givenNames).sort()).toEqual([
      'Hija',
      'Propia',
    ]);
    // The attorney's client is not listed for the paralegal, not even as a match.
    const hidden = await paralegal.get('/api/clients?q=ximena reservada').expect(200);
    expect(hidden.body).toEqual([]);
    const shown = await attorney.get('/api/clients?q=Ximena Reservada').expect(200);
    expect(shown.body).toEqual([
      {
        clientId: strangerId,
        givenNames: STRANGER.givenNames,
        familyNames: STRANGER.familyNames,
        birthDate: STRANGER.birthDate,
      },
    ]);
    await paralegal.get('/api/clients?q=x').expect(400);
    const entries = (await searchEntries()).slice(before);
    expect(entries.map((entry) => entry.details['purpose'])).toEqual([
      'name_search',
      'name_search',
      'name_search',
    ]);
    expect(JSON.stringify(entries)).not.toContain('Ximena');
  });

  it('answers a failure of the database while checking access as one, never as "not yours"', async () => {
    // A policy that fails on one case's team stands in for a database that fails mid-check.
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_members (organization_id, case_id, user_id) VALUES ($1, $2, $3)`,
      [LIMA, strangerCaseId, supervisorId],
    );
    const owner = await api.database.ownerClient();
    try {
      await owner.query(`CREATE FUNCTION test_fail_for(target uuid, id uuid) RETURNS boolean
        LANGUAGE plpgsql AS $$ BEGIN
          IF id = target THEN RAISE EXCEPTION 'database failure (test)'; END IF;
          RETURN true;
        END $$`);
      await owner.query(
        `CREATE POLICY test_failure ON case_members AS RESTRICTIVE
           USING (test_fail_for('${strangerCaseId}', case_id))`,
      );
      const answer = await supervisor.get(`/api/clients/${strangerId}`);
      expect(answer.status).toBe(500);
      expect(answer.text).not.toContain('database failure');
    } finally {
      await owner.query(`DROP POLICY IF EXISTS test_failure ON case_members`);
      await owner.query(`DROP FUNCTION IF EXISTS test_fail_for(uuid, uuid)`);
      await owner.end();
    }
    await supervisor.get(`/api/clients/${strangerId}`).expect(200);
  });
});
