// Screenings on cases end to end: scored with reasons, refused precisely, kept as versions with a
// readable diff, free text sealed, signed off by attorneys only, and escalated to supervisors when
// grave risk meets a removal that may come within 72 hours.
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HONDURAN_WOMAN = {
  [Q.nationality]: 'HN',
  [Q.forumCountry]: 'MX',
  [Q.profileTags]: ['woman-or-girl', 'targeted-by-gangs'],
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['extortion', 'death-threat', 'threat-to-family'],
  [Q.actors]: ['gang-or-organized-crime'],
  [Q.threatPersists]: true,
  [Q.conventionGrounds]: ['particular-social-group'],
  [Q.harmNarrative]: 'La pandilla del barrio Rivera exigió la renta y amenazó con matarla (demo)',
  [Q.stateProtection]: 'unavailable-or-ineffective',
  [Q.internalFlight]: 'no-safe-alternative',
  [Q.lifeRisk]: true,
  [Q.removalProcedure]: 'ordinary',
};

const VENEZUELAN_HIGH = {
  [Q.nationality]: 'VE',
  [Q.destinationCountry]: 'VE',
  [Q.forumCountry]: 'PE',
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['death-threat'],
  [Q.actors]: ['armed-group'],
  [Q.vulnerabilities]: ['detained'],
  [Q.removalProcedure]: 'pasee',
};

/** An instant `hours` ago, written on Lima's clock with its offset. */
const limaHoursAgo = (hours: number) =>
  `${new Date(Date.now() - (hours + 5) * 3_600_000).toISOString().slice(0, 19)}-05:00`;

