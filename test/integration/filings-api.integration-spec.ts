// Generated filings over HTTP: a PE reconsideración from a PASEE case, the 422 list of missing
// data, the sealed PDF downloaded and read back with pdf.js, the attorney's approval before
// anything is filed (never of a filing resting on an unsigned risk assessment), the attorney-only
// "filed" that records the timeline event, and another office's 404.
import { createHash } from 'node:crypto';
import request from 'supertest';
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { fullText, readWithPdfJs } from '../../libs/filings/src/testing/pdfjs.reader';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const CLIENT_NAME = 'Nguyễn Thị Ñuñez (demo)';

const DETAILS = {
  place: 'Lima',
  organizationAddress: 'Av. Arequipa 123, Lima (demo)',
  attorneyBarNumber: 'CAL 12345',
  clientIdentityDocument: 'pasaporte N.º X1234567 (demo)',
  decisionReference: 'RS-000123-2026-MIGRACIONES (demo)',
  decisionAuthority: 'Superintendencia Nacional de Migraciones',
  decisionIssuedOn: '2026-11-18',
  detentionAuthority: 'Policía Nacional del Perú',
  detentionPlace: 'Complejo policial de Tumbes (demo)',
  grounds: ['La sanción se notificó sin intérprete (demo).'],
  annexes: ['Copia del pasaporte (demo)'],
};

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('filings API', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let attorneyToken: string;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const session = await login(api, 'attorney@lima.example');
    attorneyToken = session.accessToken;
    attorney = asBearer(api, attorneyToken);
    attorneyId = session.user.id;
  });
  afterAll(() => api.close());

  async function pasee(): Promise<string> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Nguyễn Thị',
        familyNames: 'Ñuñez (demo)',
        nationalities: ['VN'],
        languages: ['vi'],
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
        custodyStatus: 'detained',
        expediente: 'EXP-2026-0456 (demo)',
      })
      .expect(201);
    return opened.body.id;
  }

  async function withTimeline(caseId: string): Promise<void> {
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: '2026-11-17T06:00:00-05:00',
        source: 'Acta de retención 0042 (demo)',
        note: 'Nota reservada: teme represalias de su expareja (demo).',
      })
      .expect(201);
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: '2026-11-18T10:30:00-05:00',
      })
      .expect(201);
  }

  it('lists the templates with jurisdiction, languages and required data', async () => {
    const res = await paralegal.get('/api/filing-templates').expect(200);
    const reconsideracion = res.body.find(
      (t: { id: string }) => t.id === 'pe-reconsideracion-pasee',
    );
    expect(reconsideracion).toMatchObject({ jurisdiction: 'PE', languages: ['es'] });
    expect(reconsideracion.requiredData.es).toContainEqual({
      field: 'decision.notifiedAt',
      label: 'Fecha y hora de notificación',
      section: 'timeline',
    });
    expect(res.body.length).toBeGreaterThanOrEqual(10);
  });

  it('answers 422 listing every missing item and where it is entered', async () => {
    const caseId = await pasee();
    const res = await paralegal
      .post(`/api/cases/${caseId}/filings`, { templateId: 'pe-reconsideracion-pasee' })
      .expect(422);
    expect(res.body.code).toBe('FILING_MISSING_DATA');
    // The lead attorney's bar number comes from her profile and the office's address from its
    // settings (the demo's): neither is missing.
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([
      'place',
      'client.identityDocument',
      'decision.reference',
      'decision.authority',
      'decision.issuedOn',
      'decision.notifiedAt',
      'detention.retainedAt',
      'detention.place',
      'detention.authority',
      'grounds',
      'annexes',
    ]);
    expect(res.body.details[5]).toMatchObject({
      message: 'Fecha y hora de notificación',
      section: 'timeline',
    });
    await paralegal
      .post(`/api/cases/${caseId}/filings`, { templateId: 'no-such-template' })
      .expect(400);
    await paralegal
      .post(`/api/cases/${caseId}/filings`, { templateId: 'us-motion-to-reopen' })
      .expect(400);
  });

  it('generates a PE reconsideración, keeps versions, serves the sealed PDF and audits the download', async () => {
    const caseId = await pasee();
    await withTimeline(caseId);
    const created = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: DETAILS,
      })
      .expect(201);
    expect(created.body).toMatchObject({
      caseId,
      templateId: 'pe-reconsideracion-pasee',
      templateVersion: expect.any(String),
      language: 'es',
      filingVersion: 1,
      status: 'draft',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      version: 1,
    });
    const again = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: DETAILS,
      })
      .expect(201);
    expect(again.body.filingVersion).toBe(2);
    const listed = await attorney.get(`/api/cases/${caseId}/filings`).expect(200);
    expect(listed.body.map((f: { id: string }) => f.id)).toEqual([created.body.id, again.body.id]);

    const [raw] = await asOwner<{ pdf_sealed: string }>(
      api,
      LIMA,
      'SELECT pdf_sealed FROM filings WHERE id = $1',
      [created.body.id],
    );
    expect(raw.pdf_sealed).not.toContain('JVBERi0'); // base64 of "%PDF-" never stored in clear

    const download = await request(api.url)
      .get(`/api/filings/${created.body.id}/pdf`)
      .set('Authorization', `Bearer ${attorneyToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    const bytes = download.body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(created.body.sha256);
    expect(bytes.length).toBe(created.body.byteSize);

    const { body: matter } = await attorney.get(`/api/cases/${caseId}`).expect(200);
    const [read] = readWithPdfJs([{ name: 'reconsideracion', bytes }]);
    const text = fullText(read).normalize('NFC');
    expect(text).toContain(CLIENT_NAME);
    expect(text).toContain(matter.reference);
    expect(text).toContain('RS-000123-2026-MIGRACIONES (demo)');
    // Issue 17: the place is the one entered for it, never the event's source document, and the
    // event's confidential note is never printed; the authority takes its article.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'por la Policía Nacional del Perú en Complejo policial de Tumbes (demo)',
    );
    expect(flat).toContain('TITULAR DE LA SUPERINTENDENCIA NACIONAL DE MIGRACIONES');
    expect(flat).not.toContain('Acta de retención');
    expect(flat).not.toContain('Nota reservada');

    const reads = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM audit_entries
        WHERE action = 'record.read' AND record_type = 'filing' AND record_id = $1`,
      [created.body.id],
    );
    expect(reads[0].n).toBe(1);
  });

  it('keeps what was typed with the case, so the next version needs nothing typed', async () => {
    const caseId = await pasee();
    await withTimeline(caseId);
    const generate = (details?: object) =>
      paralegal.post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        ...(details ? { details } : {}),
      });
    await generate(DETAILS).expect(201);
    const second = await generate().expect(201);
    expect(second.body.filingVersion).toBe(2);

    const { body: kept } = await attorney.get(`/api/cases/${caseId}/filing-details`).expect(200);
    expect(kept).toMatchObject({ version: 1, details: DETAILS });
    // Typing one item changes only that item; the rest stays kept.
    await generate({ place: 'Tumbes' }).expect(201);
    const { body: after } = await attorney.get(`/api/cases/${caseId}/filing-details`).expect(200);
    expect(after).toMatchObject({ version: 2, details: { ...DETAILS, place: 'Tumbes' } });

    const stale = await paralegal
      .put(`/api/cases/${caseId}/filing-details`, { version: 1, place: 'Lima' })
      .expect(409);
    expect(stale.body.code).toBe('FILING_DETAILS_VERSION_CONFLICT');
    const cleared = await paralegal
      .put(`/api/cases/${caseId}/filing-details`, { version: 2, place: 'Lima' })
      .expect(200);
    expect(cleared.body).toMatchObject({ version: 3, details: { place: 'Lima' } });
    const missing = await generate().expect(422);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toContain(
      'decision.reference',
    );
  });

  it('lets only attorneys approve and then mark it filed, records the event, then served', async () => {
    const caseId = await pasee();
    await withTimeline(caseId);
    const { body: filing } = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: DETAILS,
      })
      .expect(201);
    expect(filing).toMatchObject({ status: 'draft', approvedBy: null, riskSignedOff: null });

    await paralegal.post(`/api/filings/${filing.id}/approved`, { version: 1 }).expect(403);
    await paralegal.post(`/api/filings/${filing.id}/filed`, { version: 1 }).expect(403);
    await attorney.post(`/api/filings/${filing.id}/served`, { version: 1 }).expect(409);
    // A draft goes to the attorney's approval first.
    const unapproved = await attorney
      .post(`/api/filings/${filing.id}/filed`, { version: 1 })
      .expect(409);
    expect(unapproved.body.message).toMatch(/approves it first/);
    const stale = await attorney
      .post(`/api/filings/${filing.id}/approved`, { version: 7 })
      .expect(409);
    expect(stale.body.code).toBe('FILING_VERSION_CONFLICT');
    expect(stale.body.details[0].current).toMatchObject({ status: 'draft', version: 1 });

    const approved = await attorney
      .post(`/api/filings/${filing.id}/approved`, { version: 1 })
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      approvedBy: attorneyId,
      approvedAt: expect.any(String),
      version: 2,
    });
    await attorney.post(`/api/filings/${filing.id}/approved`, { version: 2 }).expect(409);
    const [approval] = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM audit_entries
        WHERE action = 'record.updated' AND record_type = 'filing' AND record_id = $1
          AND details->>'status' = 'approved'`,
      [filing.id],
    );
    expect(approval.n).toBe(1);

    const filed = await attorney
      .post(`/api/filings/${filing.id}/filed`, { version: 2 })
      .expect(200);
    expect(filed.body).toMatchObject({
      status: 'filed',
      filedBy: attorneyId,
      filedEventId: expect.any(String),
      approvedBy: attorneyId,
      version: 3,
    });
    const timeline = await attorney.get(`/api/cases/${caseId}/events`).expect(200);
    expect(timeline.body).toContainEqual(
      expect.objectContaining({ id: filed.body.filedEventId, eventType: 'reconsideration-filed' }),
    );

    const served = await paralegal
      .post(`/api/filings/${filing.id}/served`, { version: 3 })
      .expect(200);
    expect(served.body).toMatchObject({ status: 'served', version: 4 });
  });

  it('refuses to approve a filing generated from an unsigned risk assessment, naming the fix', async () => {
    const caseId = await pasee();
    const { body: assessment } = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'HN',
        answers: {
          [Q.nationality]: 'HN',
          [Q.forumCountry]: 'PE',
          [Q.profileTags]: ['woman-or-girl', 'targeted-by-gangs'],
          [Q.harmOrThreats]: true,
          [Q.harmTypes]: ['death-threat'],
          [Q.actors]: ['gang-or-organized-crime'],
          [Q.threatPersists]: true,
          [Q.stateProtection]: 'unavailable-or-ineffective',
          [Q.internalFlight]: 'no-safe-alternative',
          [Q.removalProcedure]: 'ordinary',
        },
      })
      .expect(201);
    const memorandum = () =>
      paralegal
        .post(`/api/cases/${caseId}/filings`, {
          templateId: 'non-refoulement-risk-memorandum',
          language: 'es',
          details: { place: 'Lima' },
        })
        .expect(201);
    const { body: unsigned } = await memorandum();
    expect(unsigned).toMatchObject({ riskAssessmentId: assessment.id, riskSignedOff: false });

    const refused = await attorney
      .post(`/api/filings/${unsigned.id}/approved`, { version: 1 })
      .expect(422);
    expect(refused.body.code).toBe('FILING_RISK_UNSIGNED');
    expect(refused.body.message).toMatch(/risk assessment v1 that no attorney had signed off/);
    expect(refused.body.message).toMatch(/generate a new version/);

    // Signing off afterwards does not change what that PDF says: a new version is approvable.
    await attorney.post(`/api/risk-assessments/${assessment.id}/sign-off`).expect(200);
    await attorney.post(`/api/filings/${unsigned.id}/approved`, { version: 1 }).expect(422);
    const { body: signed } = await memorandum();
    expect(signed).toMatchObject({ filingVersion: 2, riskSignedOff: true });
    await attorney.post(`/api/filings/${signed.id}/approved`, { version: 1 }).expect(200);
  });

  it('lets a supervisor, who is not on the case team, approve but not file', async () => {
    const caseId = await pasee();
    await withTimeline(caseId);
    const { body: filing } = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: DETAILS,
      })
      .expect(201);
    const supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
    const approved = await supervisor
      .post(`/api/filings/${filing.id}/approved`, { version: 1 })
      .expect(200);
    expect(approved.body.status).toBe('approved');
    await supervisor.post(`/api/filings/${filing.id}/filed`, { version: 2 }).expect(403);
  });

  it("prints the lead attorney's bar number from their profile, with nothing typed for it", async () => {
    const { body: profile } = await attorney.get('/api/profile').expect(200);
    await attorney
      .put('/api/profile', {
        barNumber: 'CAL 31415 (demo)',
        gender: 'female',
        version: profile.version,
      })
      .expect(200);
    const caseId = await pasee();
    await withTimeline(caseId);
    const { attorneyBarNumber: _typed, ...untyped } = DETAILS;
    const { body: filing } = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: untyped,
      })
      .expect(201);
    const download = await request(api.url)
      .get(`/api/filings/${filing.id}/pdf`)
      .set('Authorization', `Bearer ${attorneyToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [read] = readWithPdfJs([{ name: 'reconsideracion', bytes: download.body as Buffer }]);
    expect(fullText(read).normalize('NFC')).toContain('CAL 31415 (demo)');
  });

  it('answers 404 to another office, whatever the route', async () => {
    const caseId = await pasee();
    await withTimeline(caseId);
    const { body: filing } = await paralegal
      .post(`/api/cases/${caseId}/filings`, {
        templateId: 'pe-reconsideracion-pasee',
        details: DETAILS,
      })
      .expect(201);
    const tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
    await tijuana.get(`/api/filings/${filing.id}/pdf`).expect(404);
    await tijuana.get(`/api/cases/${caseId}/filings`).expect(404);
    const tijuanaAttorney = asBearer(
      api,
      (await login(api, 'attorney@tijuana.example')).accessToken,
    );
    await tijuanaAttorney.post(`/api/filings/${filing.id}/filed`, { version: 1 }).expect(404);
    await tijuanaAttorney
      .post(`/api/cases/${caseId}/filings`, { templateId: 'pe-reconsideracion-pasee' })
      .expect(404);
  });
});
