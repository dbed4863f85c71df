// A paralegal's correction of an event's time that would move, reopen or start a clock waits for
// an attorney of the case: nothing moves, the attorney is told; confirming applies it (history
// kept, the paralegal told), declining leaves everything as it was. A correction that moves no
// clock, and any attorney's own correction, apply at once.
import { aCase } from './support/case-builder';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

interface Deadline {
  id: string;
  ruleId: string;
  status: string;
  dueAt: string | null;
  history: { change: string }[];
}

describe('corrections that move clocks wait for an attorney', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let otherAttorney: ReturnType<typeof asBearer>;
  let paralegalId: string;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    const paralegalSession = await login(api, 'paralegal@lima.example');
    paralegal = asBearer(api, paralegalSession.accessToken);
    paralegalId = paralegalSession.user.id;
    const attorneySession = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, attorneySession.accessToken);
    attorneyId = attorneySession.user.id;
    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    await admin
      .post('/api/users', {
        email: 'other-attorney@lima.example',
        name: 'Otra Abogada (test)',
        roles: ['attorney'],
      })
      .expect(201);
    await asOwner(
      api,
      LIMA,
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE email = 'attorney@lima.example')
        WHERE email = 'other-attorney@lima.example'`,
    );
    otherAttorney = asBearer(api, (await login(api, 'other-attorney@lima.example')).accessToken);
  });
  afterAll(() => api.close());

  /** A detained person's case the paralegal works, retained `hours` ago. */
  async function retained(hours: number) {
    const opened = await aCase(paralegal)
      .detainedInPeru()
      .ledBy(attorneyId)
      .retainedHoursAgo(hours)
      .open();
    const retention = opened.retention as NonNullable<typeof opened.retention>;
    const event = (await paralegal.get(`/api/cases/${opened.caseId}/events`).expect(200)).body[0];
    return { caseId: opened.caseId, event, retainedAt: retention.occurredAt };
  }

  const deadlines = async (caseId: string): Promise<Deadline[]> =>
    (await attorney.get(`/api/cases/${caseId}/deadlines`).expect(200)).body;
  const noticesOf = (userId: string, kind: string) =>
    asOwner<{ title: { en: string }; data: Record<string, string> }>(
      api,
      LIMA,
      `SELECT title, data FROM notifications WHERE user_id = $1 AND kind = $2`,
      [userId, kind],
    );

  it("keeps a paralegal's clock-moving correction waiting, and tells the attorney", async () => {
    const { caseId, event, retainedAt } = await retained(3);
    const before = await deadlines(caseId);
    const earlier = new Date(retainedAt.getTime() - 2 * HOUR);
    const asked = await paralegal
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: earlier.toISOString(),
        reason: 'El acta dice dos horas antes (test)',
        version: event.version,
      })
      .expect(202);
    expect(asked.body).toMatchObject({
      occurredAt: event.occurredAt,
      version: event.version,
      revisions: [],
      pendingCorrection: {
        status: 'pending',
        occurredAt: earlier.toISOString(),
        requestedBy: paralegalId,
        reason: 'El acta dice dos horas antes (test)',
      },
    });
    const decision = before.find((d) => d.ruleId === 'pe.pasee.decision') as Deadline;
    expect(asked.body.pendingCorrection.moves).toContainEqual(
      expect.objectContaining({
        deadlineId: decision.id,
        ruleId: 'pe.pasee.decision',
        change: 'moves',
        from: expect.objectContaining({ dueAt: decision.dueAt }),
        to: expect.objectContaining({
          dueAt: new Date(earlier.getTime() + 24 * HOUR).toISOString(),
        }),
      }),
    );
    // Nothing moved; the timeline shows what waits.
    expect(await deadlines(caseId)).toEqual(before);
    const timeline = await paralegal.get(`/api/cases/${caseId}/events`).expect(200);
    expect(timeline.body[0].pendingCorrection.id).toBe(asked.body.pendingCorrection.id);
    const told = await noticesOf(attorneyId, 'event.correction-requested');
    expect(told.map((notice) => notice.data['requestId'])).toContain(
      asked.body.pendingCorrection.id,
    );
    expect(JSON.stringify(told)).not.toContain('dos horas');
  });

  it('applies the waiting correction when an attorney of the case confirms it', async () => {
    const { caseId, event, retainedAt } = await retained(3);
    const earlier = new Date(retainedAt.getTime() - HOUR);
    const { body: asked } = await paralegal
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: earlier.toISOString(),
        reason: 'Hora del acta (test)',
        version: event.version,
      })
      .expect(202);
    const request = asked.pendingCorrection;
    await paralegal
      .post(`/api/event-corrections/${request.id}/confirm`, { version: request.version })
      .expect(403);
    await otherAttorney
      .post(`/api/event-corrections/${request.id}/confirm`, { version: request.version })
      .expect(404);
    const stale = await attorney
      .post(`/api/event-corrections/${request.id}/confirm`, { version: request.version + 1 })
      .expect(409);
    expect(stale.body.code).toBe('EVENT_CORRECTION_VERSION_CONFLICT');

    const confirmed = await attorney
      .post(`/api/event-corrections/${request.id}/confirm`, {
        version: request.version,
        note: 'Revisado con el acta (test)',
      })
      .expect(200);
    expect(confirmed.body).toMatchObject({
      occurredAt: earlier.toISOString(),
      version: event.version + 1,
      pendingCorrection: null,
      revisions: [expect.objectContaining({ reason: 'Hora del acta (test)' })],
    });
    const decision = (await deadlines(caseId)).find(
      (d) => d.ruleId === 'pe.pasee.decision',
    ) as Deadline;
    expect(decision.dueAt).toBe(new Date(earlier.getTime() + 24 * HOUR).toISOString());
    expect(decision.history.map((entry) => entry.change)).toEqual(['recomputed']);
    const told = await noticesOf(paralegalId, 'event.correction-decided');
    expect(told.map((notice) => notice.data['requestId'])).toContain(request.id);
    const again = await attorney
      .post(`/api/event-corrections/${request.id}/decline`, { version: request.version + 1 })
      .expect(409);
    expect(again.body.code).toBe('EVENT_CORRECTION_DECIDED');
  });

  it('leaves the event as it was when the attorney declines', async () => {
    const { caseId, event, retainedAt } = await retained(3);
    const before = await deadlines(caseId);
    const { body: asked } = await paralegal
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: new Date(retainedAt.getTime() - HOUR).toISOString(),
        reason: 'Quizás antes (test)',
        version: event.version,
      })
      .expect(202);
    const declined = await attorney
      .post(`/api/event-corrections/${asked.pendingCorrection.id}/decline`, {
        version: asked.pendingCorrection.version,
        note: 'El acta no lo respalda (test)',
      })
      .expect(200);
    expect(declined.body).toMatchObject({
      occurredAt: event.occurredAt,
      version: event.version,
      pendingCorrection: null,
    });
    expect(await deadlines(caseId)).toEqual(before);
  });

  it("marks a missed clock's reopening as such", async () => {
    // The office's own clock (the reconsideración, 3 días hábiles), marked missed by the sweep; an
    // authority's limit that passed is an opening, never the office's miss, so it cannot reopen.
    const { caseId } = await retained(2);
    const notifiedAt = new Date(Date.now() - HOUR);
    const { body: event } = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'sanction-notification',
        occurredAt: notifiedAt.toISOString(),
      })
      .expect(201);
    await asOwner(
      api,
      LIMA,
      `UPDATE case_deadlines SET status = 'missed', due_at = now() - interval '1 minute',
              created_at = now() - interval '2 hours'
        WHERE case_id = $1 AND rule_id = 'pe.pasee.reconsideration'`,
      [caseId],
    );
    const { body: asked } = await paralegal
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: new Date(notifiedAt.getTime() + 30 * 60_000).toISOString(),
        reason: 'La notificación fue después (test)',
        version: event.version,
      })
      .expect(202);
    expect(asked.pendingCorrection.moves).toContainEqual(
      expect.objectContaining({ ruleId: 'pe.pasee.reconsideration', change: 'reopens' }),
    );
  });

  it("applies an attorney's own correction at once, and it supersedes what waited", async () => {
    const { caseId, event, retainedAt } = await retained(3);
    const { body: asked } = await paralegal
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: new Date(retainedAt.getTime() - HOUR).toISOString(),
        reason: 'Una hora antes (test)',
        version: event.version,
      })
      .expect(202);
    const direct = await attorney
      .patch(`/api/cases/${caseId}/events/${event.id}`, {
        occurredAt: new Date(retainedAt.getTime() - 30 * 60_000).toISOString(),
        reason: 'Media hora antes, según el acta (test)',
        version: event.version,
      })
      .expect(200);
    expect(direct.body.pendingCorrection).toBeNull();
    const moot = await attorney
      .post(`/api/event-corrections/${asked.pendingCorrection.id}/confirm`, {
        version: asked.pendingCorrection.version,
      })
      .expect(409);
    expect(moot.body.code).toBe('EVENT_CORRECTION_VERSION_CONFLICT');
    expect(moot.body.details[0].current.status).toBe('superseded');
  });

  it("applies a paralegal's correction that moves no clock at once", async () => {
    const { caseId } = await retained(3);
    const filed = await paralegal
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'habeas-corpus-filed',
        occurredAt: new Date(Date.now() - HOUR).toISOString(),
      })
      .expect(201);
    const corrected = await paralegal
      .patch(`/api/cases/${caseId}/events/${filed.body.id}`, {
        occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        reason: 'Se presentó antes (test)',
        version: filed.body.version,
      })
      .expect(200);
    expect(corrected.body).toMatchObject({ version: 2, pendingCorrection: null });
  });
});