describe('risk assessments on cases', () => {
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

  async function openCase(nationality: string): Promise<string> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Persona',
        familyNames: `Evaluada ${nationality} (demo)`,
        nationalities: [nationality],
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
      })
      .expect(201);
    return opened.body.id as string;
  }

  const countRows = async (caseId: string) =>
    (
      await asOwner<{ n: string }>(
        api,
        LIMA,
        `SELECT count(*)::text AS n FROM risk_assessments WHERE case_id = $1`,
        [caseId],
      )
    )[0].n;

  it('scores a Honduran woman threatened by a gang as extreme, saying why', async () => {
    const caseId = await openCase('HN');
    const created = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'HN',
        answers: HONDURAN_WOMAN,
        evidenceNotes: 'Denuncia no presentada por miedo; mensajes de WhatsApp guardados (demo)',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      caseId,
      version: 1,
      destination: 'HN',
      level: 'extreme',
      urgent: false,
      signedOffAt: null,
      changes: null,
      evidenceNotes: 'Denuncia no presentada por miedo; mensajes de WhatsApp guardados (demo)',
    });
    const ruleIds = created.body.reasons.map((r: { ruleId: string }) => r.ruleId);
    expect(ruleIds).toEqual(
      expect.arrayContaining(['pursued-without-protection', 'death-threat', 'life-risk']),
    );
    expect(created.body.reasons[0].level).toBe('extreme');
    expect(created.body.reasons[0].text.es.length).toBeGreaterThan(0);
    expect(created.body.pathways.map((p: { id: string }) => p.id)).toContain('refugee-1951');
    expect(created.body.answers[Q.harmNarrative]).toBe(HONDURAN_WOMAN[Q.harmNarrative]);

    // Stored: answers, findings and free text sealed; nothing in the clear columns of old.
    const [raw] = await asOwner<Record<string, string | null>>(
      api,
      LIMA,
      `SELECT answers::text AS answers, reasons::text AS reasons, answers_sealed, findings_sealed,
              evidence_sealed, hours_until_removal, level
         FROM risk_assessments WHERE id = $1`,
      [created.body.id],
    );
    expect(raw).toMatchObject({ answers: null, reasons: null, hours_until_removal: null });
    expect(raw['level']).toBe('extreme');
    for (const column of ['answers_sealed', 'findings_sealed', 'evidence_sealed']) {
      expect(raw[column]).toMatch(/^v1\./);
      for (const clear of ['Rivera', 'WhatsApp', 'death-threat', 'gang', 'refugee-1951'])
        expect(raw[column]).not.toContain(clear);
    }
  });

  it('refuses answers of the wrong type and unknown questions, naming each, writing nothing', async () => {
    const caseId = await openCase('HN');
    const refused = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'HN',
        answers: {
          ...HONDURAN_WOMAN,
          [Q.threatPersists]: 'yes',
          [Q.harmTypes]: 'death-threat',
          's11.favourite_colour': 'blue',
        },
      })
      .expect(400);
    const fields = refused.body.details.map((d: { field: string; code: string }) => [
      d.field,
      d.code,
    ]);
    expect(fields).toEqual(
      expect.arrayContaining([
        [Q.threatPersists, 'SCREENING_WRONG_TYPE'],
        [Q.harmTypes, 'SCREENING_WRONG_TYPE'],
        ['s11.favourite_colour', 'SCREENING_UNKNOWN_QUESTION'],
      ]),
    );
    const mismatch = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'GT',
        answers: { ...HONDURAN_WOMAN, [Q.destinationCountry]: 'HN' },
      })
      .expect(400);
    expect(mismatch.body.code).toBe('RISK_DESTINATION_MISMATCH');
    expect(await countRows(caseId)).toBe('0');
  });

  it('answers 404 for a case the user cannot see, writing nothing', async () => {
    const caseId = await openCase('HN');
    const body = { destination: 'HN', answers: HONDURAN_WOMAN };
    await tijuana.post(`/api/cases/${caseId}/risk-assessments`, body).expect(404);
    await tijuana.get(`/api/cases/${caseId}/risk-assessments`).expect(404);
    await attorney
      .post(`/api/cases/0b0b0b0b-0000-4000-8000-000000000000/risk-assessments`, body)
      .expect(404);
    expect(await countRows(caseId)).toBe('0');
  });

  it('lets attorneys sign off, once; paralegals may not', async () => {
    const caseId = await openCase('HN');
    const created = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, { destination: 'HN', answers: HONDURAN_WOMAN })
      .expect(201);
    const denied = await paralegal
      .post(`/api/risk-assessments/${created.body.id}/sign-off`)
      .expect(403);
    expect(denied.body.code).toBe('PERMISSION_DENIED');
    await tijuana.post(`/api/risk-assessments/${created.body.id}/sign-off`).expect(404);
    const signed = await attorney
      .post(`/api/risk-assessments/${created.body.id}/sign-off`)
      .expect(200);
    expect(signed.body).toMatchObject({ signedOffBy: attorneyId, level: 'extreme' });
    expect(signed.body.signedOffAt).toEqual(expect.any(String));
    const twice = await attorney
      .post(`/api/risk-assessments/${created.body.id}/sign-off`)
      .expect(409);
    expect(twice.body.code).toBe('RISK_ASSESSMENT_ALREADY_SIGNED_OFF');
  });

  it('keeps every version, newest first, with a readable difference, and audits each read', async () => {
    const caseId = await openCase('VE');
    const first = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: {
          [Q.nationality]: 'VE',
          [Q.forumCountry]: 'PE',
          [Q.harmOrThreats]: false,
          [Q.removalProcedure]: 'ordinary',
        },
      })
      .expect(201);
    // Venezuela alone is high: UNHCR advises against returns there (Update I, May 2019).
    expect(first.body.level).toBe('high');
    await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: VENEZUELAN_HIGH,
      })
      .expect(201);

    const history = await supervisor.get(`/api/cases/${caseId}/risk-assessments`).expect(200);
    expect(history.body.map((a: { version: number }) => a.version)).toEqual([2, 1]);
    expect(history.body[1].changes).toBeNull();
    const changes = history.body[0].changes;
    expect(changes.fromVersion).toBe(1);
    expect(changes.score).toMatchObject({ levelBefore: 'high', levelAfter: 'high' });
    expect(changes.score.reasonsAdded.map((r: { ruleId: string }) => r.ruleId)).toContain(
      'death-threat',
    );
    const harm = changes.answers.find(
      (c: { questionId: string }) => c.questionId === Q.harmOrThreats,
    );
    expect(harm).toMatchObject({ kind: 'changed', before: { en: 'No' }, after: { en: 'Yes' } });
    expect(
      changes.answers.find((c: { questionId: string }) => c.questionId === Q.removalProcedure).after
        .en,
    ).toMatch(/PASEE/);

    const reads = await asOwner<{ record_id: string }>(
      api,
      LIMA,
      `SELECT record_id FROM audit_entries WHERE action = 'record.read' AND record_type = 'risk_assessment'`,
    );
    expect(reads.map((r) => r.record_id)).toEqual(
      expect.arrayContaining(history.body.map((a: { id: string }) => a.id)),
    );
  });

  it('escalates a detained Venezuelan in an open PASEE assessed high until a supervisor acknowledges it', async () => {
    const caseId = await openCase('VE');
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: limaHoursAgo(2),
        source: 'acta policial (demo)',
      })
      .expect(201);
    const high = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: VENEZUELAN_HIGH,
      })
      .expect(201);
    expect(high.body.level).toBe('high');

    const escalated = async () =>
      (
        (await supervisor.get('/api/risk/escalations').expect(200)).body as {
          caseId: string;
          version: number;
          level: string;
          clocks: { source: string; until: string | null }[];
        }[]
      ).find((e) => e.caseId === caseId);
    const first = await escalated();
    expect(first).toMatchObject({ version: 1, level: 'high' });
    // The retention's stored PASEE deadlines are the clock (read from case_deadlines).
    expect(first?.clocks.map((c) => c.source)).toContain('open-deadline');
    expect(first?.clocks.map((c) => c.source)).not.toContain('pasee-open');
    expect(first?.clocks[0].until).toEqual(expect.any(String));
    // The case's team sees the same state on the case page (they may not read the list).
    const onCase = await paralegal.get(`/api/cases/${caseId}/risk-escalation`).expect(200);
    expect(onCase.body).toMatchObject({
      escalated: true,
      escalation: { caseId, version: 1, level: 'high' },
    });

    await attorney.get('/api/risk/escalations').expect(403);
    await supervisor
      .post(`/api/risk/escalations/${caseId}/acknowledge`, { reason: '' })
      .expect(400);
    const ack = await supervisor
      .post(`/api/risk/escalations/${caseId}/acknowledge`, {
        reason: 'Habeas corpus presentado; abogada en la comisaría (demo)',
      })
      .expect(200);
    expect(ack.body).toMatchObject({ caseId, assessmentId: high.body.id });
    expect(await escalated()).toBeUndefined();
    expect((await attorney.get(`/api/cases/${caseId}/risk-escalation`).expect(200)).body).toEqual({
      escalated: false,
      escalation: null,
    });
    await supervisor
      .post(`/api/risk/escalations/${caseId}/acknowledge`, { reason: 'otra vez (demo)' })
      .expect(409);

    // A new event changes the clock: the escalation is back until acknowledged again.
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: limaHoursAgo(1),
        source: 'segunda acta (demo)',
      })
      .expect(201);
    expect(await escalated()).toMatchObject({ version: 1, level: 'high' });
    await supervisor
      .post(`/api/risk/escalations/${caseId}/acknowledge`, { reason: 'Revisado otra vez (demo)' })
      .expect(200);
    expect(await escalated()).toBeUndefined();

    const extreme = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: {
          ...VENEZUELAN_HIGH,
          [Q.threatPersists]: true,
          [Q.stateProtection]: 'unavailable-or-ineffective',
          [Q.internalFlight]: 'no-safe-alternative',
        },
      })
      .expect(201);
    expect(extreme.body.level).toBe('extreme');
    expect(await escalated()).toMatchObject({ version: 2, level: 'extreme' });
  });

  it('escalates a Venezuelan with no past harm in an open PASEE: UNHCR advises against returns', async () => {
    const caseId = await openCase('VE');
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: limaHoursAgo(3),
        source: 'acta policial (demo)',
      })
      .expect(201);
    const assessed = await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: {
          [Q.nationality]: 'VE',
          [Q.destinationCountry]: 'VE',
          [Q.forumCountry]: 'PE',
          [Q.harmOrThreats]: false,
          [Q.removalProcedure]: 'pasee',
        },
      })
      .expect(201);
    // Nothing in the answers but the destination: the country profile alone makes it high.
    expect(assessed.body.level).toBe('high');
    expect(assessed.body.reasons[0]).toMatchObject({
      ruleId: 'returns-advised-against',
      profileFacts: ['VE.returns.advisedAgainst:unhcr-ven-2019'],
    });
    const list = (await supervisor.get('/api/risk/escalations').expect(200)).body as {
      caseId: string;
      level: string;
    }[];
    expect(list.find((e) => e.caseId === caseId)).toMatchObject({ level: 'high' });
  });

  it('does not escalate high risk without a removal clock', async () => {
    const caseId = await openCase('VE');
    await paralegal
      .post(`/api/cases/${caseId}/risk-assessments`, {
        destination: 'VE',
        answers: { ...VENEZUELAN_HIGH, [Q.removalProcedure]: 'ordinary' },
      })
      .expect(201);
    const list = (await supervisor.get('/api/risk/escalations').expect(200)).body as {
      caseId: string;
    }[];
    expect(list.map((e) => e.caseId)).not.toContain(caseId);
    expect((await paralegal.get(`/api/cases/${caseId}/risk-escalation`).expect(200)).body).toEqual({
      escalated: false,
      escalation: null,
    });
    await tijuana.get(`/api/cases/${caseId}/risk-escalation`).expect(404);
  });
});
