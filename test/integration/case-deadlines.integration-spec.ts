// Deadlines on cases end to end: an event starts its clocks, a corrected time moves them with
// history, a judge's override survives, attorneys complete, supervisors waive, and a past-due
// open deadline reads missed; another office gets 404 and a stale version 409.
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

interface Deadline {
  id: string;
  ruleId: string;
  status: string;
  dueAt: string | null;
  latestDueAt: string | null;
  effectiveDueAt: string | null;
  overridden: boolean;
  version: number;
  history: { change: string; dueAt: string | null; reason?: string }[];
}

describe('deadlines on cases', () => {
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

  async function openCase(lead: string | null = attorneyId): Promise<string> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Yorgelis',
        familyNames: `Caraballo (demo ${Math.random().toString(36).slice(2, 8)})`,
        nationalities: ['VE'],
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        ...(lead ? { leadAttorneyId: lead } : {}),
        custodyStatus: 'detained',
      })
      .expect(201);
    return opened.body.id;
  }

  /** A whole minute some hours ago, as the API is sent it (UTC). */
  function hoursAgo(hours: number): Date {
    const at = new Date(Date.now() - hours * HOUR);
    at.setUTCSeconds(0, 0);
    return at;
  }

  async function deadlinesOf(caseId: string): Promise<Deadline[]> {
    return (await attorney.get(`/api/cases/${caseId}/deadlines`).expect(200)).body;
  }

  const decisionOf = async (caseId: string): Promise<Deadline> =>
    (await deadlinesOf(caseId)).find((d) => d.ruleId === 'pe.pasee.decision') as Deadline;

  it('a police retention starts the PASEE clock: 24 h, possibly 48 h, in America/Lima', async () => {
    const caseId = await openCase();
    const retained = hoursAgo(2);
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained.toISOString(),
      })
      .expect(201);
    const deadlines = await deadlinesOf(caseId);
    expect(deadlines.map((d) => d.ruleId).sort()).toEqual([
      'pe.habeas-corpus',
      'pe.pasee.decision',
      'pe.pasee.police-report',
    ]);
    const decision = deadlines.find((d) => d.ruleId === 'pe.pasee.decision');
    expect(decision).toMatchObject({
      status: 'open',
      dueAt: new Date(retained.getTime() + 24 * HOUR).toISOString(),
      latestDueAt: new Date(retained.getTime() + 48 * HOUR).toISOString(),
      timeZone: 'America/Lima',
      ruleStatus: 'secondary',
      urgent: true,
      overridden: false,
      version: 1,
    });
    expect(decision).toHaveProperty('basis.en', expect.any(String));
    expect(decision).toHaveProperty('citation', expect.stringContaining('DL 1582'));
    const habeas = deadlines.find((d) => d.ruleId === 'pe.habeas-corpus');
    expect(habeas).toMatchObject({ kind: 'immediate', dueAt: null, ruleStatus: 'verified' });

    // Supervisors read every case; another office gets 404.
    await supervisor.get(`/api/cases/${caseId}/deadlines`).expect(200);
    const tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
    await tijuana.get(`/api/cases/${caseId}/deadlines`).expect(404);
    await tijuana
      .post(`/api/deadlines/${(decision as Deadline).id}/waive`, { reason: 'x', version: 1 })
      .expect(404);
  });

  it('correcting the retention time moves the deadline, keeps history, and an override survives', async () => {
    const caseId = await openCase();
    const retained = hoursAgo(3);
    const event = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained.toISOString(),
      })
      .expect(201);
    const earlier = new Date(retained.getTime() - HOUR);
    await attorney
      .patch(`/api/cases/${caseId}/events/${event.body.id}`, {
        occurredAt: earlier.toISOString(),
        reason: 'hora según el acta (demo)',
        version: 1,
      })
      .expect(200);
    const moved = await decisionOf(caseId);
    expect(moved.dueAt).toBe(new Date(earlier.getTime() + 24 * HOUR).toISOString());
    expect(moved.history).toEqual([
      expect.objectContaining({
        change: 'recomputed',
        dueAt: new Date(retained.getTime() + 24 * HOUR).toISOString(),
        reason: 'hora según el acta (demo)',
      }),
    ]);

    // A judge's order sets another time; it survives a later correction and stays flagged.
    const ordered = new Date(Date.now() + 72 * HOUR);
    ordered.setUTCSeconds(0, 0);
    await paralegal
      .post(`/api/deadlines/${moved.id}/override`, {
        dueAt: ordered.toISOString(),
        reason: 'x',
        version: moved.version,
      })
      .expect(403);
    const overridden = await attorney
      .post(`/api/deadlines/${moved.id}/override`, {
        dueAt: ordered.toISOString(),
        reason: 'Resolución judicial 123-2026 (demo)',
        version: moved.version,
      })
      .expect(200);
    expect(overridden.body).toMatchObject({
      status: 'overridden',
      overridden: true,
      effectiveDueAt: ordered.toISOString(),
      override: { reason: 'Resolución judicial 123-2026 (demo)' },
    });
    await attorney
      .patch(`/api/cases/${caseId}/events/${event.body.id}`, {
        occurredAt: retained.toISOString(),
        reason: 'second correction (demo)',
        version: 2,
      })
      .expect(200);
    const after = await decisionOf(caseId);
    expect(after).toMatchObject({
      status: 'overridden',
      overridden: true,
      dueAt: new Date(retained.getTime() + 24 * HOUR).toISOString(),
      effectiveDueAt: ordered.toISOString(),
    });
    expect(after.history.map((h) => h.change)).toEqual(['recomputed', 'overridden', 'recomputed']);

    // A stale version is refused with the current record.
    const stale = await attorney
      .post(`/api/deadlines/${after.id}/complete`, { version: overridden.body.version })
      .expect(409);
    expect(stale.body.code).toBe('DEADLINE_VERSION_CONFLICT');
    expect(stale.body.details[0].current).toMatchObject({ id: after.id, version: after.version });
  });

  it('attorneys complete, paralegals may not, supervisors waive with a reason; completion chains', async () => {
    const caseId = await openCase();
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: hoursAgo(1).toISOString(),
      })
      .expect(201);
    const deadlines = await deadlinesOf(caseId);
    const reconsideration = deadlines.find(
      (d) => d.ruleId === 'pe.pasee.reconsideration',
    ) as Deadline;
    const habeas = deadlines.find((d) => d.ruleId === 'pe.habeas-corpus') as Deadline;

    await paralegal
      .post(`/api/deadlines/${reconsideration.id}/complete`, { version: 1 })
      .expect(403);
    await paralegal
      .post(`/api/deadlines/${habeas.id}/waive`, { reason: 'x', version: 1 })
      .expect(403);
    await attorney
      .post(`/api/deadlines/${habeas.id}/waive`, { reason: 'x', version: 1 })
      .expect(403);

    const met = await attorney
      .post(`/api/deadlines/${reconsideration.id}/complete`, {
        note: 'presentado en mesa de partes (demo)',
        version: 1,
      })
      .expect(200);
    expect(met.body).toMatchObject({ status: 'met', completion: { note: expect.any(String) } });
    const timeline = await attorney.get(`/api/cases/${caseId}/events`).expect(200);
    expect(timeline.body.map((e: { eventType: string }) => e.eventType)).toContain(
      'reconsideration-filed',
    );
    await attorney
      .post(`/api/deadlines/${reconsideration.id}/complete`, { version: met.body.version })
      .expect(409);

    await supervisor.post(`/api/deadlines/${habeas.id}/waive`, { version: 1 }).expect(400);
    const waived = await supervisor
      .post(`/api/deadlines/${habeas.id}/waive`, {
        reason: 'filed by another organization (demo)',
        version: 1,
      })
      .expect(200);
    expect(waived.body).toMatchObject({
      status: 'waived',
      waiver: { reason: 'filed by another organization (demo)' },
    });
    const audit = await supervisor.get(`/api/deadlines`).expect(200);
    expect(audit.body.map((d: Deadline) => d.id)).toContain(habeas.id);
  });

  it("the caseload's next deadline follows completion and a judge's override", async () => {
    const caseId = await openCase();
    const retained = hoursAgo(3);
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: retained.toISOString(),
      })
      .expect(201);
    /** The case's caseload row when its next deadline falls within `hours`, else undefined. */
    const rowWithin = async (hours: number) => {
      const page = await attorney
        .get(`/api/cases?deadlineWithinHours=${hours}&sort=next-deadline&limit=200`)
        .expect(200);
      return (
        page.body.rows as { id: string; nextDeadline: { ruleId: string; dueAt: string } | null }[]
      ).find((row) => row.id === caseId);
    };
    const report = new Date(retained.getTime() + 12 * HOUR).toISOString();
    expect((await rowWithin(10))?.nextDeadline).toMatchObject({
      ruleId: 'pe.pasee.police-report',
      dueAt: report,
    });

    const policeReport = (await deadlinesOf(caseId)).find(
      (d) => d.ruleId === 'pe.pasee.police-report',
    ) as Deadline;
    await attorney
      .post(`/api/deadlines/${policeReport.id}/complete`, { version: policeReport.version })
      .expect(200);
    expect(await rowWithin(10)).toBeUndefined();
    expect((await rowWithin(22))?.nextDeadline).toMatchObject({
      ruleId: 'pe.pasee.decision',
      dueAt: new Date(retained.getTime() + 24 * HOUR).toISOString(),
    });

    // A judge's order moves the decision: still pending, at the ordered time.
    const ordered = new Date(Date.now() + 72 * HOUR);
    ordered.setUTCSeconds(0, 0);
    const decision = await decisionOf(caseId);
    await attorney
      .post(`/api/deadlines/${decision.id}/override`, {
        dueAt: ordered.toISOString(),
        reason: 'Resolución judicial 456-2026 (demo)',
        version: decision.version,
      })
      .expect(200);
    expect(await rowWithin(22)).toBeUndefined();
    expect((await rowWithin(80))?.nextDeadline).toMatchObject({
      ruleId: 'pe.pasee.decision',
      dueAt: ordered.toISOString(),
    });
  });

  it("reads the office's miss, an authority's opening and history apart, and lists only misses", async () => {
    const caseId = await openCase();
    await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: hoursAgo(60).toISOString(),
      })
      .expect(201);
    const readingOf = async (ruleId: string) => {
      const found = (await deadlinesOf(caseId)).find((d) => d.ruleId === ruleId) as Deadline & {
        state: string;
        party: string;
      };
      return { id: found.id, status: found.status, state: found.state, party: found.party };
    };
    const missedIds = async () =>
      ((await supervisor.get(`/api/deadlines?status=missed`).expect(200)).body as Deadline[]).map(
        (d) => d.id,
      );
    // Entered 60 h after the retention: both clocks had ended before they were recorded.
    const history = await readingOf('pe.pasee.decision');
    expect(history).toMatchObject({
      status: 'open',
      state: 'passed-before-recorded',
      party: 'authority',
    });
    expect(await missedIds()).not.toContain(history.id);

    // Had they been recorded at the retention, the PASEE's end passing is an opening, not a miss.
    await asOwner(
      api,
      LIMA,
      `UPDATE case_deadlines SET created_at = now() - interval '61 hours' WHERE case_id = $1`,
      [caseId],
    );
    expect(await readingOf('pe.pasee.decision')).toMatchObject({
      status: 'open',
      state: 'opening',
    });
    expect(await missedIds()).not.toContain(history.id);

    // The same clock owed by the office is its miss, listed for the office and the attorney only.
    await asOwner(api, LIMA, `UPDATE case_deadlines SET party = 'defense' WHERE case_id = $1`, [
      caseId,
    ]);
    const decision = await readingOf('pe.pasee.decision');
    expect(decision).toMatchObject({ status: 'missed', state: 'missed' });
    expect(await missedIds()).toContain(decision.id);
    const mine = await attorney.get(`/api/deadlines?assignee=${attorneyId}`).expect(200);
    expect(mine.body.map((d: Deadline) => d.id)).toContain(decision.id);
    const tijuana = asBearer(api, (await login(api, 'supervisor@tijuana.example')).accessToken);
    const theirs = await tijuana.get(`/api/deadlines?status=missed`).expect(200);
    expect(theirs.body.map((d: Deadline) => d.id)).not.toContain(decision.id);
  });

  it('lists across cases only what the member may read, between the dates asked', async () => {
    const retained = async (caseId: string) =>
      paralegal
        .post(`/api/cases/${caseId}/events`, {
          eventType: 'police-retention',
          occurredAt: hoursAgo(4).toISOString(),
        })
        .expect(201);
    const led = await openCase();
    const unled = await openCase(null);
    await retained(led);
    await retained(unled);
    // Police report due in about 8 h, the PASEE decision in about 20 h: ask for 10 h to 30 h.
    const window = `dueAfter=${encodeURIComponent(new Date(Date.now() + 10 * HOUR).toISOString())}&dueBefore=${encodeURIComponent(new Date(Date.now() + 30 * HOUR).toISOString())}`;
    const idsOf = (body: (Deadline & { caseId: string })[], caseId: string) =>
      body.filter((d) => d.caseId === caseId).map((d) => d.ruleId);

    const mine = (await attorney.get(`/api/deadlines?${window}`).expect(200)).body;
    expect(idsOf(mine, led)).toEqual(['pe.pasee.decision']);
    // A case of the office the attorney is not on stays out of their list.
    expect(idsOf(mine, unled)).toEqual([]);
    const office = (await supervisor.get(`/api/deadlines?${window}`).expect(200)).body;
    expect(idsOf(office, unled)).toEqual(['pe.pasee.decision']);
    expect(office.find((d: { caseId: string }) => d.caseId === led)).toMatchObject({
      caseReference: expect.any(String),
      leadAttorneyId: attorneyId,
    });

    // Without dates the supervisor's view is the audit view: both clocks fall within 48 hours,
    // and the hábeas corpus, urgent with no period, is listed too.
    const audit = (await supervisor.get('/api/deadlines').expect(200)).body;
    expect(idsOf(audit, unled).sort()).toEqual([
      'pe.habeas-corpus',
      'pe.pasee.decision',
      'pe.pasee.police-report',
    ]);
    await supervisor.get('/api/deadlines?dueAfter=tomorrow').expect(400);
  });

  it('pages the deadlines across cases by keyset, the next page in the Link header', async () => {
    // Every deadline of the office this year, at once and then two at a time.
    const year = `dueAfter=${encodeURIComponent('2020-01-01T00:00:00Z')}&dueBefore=${encodeURIComponent('2030-01-01T00:00:00Z')}`;
    const whole = await supervisor.get(`/api/deadlines?${year}`).expect(200);
    expect(whole.headers['link']).toBeUndefined(); // all of it fits the default page
    const all = (whole.body as { id: string }[]).map((d) => d.id);
    expect(all.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let next: string | undefined = `/api/deadlines?${year}&limit=2`;
    let pages = 0;
    while (next) {
      const page = await supervisor.get(next).expect(200);
      expect(page.body.length).toBeLessThanOrEqual(2);
      walked.push(...(page.body as { id: string }[]).map((d) => d.id));
      const link = page.headers['link'] as string | undefined;
      next = link ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined;
      if (link) expect(next).toMatch(/^\/api\/deadlines\?.*dueAfter=.*limit=2.*cursor=/);
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(walked).toEqual(all);

    const refused = await supervisor.get('/api/deadlines?cursor=not-one-we-gave').expect(400);
    expect(refused.body.details[0].field).toBe('cursor');
    await supervisor.get('/api/deadlines?limit=0').expect(400);
    await supervisor.get('/api/deadlines?limit=2001').expect(400);
  });
});
