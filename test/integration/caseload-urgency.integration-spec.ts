// Urgency means "who may be removed soonest" (issue 22; the rule is in docs/api-cases.md):
// escalated cases, then open removal or detention clocks by time left (overdue first, the detained
// before the others), then the gravest risk, then the next deadline. A hand-built caseload with
// one case for each step of the rule, listed whole and page by page.
import type { CaseloadDeadline } from '@amparo/contracts';
import { readDeadline } from '@amparo/domain';
import { escalatedSql } from '../../apps/api/src/app/risk/escalation.sql';
import {
  asBearer,
  asOwner,
  LIMA,
  login,
  recordDeadlinesAt,
  withDemoData,
} from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const ESCALATED_NOW = escalatedSql('c', 'latest');

interface Row {
  id: string;
  escalated: boolean;
  riskLevel: string | null;
  custodyStatus: string;
  deadlines: CaseloadDeadline[];
}

/** What the row itself shows: a removal or detention clock that reads missed or an opening. */
const showsOverdue = (row: Row): boolean =>
  row.deadlines.some(
    (deadline) =>
      deadline.kind === 'due' &&
      deadline.urgent &&
      ['missed', 'opening'].includes(readDeadline(deadline, Date.now()).state),
  );

describe('the caseload by urgency', () => {
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

  interface Matter {
    clientId: string;
    caseId: string;
  }

  async function open(
    familyNames: string,
    custodyStatus: 'detained' | 'at_liberty',
    procedure = 'pasee-expulsion',
  ): Promise<Matter> {
    const client = await paralegal
      .post('/api/clients', { givenNames: 'Urgencia', familyNames, acknowledgeDuplicates: true })
      .expect(201);
    const matter = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure,
        custodyStatus,
        leadAttorneyId: attorneyId,
      })
      .expect(201);
    return { clientId: client.body.id as string, caseId: matter.body.id as string };
  }

  /**
   * A police retention `hoursAgo`: the PASEE police report (the authority's) falls due 12 h after
   * it, the PASEE decision between 24 h and 48 h after it. Entered now, unless `recordedHoursAgo`
   * says when the office recorded it (a clock that ended before it was recorded is history).
   */
  const retain = async (matter: Matter, hoursAgo: number, recordedHoursAgo?: number) => {
    await paralegal
      .post(`/api/cases/${matter.caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      })
      .expect(201);
    if (recordedHoursAgo !== undefined)
      await recordDeadlinesAt(api, matter.caseId, recordedHoursAgo);
  };

  /** A stored screening of the given level (scoring is tested elsewhere). */
  const assess = (matter: Matter, level: string, version = 1) =>
    asOwner(
      api,
      LIMA,
      `INSERT INTO risk_assessments (organization_id, case_id, client_id, destination_country, instrument_version,
         rules_version, version, answers, level, reasons, pathways, urgency, advisories, urgent)
       VALUES ($1, $2, $3, 'VE', 'test', 'test', $4, '{}', $5, '[]', '[]', '{}', '[]', true)`,
      [LIMA, matter.caseId, matter.clientId, version, level],
    );

  const caseload = async (query = ''): Promise<Row[]> =>
    (await attorney.get(`/api/cases?q=urgencia&limit=200${query}`).expect(200)).body.rows;

  it('ranks escalated cases, then clocks (overdue, detained first, by time left), then risk, then the next deadline', async () => {
    // Time left and "overdue" as readDeadline reads each clock: recorded in time, a passed
    // authority's limit is an opening (overdue); a range counts to its latest end once its
    // earliest passed; a clock that ended before it was recorded is history, no clock at all.
    // Built in an order unrelated to the expected one.
    const nothing = await open('Nada (demo)', 'at_liberty', 'refugee-claim');
    const highNoClock = await open('Alta Sin Reloj (demo)', 'detained', 'refugee-claim');
    await assess(highNoClock, 'high');
    const runningFree7 = await open('Libre Siete (demo)', 'at_liberty');
    await retain(runningFree7, 5); // police report in 7 h
    const overdueFree = await open('Vencida Libre (demo)', 'at_liberty');
    await retain(overdueFree, 40, 39); // recorded in time; police report passed 28 h ago: opening
    // Entered now, 40 h after the retention: the police report is history, the PASEE decision's
    // earliest reading passed before it was recorded and its latest is 8 h ahead: not overdue.
    const lateEntryFree = await open('Registro Tardio Libre (demo)', 'at_liberty');
    await retain(lateEntryFree, 40);
    // Recorded 13 h after the retention (the police report was already history); 30 h later the
    // decision's earliest reading has passed, its latest is 18 h ahead: running, detained.
    const rangeDetained = await open('Rango Detenida (demo)', 'detained');
    await retain(rangeDetained, 30, 17);
    const escalated = await open('Escalada (demo)', 'at_liberty');
    await retain(escalated, 2); // police report in 10 h, extreme: escalated
    await assess(escalated, 'extreme');
    const runningDetained = await open('Detenida Corriendo (demo)', 'detained');
    await retain(runningDetained, 1); // police report in 11 h
    await assess(runningDetained, 'low');
    // Darwin's case in issue 22: detained, moderate risk (never escalates), the police report
    // passed 18 h ago and the PASEE's earliest reading 6 h ago, its latest still open.
    const darwin = await open('Detenida Vencida (demo)', 'detained');
    await retain(darwin, 30, 29);
    await assess(darwin, 'moderate');
    const runningFree11 = await open('Libre Once (demo)', 'at_liberty');
    await retain(runningFree11, 1); // police report in 11 h
    const moderateNoClock = await open('Moderada Sin Reloj (demo)', 'at_liberty', 'refugee-claim');
    await assess(moderateNoClock, 'moderate');
    // Was extreme, now low (the latest screening counts).
    const lowered = await open('Rebajada (demo)', 'at_liberty', 'refugee-claim');
    await assess(lowered, 'extreme');
    await assess(lowered, 'low', 2);

    const expected = [
      escalated, // escalated
      darwin, // overdue clock (an opening), detained, moderate risk
      overdueFree, // overdue clock (an opening), at liberty
      runningDetained, // running clock, detained (11 h left, yet before the 7 h at liberty)
      rangeDetained, // running clock, detained, 18 h left on the decision's latest reading
      runningFree7, // running clock, at liberty, 7 h left
      lateEntryFree, // running clock, at liberty, 8 h left on the latest (the history ignored)
      runningFree11, // running clock, at liberty, 11 h left
      highNoClock, // no clock: high risk
      moderateNoClock, // moderate
      lowered, // low
      nothing, // no screening
    ].map((matter) => matter.caseId);
    const rows = await caseload();
    expect(rows.map((row) => row.id)).toEqual(expected);
    expect(rows.map((row) => row.escalated)).toEqual(expected.map((_, i) => i === 0));
    // Where a row sorts and what it shows come from the one rule: the overdue rows are exactly
    // those whose deadlines read as a miss or an opening.
    expect(rows.filter(showsOverdue).map((row) => row.id)).toEqual([
      darwin.caseId,
      overdueFree.caseId,
    ]);
    expect(rows.find((row) => row.id === lowered.caseId)?.riskLevel).toBe('low');
    expect(rows.find((row) => row.id === darwin.caseId)?.riskLevel).toBe('moderate');

    // The same order page by page, for the attorney and for a supervisor (the whole office).
    for (const member of [attorney, supervisor]) {
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { rows: Row[]; nextCursor: string | null } } = await member
          .get(`/api/cases?q=urgencia&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200);
        paged.push(...page.body.rows.map((row) => row.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(expected);
    }

    // The risk filter reads the same stored level.
    const low = await caseload('&risk=low');
    expect(low.map((row) => row.id)).toEqual([runningDetained.caseId, lowered.caseId]);

    // Completing the overdue police report and waiving the PASEE decision closes Darwin's clocks:
    // he drops to the risk part of the ranking, in the same transaction as the change.
    const deadlines = (await attorney.get(`/api/cases/${darwin.caseId}/deadlines`).expect(200))
      .body as { id: string; kind: string; urgent: boolean; version: number }[];
    for (const deadline of deadlines.filter((d) => d.kind === 'due' && d.urgent)) {
      await supervisor
        .post(`/api/deadlines/${deadline.id}/waive`, {
          reason: 'Liberado por orden judicial (demo)',
          version: deadline.version,
        })
        .expect(200);
    }
    const after = (await caseload()).map((row) => row.id);
    // Among the moderate cases now: after every clock and the high one, before the low one.
    expect(after.slice(0, 8)).toEqual([
      escalated.caseId,
      overdueFree.caseId,
      runningDetained.caseId,
      rangeDetained.caseId,
      runningFree7.caseId,
      lateEntryFree.caseId,
      runningFree11.caseId,
      highNoClock.caseId,
    ]);
    expect(after.indexOf(darwin.caseId)).toBeLessThan(after.indexOf(lowered.caseId));

    // A supervisor's acknowledgement unpins the escalated case; its clock still counts.
    await supervisor
      .post(`/api/risk/escalations/${escalated.caseId}/acknowledge`, {
        reason: 'Hábeas corpus presentado (demo)',
      })
      .expect(200);
    const acknowledged = await caseload();
    expect(acknowledged.find((row) => row.id === escalated.caseId)?.escalated).toBe(false);
    expect(acknowledged.slice(0, 7).map((row) => row.id)).toEqual([
      overdueFree.caseId,
      runningDetained.caseId,
      rangeDetained.caseId,
      runningFree7.caseId,
      lateEntryFree.caseId,
      escalated.caseId, // police report in 10 h
      runningFree11.caseId,
    ]);
  });

  it("keeps every case's stored escalation equal to the escalation rule, whatever wrote the records", async () => {
    // Records written through the API, by SQL (screenings above), acknowledged, waived: for every
    // case of the office, "escalated now" from the stored span is the rule's SQL form now.
    const grave = await open('Grave (demo)', 'detained');
    await assess(grave, 'high');
    await retain(grave, 3);
    const disagreeing = await asOwner<{ id: string; stored: boolean; rule: boolean }>(
      api,
      LIMA,
      `SELECT c.id, c.escalation @> now() AS stored, ${ESCALATED_NOW} AS rule
         FROM cases c
         LEFT JOIN LATERAL (SELECT r.id, r.level, r.hours_until_removal, r.created_at
                              FROM risk_assessments r WHERE r.case_id = c.id
                             ORDER BY r.version DESC LIMIT 1) latest ON true
        WHERE c.escalation @> now() IS DISTINCT FROM ${ESCALATED_NOW}`,
    );
    expect(disagreeing).toEqual([]);
    const [{ escalatedNow }] = await asOwner<{ escalatedNow: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS "escalatedNow" FROM cases c WHERE c.id = $1 AND c.escalation @> now()`,
      [grave.caseId],
    );
    expect(escalatedNow).toBe(1);
  });
});
