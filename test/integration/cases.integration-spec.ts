// Intake and the case-access policy end to end: duplicates warned before saving, the assigned
// team works the case, supervisors read it, everyone else (and every other office) gets a 404.
import { UsersService } from '../../apps/api/src/app/users/users.service';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('clients, cases and timeline', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let supervisor: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const attorneySession = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, attorneySession.accessToken);
    attorneyId = attorneySession.user.id;
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
  });
  afterAll(() => api.close());

  const person = {
    givenNames: 'Jhonatan Andrés',
    familyNames: 'Pérez Ñuñez (demo)',
    aliases: ['Jhony'],
    birthDate: '1994-03-12',
    nationalities: ['VE'],
    languages: ['es'],
    contact: { phone: '+51 999 000 111', location: 'Comisaría de Tumbes (demo)' },
    vulnerabilities: ['detained'],
  };

  async function intake(): Promise<{ clientId: string; caseId: string; version: number }> {
    const client = await paralegal
      .post('/api/clients', { ...person, acknowledgeDuplicates: true })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
        custodyStatus: 'detained',
        aNumber: 'A-123-456-789',
      })
      .expect(201);
    return { clientId: client.body.id, caseId: opened.body.id, version: opened.body.version };
  }

  it('takes a person in, seals their contact, and warns about a duplicate before saving another', async () => {
    const first = await paralegal.post('/api/clients', person).expect(201);
    expect(first.body).toMatchObject({
      givenNames: 'Jhonatan Andrés',
      contact: person.contact,
      birthDatePrecision: 'day',
    });
    const [raw] = await asOwner<{ contact_sealed: string }>(
      api,
      LIMA,
      `SELECT contact_sealed FROM clients WHERE id = $1`,
      [first.body.id],
    );
    expect(raw.contact_sealed).not.toContain('999');
    expect(raw.contact_sealed).not.toContain('Tumbes');

    const again = await paralegal
      .post('/api/clients', {
        ...person,
        givenNames: 'JHONATAN ANDRES',
        familyNames: 'perez nuñez (demo)',
      })
      .expect(409);
    expect(again.body.code).toBe('CLIENT_POSSIBLE_DUPLICATE');
    expect(again.body.details[0].match).toMatchObject({
      access: 'readable',
      clientId: first.body.id,
      reason: 'same_name_and_birth_date',
    });
    const check = await paralegal
      .post('/api/clients/duplicate-check', {
        givenNames: 'jhonatan andres',
        familyNames: 'PEREZ NUNEZ (DEMO)',
        birthDate: '1994-03-12',
      })
      .expect(200);
    expect(check.body.map((m: { clientId: string }) => m.clientId)).toEqual([first.body.id]);
  });

  it('refuses impossible intake data precisely', async () => {
    const future = await paralegal
      .post('/api/clients', { givenNames: 'Futura (demo)', birthDate: '2099-01-01' })
      .expect(400);
    expect(future.body.details[0]).toMatchObject({
      field: 'birthDate',
      message: 'birthDate is in the future',
    });
    const control = await paralegal.post('/api/clients', { givenNames: 'Bad\nName' }).expect(400);
    expect(control.body.details[0].field).toBe('givenNames');
    const long = await paralegal.post('/api/clients', { givenNames: 'x'.repeat(201) }).expect(400);
    expect(long.body.details[0].message).toBe('givenNames must be between 1 and 200 characters');
    // Stored trimmed, a name of spaces alone broke the column's constraint: a 500.
    const blank = await paralegal.post('/api/clients', { givenNames: '   ' }).expect(400);
    expect(blank.body.details).toEqual([
      expect.objectContaining({ field: 'givenNames', message: 'givenNames must not be blank' }),
    ]);
    const { clientId } = await intake();
    const jurisdiction = await paralegal
      .post('/api/cases', { clientId, jurisdiction: 'ZZ', procedure: 'x' })
      .expect(400);
    expect(jurisdiction.body.message).toMatch(/Unknown jurisdiction ZZ; known: PE, US, MX/);
  });

  it('finds a duplicate by A-number through the keyed-hash index, never storing it in clear', async () => {
    const { caseId } = await intake();
    const check = await paralegal
      .post('/api/clients/duplicate-check', { aNumber: 'a123456789' })
      .expect(200);
    expect(check.body.some((m: { reason: string }) => m.reason === 'same_a_number')).toBe(true);
    const [raw] = await asOwner<{ a_number_sealed: string; a_number_index: string }>(
      api,
      LIMA,
      `SELECT a_number_sealed, a_number_index FROM cases WHERE id = $1`,
      [caseId],
    );
    expect(`${raw.a_number_sealed}${raw.a_number_index}`).not.toContain('456');
    expect((await attorney.get(`/api/cases/${caseId}`).expect(200)).body.aNumber).toBe(
      'A-123-456-789',
    );
    // An A-number of dashes and spaces alone names nobody (both lookups were 500s).
    await paralegal.post('/api/clients/duplicate-check', { aNumber: ' - ' }).expect(200, []);
    const search = await attorney.get('/api/cases?aNumber=--').expect(200);
    expect(search.body).toMatchObject({ rows: [], total: 0 });
  });

  it('lets the assigned team work the case, supervisors only read it, and hides it from others', async () => {
    const { caseId, clientId, version } = await intake();
    const opened = await attorney.get(`/api/cases/${caseId}`).expect(200);
    expect(opened.body).toMatchObject({
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      timeZone: 'America/Lima',
      stage: 'intake',
    });
    await attorney.patch(`/api/cases/${caseId}`, { stage: 'active', version }).expect(200);
    const stale = await paralegal
      .patch(`/api/cases/${caseId}`, { priority: 'urgent', version })
      .expect(409);
    expect(stale.body.details[0].current.stage).toBe('active');

    await supervisor.get(`/api/cases/${caseId}`).expect(200);
    const readOnly = await supervisor
      .patch(`/api/cases/${caseId}`, { stage: 'closed', version: version + 1 })
      .expect(403);
    expect(readOnly.body.code).toBe('PERMISSION_DENIED'); // supervisors lack cases.edit altogether

    // Another attorney of the office, not assigned: the case does not exist for them.
    const [{ id: otherId }] = await asOwner<{ id: string }>(
      api,
      LIMA,
      `INSERT INTO users (organization_id, email, name, roles) VALUES ($1, 'other.attorney@lima.example', 'Other Attorney (test)', '{attorney}') RETURNING id`,
      [LIMA],
    );
    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    const invite = await admin.post(`/api/users/${otherId}/password-reset`).expect(200);
    await api.app.get(UsersService).setPassword(invite.body.setupToken, 'a long enough passphrase');
    const other = asBearer(
      api,
      (await login(api, 'other.attorney@lima.example', 'a long enough passphrase')).accessToken,
    );
    await other.get(`/api/cases/${caseId}`).expect(404);
    await other.get(`/api/clients/${clientId}`).expect(404);

    // Office-wide visibility lets them read, not write.
    const settings = (await admin.get('/api/organization/settings')).body;
    await admin
      .patch('/api/organization/settings', {
        caseVisibility: 'organization',
        version: settings.version,
      })
      .expect(200);
    await other.get(`/api/cases/${caseId}`).expect(200);
    const write = await other
      .patch(`/api/cases/${caseId}`, { priority: 'high', version: version + 1 })
      .expect(403);
    expect(write.body.code).toBe('CASE_READ_ONLY');
    await admin
      .patch('/api/organization/settings', {
        caseVisibility: 'assigned',
        version: settings.version + 1,
      })
      .expect(200);

    // Another office: 404 whatever the role.
    const tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
    await tijuana.get(`/api/cases/${caseId}`).expect(404);
    await tijuana.get(`/api/clients/${clientId}`).expect(404);
  });

  it('records events in the forum zone, refuses unknown types and bare times, and keeps corrections', async () => {
    const { caseId } = await intake();
    const event = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: '2026-11-20T06:00:00-05:00',
        source: 'acta policial (demo)',
        note: 'retenido en Tumbes',
      })
      .expect(201);
    expect(event.body).toMatchObject({
      timeZone: 'America/Lima',
      occurredAt: '2026-11-20T11:00:00.000Z',
      note: 'retenido en Tumbes',
    });

    const unknown = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'ij-decision',
        occurredAt: '2026-11-20T06:00:00-05:00',
      })
      .expect(400);
    expect(unknown.body.message).toMatch(/Unknown event type for PE; known: .*police-retention/);
    const bare = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: '2026-11-20T06:00:00',
      })
      .expect(400);
    expect(bare.body.details[0]).toMatchObject({
      field: 'occurredAt',
      message: 'occurredAt must be ISO 8601 with an offset, e.g. 2026-11-23T06:00:00-05:00',
    });
    const future = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: '2030-01-01T00:00:00Z',
      })
      .expect(400);
    expect(future.body.details[0].field).toBe('occurredAt');

    const corrected = await attorney
      .patch(`/api/cases/${caseId}/events/${event.body.id}`, {
        occurredAt: '2026-11-20T05:10:00-05:00',
        reason: 'hora según el acta (demo)',
        version: 1,
      })
      .expect(200);
    expect(corrected.body.occurredAt).toBe('2026-11-20T10:10:00.000Z');
    expect(corrected.body.revisions).toEqual([
      expect.objectContaining({
        version: 1,
        occurredAt: '2026-11-20T11:00:00.000Z',
        reason: 'hora según el acta (demo)',
      }),
    ]);
    await attorney
      .patch(`/api/cases/${caseId}/events/${event.body.id}`, {
        occurredAt: '2026-11-20T05:00:00-05:00',
        reason: 'x',
        version: 1,
      })
      .expect(409);
    const timeline = await supervisor.get(`/api/cases/${caseId}/events`).expect(200);
    expect(timeline.body).toHaveLength(1);
  });

  it('audits every read of a client', async () => {
    const { clientId } = await intake();
    await attorney.get(`/api/clients/${clientId}`).expect(200);
    const reads = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'record.read' AND record_type = 'client' AND record_id = $1`,
      [clientId],
    );
    expect(reads[0].n).toBe(1);
  });

  it('keeps privileged notes sealed, for the team and supervisors only, every read audited', async () => {
    const { caseId } = await intake();
    const written = await paralegal
      .post(`/api/cases/${caseId}/notes`, { body: 'Teme volver: amenazas de la banda (demo)' })
      .expect(201);
    const [raw] = await asOwner<{ body_sealed: string }>(
      api,
      LIMA,
      `SELECT body_sealed FROM case_notes WHERE id = $1`,
      [written.body.id],
    );
    expect(raw.body_sealed).not.toContain('amenazas');
    const read = await supervisor.get(`/api/cases/${caseId}/notes`).expect(200);
    expect(read.body.map((n: { body: string }) => n.body)).toEqual([
      'Teme volver: amenazas de la banda (demo)',
    ]);
    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    await admin.get(`/api/cases/${caseId}/notes`).expect(403);
    const audited = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'record.read' AND record_type = 'note' AND record_id = $1`,
      [written.body.id],
    );
    expect(audited[0].n).toBe(1);
  });

  it('walks every sort page by page: each case once, in the order of one long page', async () => {
    const [retained] = await Promise.all([intake(), intake()]);
    await paralegal
      .post(`/api/cases/${retained.caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      })
      .expect(201);
    type Row = { id: string; nextDeadline: { dueAt: string } | null };
    for (const [who, member] of [
      ['supervisor', supervisor],
      ['attorney', attorney],
    ] as const) {
      for (const sort of ['urgency', 'next-deadline', 'last-change']) {
        const whole = await member.get(`/api/cases?sort=${sort}&limit=200`).expect(200);
        expect(whole.body.total).toBeGreaterThan(6); // several pages
        const rows = whole.body.rows as Row[];
        expect(rows.some((r) => r.nextDeadline) && rows.some((r) => !r.nextDeadline)).toBe(true);
        const walked: Row[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: { rows: Row[]; total: number; nextCursor: string | null } } =
            await member
              .get(`/api/cases?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
              .expect(200);
          expect(page.body.total).toBe(whole.body.total);
          walked.push(...page.body.rows);
          cursor = page.body.nextCursor;
        } while (cursor);
        expect({ who, sort, ids: walked.map((r) => r.id) }).toEqual({
          who,
          sort,
          ids: (whole.body.rows as Row[]).map((r) => r.id),
        });
        if (sort === 'next-deadline') {
          // Soonest first; cases with no open deadline last.
          const dues = walked.map((r) => r.nextDeadline?.dueAt ?? '9999');
          expect(dues).toEqual([...dues].sort());
        }
      }
    }
    // A cursor of one sort is refused by another.
    const byDeadline = await attorney.get('/api/cases?sort=next-deadline&limit=1').expect(200);
    await attorney
      .get(`/api/cases?sort=last-change&cursor=${byDeadline.body.nextCursor}`)
      .expect(400);
  });

  it('lists the caseload a member may see, filtered, searched without accents, page by page', async () => {
    const mine = await Promise.all([intake(), intake(), intake()]);
    const unassigned = await supervisor.get('/api/cases?limit=200').expect(200);
    const all = unassigned.body.total as number;
    expect(all).toBeGreaterThanOrEqual(3);

    const first = await attorney
      .get('/api/cases?sort=last-change&limit=2&q=PEREZ%20NUNEZ')
      .expect(200);
    expect(first.body.rows).toHaveLength(2);
    expect(first.body.total).toBeGreaterThanOrEqual(3);
    expect(first.body.rows[0].clientName).toBe('Jhonatan Andrés Pérez Ñuñez (demo)');
    const second = await attorney
      .get(`/api/cases?sort=last-change&limit=2&q=perez%20nunez&cursor=${first.body.nextCursor}`)
      .expect(200);
    const seen = [...first.body.rows, ...second.body.rows].map((row: { id: string }) => row.id);
    expect(new Set(seen).size).toBe(seen.length);
    // The first two pages hold the four newest matches: the three just opened come first.
    expect(seen.slice(0, 3).sort()).toEqual(mine.map((m) => m.caseId).sort());

    const byNumber = await attorney.get('/api/cases?aNumber=A123456789&limit=200').expect(200);
    expect(byNumber.body.rows.map((row: { id: string }) => row.id)).toEqual(
      expect.arrayContaining(mine.map((m) => m.caseId)),
    );
    const nobody = await attorney.get('/api/cases?q=zzzz-nadie').expect(200);
    expect(nobody.body).toEqual({ rows: [], total: 0, nextCursor: null });

    const tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
    expect((await tijuana.get('/api/cases')).body.total).toBe(0);
    const badCursor = await attorney.get('/api/cases?cursor=not-a-cursor').expect(400);
    expect(badCursor.body.details[0].field).toBe('cursor');
    const badStage = await attorney.get('/api/cases?stage=finished').expect(400);
    expect(badStage.body.details[0].message).toMatch(/stage must be one of intake/);
  });

  it("archives instead of deleting, and erases a person completely on a supervisor's request", async () => {
    const { caseId, clientId } = await intake();
    await paralegal.post(`/api/cases/${caseId}/notes`, { body: 'nota (demo)' }).expect(201);
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: '2026-11-20T06:00:00-05:00',
      })
      .expect(201);
    const before = await supervisor.get(`/api/cases/${caseId}`).expect(200);
    expect(before.body.archivedAt).toBeNull();
    await attorney
      .post(`/api/cases/${caseId}/archive`, { version: before.body.version })
      .expect(403);
    const stale = await supervisor
      .post(`/api/cases/${caseId}/archive`, { version: before.body.version + 1 })
      .expect(409);
    expect(stale.body.code).toBe('CASE_VERSION_CONFLICT');
    expect(stale.body.details[0].current.archivedAt).toBeNull();
    const archived = await supervisor
      .post(`/api/cases/${caseId}/archive`, { version: before.body.version })
      .expect(200);
    expect(Date.parse(archived.body.archivedAt)).not.toBeNaN();
    const listed = (await supervisor.get('/api/cases?limit=200')).body.rows.map(
      (row: { id: string }) => row.id,
    );
    expect(listed).not.toContain(caseId);
    const reread = await supervisor.get(`/api/cases/${caseId}`).expect(200);
    expect(reread.body.archivedAt).toBe(archived.body.archivedAt);
    // Archived: the history stays readable, and the team can no longer change the case.
    const refused = await paralegal
      .post(`/api/cases/${caseId}/notes`, { body: 'tarde (demo)' })
      .expect(409);
    expect(refused.body.code).toBe('CASE_ARCHIVED');
    await paralegal.get(`/api/cases/${caseId}/events`).expect(200);

    await paralegal.delete(`/api/clients/${clientId}`).expect(403);
    const erased = await supervisor.delete(`/api/clients/${clientId}`).expect(200);
    expect(erased.body).toEqual({ erasedCases: 1 });
    const left = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT (SELECT count(*) FROM clients WHERE id = $1) + (SELECT count(*) FROM cases WHERE client_id = $1)
            + (SELECT count(*) FROM case_events WHERE case_id = $2) + (SELECT count(*) FROM case_notes WHERE case_id = $2)
            + (SELECT count(*) FROM case_members WHERE case_id = $2) AS n`,
      [clientId, caseId],
    );
    expect(Number(left[0].n)).toBe(0);
    await supervisor.get(`/api/clients/${clientId}`).expect(404);
    const trail = await asOwner<{ action: string }>(
      api,
      LIMA,
      `SELECT action FROM audit_entries WHERE record_id = $1 ORDER BY seq DESC LIMIT 1`,
      [clientId],
    );
    expect(trail[0].action).toBe('record.deleted');
  });

  it("changes a client's nationalities against the version shown, ISO codes only", async () => {
    const { clientId } = await intake();
    const current = await paralegal.get(`/api/clients/${clientId}`).expect(200);
    const updated = await paralegal
      .patch(`/api/clients/${clientId}`, {
        nationalities: ['VE', 'CO'],
        version: current.body.version,
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      nationalities: ['VE', 'CO'],
      version: current.body.version + 1,
    });
    const named = await paralegal
      .patch(`/api/clients/${clientId}`, {
        nationalities: ['Venezuela'],
        version: updated.body.version,
      })
      .expect(400);
    expect(named.body.details).toEqual([
      expect.objectContaining({
        field: 'nationalities',
        message: 'each nationality must be an ISO country code such as HN',
      }),
    ]);
    await paralegal
      .patch(`/api/clients/${clientId}`, {
        nationalities: ['PE'],
        version: current.body.version,
      })
      .expect(409);
  });

  it('updates a client with optimistic locking, for the team only', async () => {
    const { clientId } = await intake();
    const current = await attorney.get(`/api/clients/${clientId}`).expect(200);
    const updated = await paralegal
      .patch(`/api/clients/${clientId}`, {
        aliases: ['Jhony', 'Andrés P.'],
        contact: { location: 'Albergue (demo)' },
        version: current.body.version,
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      aliases: ['Jhony', 'Andrés P.'],
      contact: { location: 'Albergue (demo)' },
      version: current.body.version + 1,
    });
    const stale = await attorney
      .patch(`/api/clients/${clientId}`, {
        gender: 'x',
        languages: ['es'],
        version: current.body.version,
      })
      .expect(400);
    expect(stale.body.details.some((d: { field: string }) => d.field === 'gender')).toBe(true); // unknown field for updates
    // An edit was stored untrimmed: a person named " ".
    await paralegal
      .patch(`/api/clients/${clientId}`, { givenNames: ' ', version: updated.body.version })
      .expect(400);
    const conflict = await attorney
      .patch(`/api/clients/${clientId}`, { languages: ['es', 'qu'], version: current.body.version })
      .expect(409);
    expect(conflict.body.details[0].current.aliases).toEqual(['Jhony', 'Andrés P.']);
    const found = await attorney.get('/api/cases?q=andres%20p.&limit=200').expect(200);
    expect(found.body.total).toBeGreaterThan(0);
    await supervisor
      .patch(`/api/clients/${clientId}`, { languages: ['es'], version: updated.body.version })
      .expect(403);
  });

  it('ranks the caseload by urgency: gravest risk first, then the soonest deadline, each row carrying both', async () => {
    // Three fresh cases for a fresh client name, so the filter isolates them.
    const open = async (familyNames: string) => {
      const client = await paralegal
        .post('/api/clients', { givenNames: 'Ranking', familyNames, acknowledgeDuplicates: true })
        .expect(201);
      const matter = await paralegal
        .post('/api/cases', {
          clientId: client.body.id,
          jurisdiction: 'PE',
          procedure: 'pasee-expulsion',
          leadAttorneyId: attorneyId,
        })
        .expect(201);
      return { clientId: client.body.id as string, caseId: matter.body.id as string };
    };
    const calm = await open('Calm (demo)');
    const soon = await open('Soon (demo)');
    const grave = await open('Grave (demo)');
    const retained = (hoursAgo: number) =>
      new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    // Retained 20 h ago: the PASEE clock ends in about 4 h; 2 h ago: in about 22 h.
    await paralegal
      .post(`/api/cases/${soon.caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained(20),
      })
      .expect(201);
    await paralegal
      .post(`/api/cases/${grave.caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained(2),
      })
      .expect(201);
    await asOwner(
      api,
      LIMA,
      `INSERT INTO risk_assessments (organization_id, case_id, client_id, destination_country, instrument_version, rules_version,
         version, answers, level, reasons, pathways, urgency, advisories, urgent)
       VALUES ($1, $2, $3, 'VE', 'test', 'test', 1, '{}', 'extreme', '[]', '[]', '{}', '[]', true)`,
      [LIMA, grave.caseId, grave.clientId],
    );

    const ranked = await attorney.get('/api/cases?q=ranking&limit=200').expect(200);
    expect(ranked.body.rows.map((row: { id: string }) => row.id)).toEqual([
      grave.caseId,
      soon.caseId,
      calm.caseId,
    ]);
    const [first, second, third] = ranked.body.rows;
    expect(first.riskLevel).toBe('extreme');
    expect(second.nextDeadline).toMatchObject({ ruleId: expect.stringMatching(/^pe\.pasee/) });
    expect(Date.parse(second.nextDeadline.dueAt) - Date.now()).toBeLessThan(5 * 3_600_000);
    // The row carries what the list shows: the soonest open clock (the police report, 12 h, an
    // unverified source, one reading) on Lima's zone.
    expect(first.nextDeadline).toMatchObject({
      ruleId: 'pe.pasee.police-report',
      urgent: true,
      timeZone: 'America/Lima',
      ruleStatus: 'unverified',
      latestDueAt: null,
    });
    expect(third).toMatchObject({ nextDeadline: null, riskLevel: null });

    const bySoonest = await attorney
      .get('/api/cases?q=ranking&sort=next-deadline&limit=200')
      .expect(200);
    expect(bySoonest.body.rows.map((row: { id: string }) => row.id)).toEqual([
      soon.caseId,
      grave.caseId,
      calm.caseId,
    ]);
    const within = await attorney.get('/api/cases?q=ranking&deadlineWithinHours=6').expect(200);
    expect(within.body.rows.map((row: { id: string }) => row.id)).toEqual([soon.caseId]);
    const extreme = await attorney.get('/api/cases?q=ranking&risk=extreme').expect(200);
    expect(extreme.body).toMatchObject({ total: 1, rows: [{ id: grave.caseId }] });

    // Keyset paging over the urgency ranking gives the same order, one row at a time.
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { rows: { id: string }[]; nextCursor: string | null } } = await attorney
        .get(`/api/cases?q=ranking&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      ids.push(...page.body.rows.map((row) => row.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toEqual([grave.caseId, soon.caseId, calm.caseId]);
    const wrongSort = await attorney
      .get(
        `/api/cases?q=ranking&limit=1&sort=last-change&cursor=${(await attorney.get('/api/cases?q=ranking&limit=1')).body.nextCursor}`,
      )
      .expect(400);
    expect(wrongSort.body.details[0].field).toBe('cursor');
  });
});
