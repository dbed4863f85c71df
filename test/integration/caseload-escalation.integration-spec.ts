// Escalated cases top the caseload's urgency ranking (issue 6: "it tops the caseload"), each row
// says whether it is escalated, and the SQL that decides it agrees with GET /api/risk/escalations
// for every kind of removal clock.
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import {
  asBearer,
  asOwner,
  LIMA,
  login,
  recordDeadlinesAt,
  withDemoData,
} from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

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

interface Row {
  id: string;
  escalated: boolean;
  riskLevel: string | null;
}

describe('escalated cases in the caseload', () => {
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

  async function open(familyNames: string, jurisdiction = 'PE', procedure = 'pasee-expulsion') {
    const client = await paralegal
      .post('/api/clients', { givenNames: 'Escalada', familyNames, acknowledgeDuplicates: true })
      .expect(201);
    const matter = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction,
        procedure,
        leadAttorneyId: attorneyId,
        // A US case runs on its immigration court's clock: it names the court.
        ...(jurisdiction === 'US' ? { forumId: 'us-eoir-el-paso' } : {}),
      })
      .expect(201);
    return { clientId: client.body.id as string, caseId: matter.body.id as string };
  }

  /**
   * A police retention `hoursAgo`, entered now unless `recordedHoursAgo` says when the office
   * recorded it (a clock that ended before it was recorded is history, not overdue).
   */
  const retain = async (caseId: string, hoursAgo: number, recordedHoursAgo?: number) => {
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      })
      .expect(201);
    if (recordedHoursAgo !== undefined) await recordDeadlinesAt(api, caseId, recordedHoursAgo);
  };

  /** A stored assessment with the given level and structured answers (scoring is tested elsewhere). */
  const assess = (
    matter: { caseId: string; clientId: string },
    level: string,
    answers: object = {},
    version = 1,
  ) =>
    asOwner(
      api,
      LIMA,
      `INSERT INTO risk_assessments (organization_id, case_id, client_id, destination_country, instrument_version,
         rules_version, version, answers, level, reasons, pathways, urgency, advisories, urgent)
       VALUES ($1, $2, $3, 'VE', 'test', 'test', $4, $5, $6, '[]', '[]', '{}', '[]', true)`,
      [LIMA, matter.caseId, matter.clientId, version, JSON.stringify(answers), level],
    );

  const caseload = async (query: string): Promise<Row[]> =>
    (await attorney.get(`/api/cases?q=escalada&limit=200${query}`).expect(200)).body.rows;
  const escalations = async (): Promise<string[]> =>
    ((await supervisor.get('/api/risk/escalations').expect(200)).body as { caseId: string }[]).map(
      (e) => e.caseId,
    );

  it('lists escalated cases first, marks them, and agrees with the escalations list', async () => {
    // Extreme risk, no removal clock: first by risk alone, but not escalated.
    const extreme = await open('Extrema (demo)');
    await assess(extreme, 'extreme');
    // High risk in an open PASEE (retained 2 h ago): escalated, so above the extreme one.
    const pasee = await open('Pasee (demo)');
    await retain(pasee.caseId, 2);
    const scored = await paralegal
      .post(`/api/cases/${pasee.caseId}/risk-assessments`, {
        destination: 'VE',
        answers: VENEZUELAN_HIGH,
      })
      .expect(201);
    expect(scored.body.level).toBe('high');
    // No risk, the soonest deadline (retained 20 h ago, recorded in time).
    const soon = await open('Pronto (demo)');
    await retain(soon.caseId, 20, 19);
    // High risk, the PASEE retention (recorded in time) is older than 48 h: no escalation window
    // is left, but the authority's passed limits are openings, overdue.
    const closed = await open('Cerrada (demo)');
    await retain(closed.caseId, 60, 59);
    await assess(closed, 'high');
    // High risk in US expedited removal: always a clock.
    const expedited = await open('Expedita (demo)', 'US', 'expedited-removal');
    await assess(expedited, 'high');
    // Answered "removal within 10 hours" (escalated) and "within 100 hours" (not: over 72).
    const tenHours = await open('Diez (demo)');
    await assess(tenHours, 'extreme', { [Q.hoursUntilRemoval]: 10 });
    const hundredHours = await open('Cien (demo)');
    await assess(hundredHours, 'extreme', { [Q.hoursUntilRemoval]: 100 });
    // Moderate risk with an open clock: not grave enough.
    const moderate = await open('Moderada (demo)');
    await retain(moderate.caseId, 1);
    await assess(moderate, 'moderate');
    // Escalated by version 1, but the latest version (2) is low: no longer.
    const lowered = await open('Rebajada (demo)', 'US', 'expedited-removal');
    await assess(lowered, 'extreme');
    await assess(lowered, 'low', {}, 2);

    const all = [
      extreme,
      pasee,
      soon,
      closed,
      expedited,
      tenHours,
      hundredHours,
      moderate,
      lowered,
    ];
    const rows = await caseload('');
    expect(rows).toHaveLength(all.length);
    const flagged = rows.filter((row) => row.escalated).map((row) => row.id);
    expect(new Set(flagged)).toEqual(new Set([pasee.caseId, expedited.caseId, tenHours.caseId]));
    const listed = await escalations();
    for (const { caseId } of all) {
      expect({ caseId, escalated: listed.includes(caseId) }).toEqual({
        caseId,
        escalated: flagged.includes(caseId),
      });
    }
    // Escalated first (the one with a clock running, then extreme before high); then the clocks,
    // overdue first (the PASEE retentions of 60 h and 20 h ago, whose police reports fell due
    // 48 h and 8 h ago after they were recorded: openings, the older first), then running (retained 1 h ago); then by risk and
    // deadline (the two extreme cases without a deadline tie, and then go by id).
    const tied = [extreme.caseId, hundredHours.caseId].sort();
    expect(rows.map((row) => row.id)).toEqual([
      pasee.caseId,
      tenHours.caseId,
      expedited.caseId,
      closed.caseId,
      soon.caseId,
      moderate.caseId,
      ...tied,
      lowered.caseId,
    ]);
    expect(rows.slice(0, 3).every((row) => row.escalated)).toBe(true);
    expect(rows.slice(3).some((row) => row.escalated)).toBe(false);

    // Keyset pages of two walk the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { rows: Row[]; nextCursor: string | null } } = await attorney
        .get(`/api/cases?q=escalada&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      paged.push(...page.body.rows.map((row) => row.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(rows.map((row) => row.id));

    // The flag is on every sort; only the urgency ranking pins.
    const bySoonest = await caseload('&sort=next-deadline');
    expect(bySoonest[0].id).toBe(closed.caseId); // its PASEE deadlines fell due long ago
    expect(bySoonest.find((row) => row.id === pasee.caseId)?.escalated).toBe(true);

    // A supervisor's acknowledgement takes the PASEE case out of the pinned group.
    await supervisor
      .post(`/api/risk/escalations/${pasee.caseId}/acknowledge`, {
        reason: 'Habeas corpus presentado (demo)',
      })
      .expect(200);
    const after = await caseload('');
    expect(after.find((row) => row.id === pasee.caseId)?.escalated).toBe(false);
    expect(after.map((row) => row.id).slice(0, 6)).toEqual([
      tenHours.caseId,
      expedited.caseId,
      closed.caseId,
      soon.caseId,
      pasee.caseId, // its clock (police report in about 10 h) before the moderate case's (11 h)
      moderate.caseId,
    ]);
    expect(await escalations()).not.toContain(pasee.caseId);
    // A new retention changes the clock: pinned again, as in the escalations list.
    await retain(pasee.caseId, 1);
    expect((await caseload('')).slice(0, 2).map((row) => row.id)).toEqual([
      pasee.caseId,
      tenHours.caseId,
    ]);
    expect(await escalations()).toContain(pasee.caseId);
  });

  it('reads the answered removal time from its clear column, set when a screening is saved', async () => {
    // Through the API: the answers are sealed, the hours alone stay in clear for the rule.
    const screen = async (familyNames: string, hours: number) => {
      const matter = await open(familyNames);
      const scored = await paralegal
        .post(`/api/cases/${matter.caseId}/risk-assessments`, {
          destination: 'VE',
          answers: { ...VENEZUELAN_HIGH, [Q.hoursUntilRemoval]: hours },
        })
        .expect(201);
      expect(['high', 'extreme']).toContain(scored.body.level);
      const [stored] = await asOwner<{ hours: number | null; answers: string | null }>(
        api,
        LIMA,
        `SELECT hours_until_removal AS hours, answers::text AS answers
           FROM risk_assessments WHERE id = $1`,
        [scored.body.id],
      );
      expect(stored).toEqual({ hours, answers: null });
      return matter.caseId;
    };
    const soon = await screen('Treinta Horas (demo)', 30.5);
    const later = await screen('Noventa Horas (demo)', 90);

    const rows = (await caseload('')).filter((row) => [soon, later].includes(row.id));
    const flags = Object.fromEntries(rows.map((row) => [row.id, row.escalated]));
    expect(flags).toEqual({ [soon]: true, [later]: false });
    const listed = await escalations();
    expect([listed.includes(soon), listed.includes(later)]).toEqual([true, false]);
    const clock = await supervisor.get(`/api/cases/${soon}/risk-escalation`).expect(200);
    expect(clock.body.escalation.clocks.map((c: { source: string }) => c.source)).toContain(
      'removal-hours-answer',
    );
  });

  // The trigger reads the touched cases set-wise (migration 1763900180000); each column must
  // still equal its definition, case by case, on every case the tests above wrote.
  it("keeps every case's urgency columns equal to their per-case definitions", async () => {
    const FIRST = 'coalesce(d.override_due_at, d.due_at)';
    const LAST = 'coalesce(d.override_due_at, d.latest_due_at, d.due_at)';
    const live = `d.case_id = k.id AND d.status IN ('open', 'overridden', 'missed')
      AND d.kind = 'due' AND d.urgent AND ${FIRST} IS NOT NULL AND ${LAST} >= d.created_at`;
    const differing = await asOwner<{ id: string }>(
      api,
      LIMA,
      `SELECT k.id FROM cases k
        WHERE (k.next_due_at, k.clock_due_at, k.clock_end_at, k.risk_level, k.escalation)
              IS DISTINCT FROM (
          coalesce((SELECT min(${FIRST}) FROM case_deadlines d
                     WHERE d.case_id = k.id AND d.status IN ('open', 'overridden')), 'infinity'),
          coalesce((SELECT min(${FIRST}) FROM case_deadlines d WHERE ${live}), 'infinity'),
          coalesce((SELECT min(${LAST}) FROM case_deadlines d WHERE ${live}), 'infinity'),
          (SELECT r.level FROM risk_assessments r WHERE r.case_id = k.id
            ORDER BY r.version DESC LIMIT 1),
          case_escalation_window(k.id, k.jurisdiction, k.procedure, k.archived_at, now()))`,
    );
    const [{ cases, escalated }] = await asOwner<{ cases: number; escalated: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE NOT isempty(escalation))::int
              AS escalated FROM cases`,
    );
    expect(escalated).toBeGreaterThan(0);
    expect(cases).toBeGreaterThan(escalated);
    expect(differing).toEqual([]);
  });
});
