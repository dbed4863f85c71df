// Deadlines before any case exists: the rule catalogue with its gaps, previews counted on the
// office's calendars (holidays plus the closure days a supervisor records), and 400s that name
// the field at fault.
import type { DeadlinePreviewResponse } from '@amparo/contracts';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const PASEE = { jurisdiction: 'PE', procedure: 'pasee-expulsion' };
/** Notified Friday 4 December 2026: 3 días hábiles skip 8 and 9 December → Friday 11 December. */
const RECONSIDERATION = {
  ...PASEE,
  eventType: 'sanction-notification',
  occurredAt: '2026-12-04T09:00:00-05:00',
};

describe('deadlines API', () => {
  let api: TestApi;
  let supervisor: string;
  let paralegal: string;
  let tijuanaSupervisor: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    supervisor = (await login(api, 'supervisor@lima.example')).accessToken;
    paralegal = (await login(api, 'paralegal@lima.example')).accessToken;
    tijuanaSupervisor = (await login(api, 'supervisor@tijuana.example')).accessToken;
  });
  afterAll(() => api.close());

  const as = (token: string) => asBearer(api, token);
  const ruleOf = (body: DeadlinePreviewResponse[], ruleId: string) =>
    body.find((deadline) => deadline.ruleId === ruleId);
  const reconsiderationDue = async (token: string) => {
    const { body } = await as(token).post('/api/deadlines/preview', RECONSIDERATION).expect(200);
    return ruleOf(body, 'pe.pasee.reconsideration');
  };

  it('lists the whole catalogue with citations, statuses, urgent rules and the gaps', async () => {
    const { body } = await as(paralegal).get('/api/rules').expect(200);
    expect(body.jurisdictions.map((j: { jurisdiction: string }) => j.jurisdiction)).toEqual([
      'PE',
      'US',
      'MX',
      'DO',
      'PA',
      'CR',
    ]);
    const peru = body.jurisdictions[0];
    expect(peru.rules.find((r: { id: string }) => r.id === 'pe.pasee.decision')).toMatchObject({
      title: { en: expect.any(String), es: expect.any(String) },
      period: { en: '24 hours' },
      latestPeriod: { en: '48 hours' },
      status: 'secondary',
      source: expect.stringContaining('peru21.pe'),
      citation: expect.stringContaining('DL 1582'),
      urgent: true,
      reviewedBy: 'Amparo rule-pack review (issue 16)',
      reviewedOn: '2026-12-07',
    });
    expect(peru.rules.find((r: { id: string }) => r.id === 'pe.habeas-corpus')).toMatchObject({
      noPeriod: 'immediate',
      urgent: true,
      status: 'verified',
    });
    expect(peru.gaps.map((g: { id: string }) => g.id)).toEqual(
      expect.arrayContaining(['pe.pasee.descargos', 'pe.refugee.application']),
    );
    // The appeal ships as a flagged default (the general 15 días hábiles), not as a gap.
    expect(peru.rules.find((r: { id: string }) => r.id === 'pe.pasee.appeal')).toMatchObject({
      period: { en: '15 business days' },
      status: 'unverified',
    });
    expect(peru.rules.find((r: { id: string }) => r.id === 'pe.amparo')).toMatchObject({
      sourceUrl: expect.stringMatching(/^https:\/\//),
      excerpt: expect.stringContaining('sesenta días hábiles'),
    });
    for (const gap of peru.gaps) expect(gap).toMatchObject({ status: 'not_found' });
    const statuses = new Set(
      body.jurisdictions.flatMap((j: { rules: { status: string }[] }) =>
        j.rules.map((r) => r.status),
      ),
    );
    expect([...statuses].sort()).toEqual(['secondary', 'unverified', 'verified']);
  });

  it('previews a PASEE retention: 24 h, with the 48 h reading as the latest, on Lima clock', async () => {
    const { body } = await as(paralegal)
      .post('/api/deadlines/preview', {
        ...PASEE,
        eventType: 'police-retention',
        occurredAt: '2026-07-28T21:10:00-05:00',
      })
      .expect(200);
    expect(ruleOf(body, 'pe.pasee.decision')).toMatchObject({
      title: { en: 'PASEE must end (expulsion may be decided and executed)' },
      dueAt: '2026-07-30T02:10:00.000Z',
      dueAtLocal: '2026-07-29T21:10:00.000-05:00[America/Lima]',
      latestDueAt: '2026-07-31T02:10:00.000Z',
      timeZone: 'America/Lima',
      status: 'secondary',
      urgent: true,
      basis: { en: expect.stringContaining('24 hours'), es: expect.any(String) },
      citation: expect.stringContaining('DL 1582'),
    });
    expect(ruleOf(body, 'pe.pasee.police-report')).toMatchObject({
      dueAt: '2026-07-29T14:10:00.000Z',
    });
    expect(ruleOf(body, 'pe.habeas-corpus')).toMatchObject({ kind: 'immediate', urgent: true });
    expect(ruleOf(body, 'pe.habeas-corpus')).not.toHaveProperty('dueAt');
  });

  it('rolls a US BIA appeal due on Christmas forward to Monday 28 December', async () => {
    const { body } = await as(paralegal)
      .post('/api/deadlines/preview', {
        jurisdiction: 'US',
        procedure: 'removal-proceedings',
        eventType: 'ij-decision-oral',
        occurredAt: '2026-11-25T10:00:00-05:00',
      })
      .expect(200);
    expect(body).toEqual([
      expect.objectContaining({
        ruleId: 'us.bia-appeal',
        dueDate: '2026-12-28',
        dueAt: '2026-12-29T04:59:59.999Z',
        timeZone: 'America/New_York',
        status: 'verified',
        basis: expect.objectContaining({ en: expect.stringContaining('2026-12-25') }),
      }),
    ]);
  });

  it("moves a business-day deadline over a supervisor's closure day, and back when removed", async () => {
    expect(await reconsiderationDue(paralegal)).toMatchObject({ dueDate: '2026-12-11' });

    const added = await as(supervisor)
      .post('/api/calendars/closures', {
        calendar: 'PE',
        date: '2026-12-10',
        reason: 'Día no laborable (sector público)',
      })
      .expect(201);
    expect(added.body).toMatchObject({
      calendar: 'PE',
      date: '2026-12-10',
      reason: 'Día no laborable (sector público)',
      version: 1,
    });
    const moved = await reconsiderationDue(paralegal);
    expect(moved).toMatchObject({ dueDate: '2026-12-14' });
    expect(moved?.basis.en).toContain('Día no laborable (sector público)');

    // Only this office's calendar: Tijuana counts as before and does not see the closure.
    const elsewhere = await as(tijuanaSupervisor)
      .post('/api/deadlines/preview', RECONSIDERATION)
      .expect(200);
    expect(ruleOf(elsewhere.body, 'pe.pasee.reconsideration')).toMatchObject({
      dueDate: '2026-12-11',
    });
    expect((await as(tijuanaSupervisor).get('/api/calendars/closures').expect(200)).body).toEqual(
      [],
    );
    await as(tijuanaSupervisor).delete(`/api/calendars/closures/${added.body.id}`).expect(404);

    const listed = await as(supervisor).get('/api/calendars/closures').expect(200);
    expect(listed.body.map((c: { id: string }) => c.id)).toEqual([added.body.id]);
    const calendar = await as(paralegal)
      .get('/api/calendars/holidays?country=PE&year=2026')
      .expect(200);
    expect(calendar.body.days).toEqual(
      expect.arrayContaining([
        {
          date: '2026-12-08',
          kind: 'holiday',
          name: expect.objectContaining({ es: expect.any(String) }),
        },
        {
          date: '2026-12-10',
          kind: 'closure',
          name: {
            en: 'Día no laborable (sector público)',
            es: 'Día no laborable (sector público)',
          },
          calendar: 'PE',
          closureId: added.body.id,
        },
      ]),
    );

    await as(supervisor).delete(`/api/calendars/closures/${added.body.id}`).expect(204);
    expect(await reconsiderationDue(paralegal)).toMatchObject({ dueDate: '2026-12-11' });
    await as(supervisor).delete(`/api/calendars/closures/${added.body.id}`).expect(404);

    const audit = await asOwner<{ action: string; record_id: string; actor_user_id: string }>(
      api,
      LIMA,
      `SELECT action, record_id, actor_user_id FROM audit_entries
        WHERE record_type = 'calendar_closure' ORDER BY seq`,
    );
    expect(audit.map((entry) => [entry.action, entry.record_id])).toEqual([
      ['record.created', added.body.id],
      ['record.deleted', added.body.id],
    ]);
  });

  it("closes COMAR's calendar only for the rules that count on it", async () => {
    const revision = {
      jurisdiction: 'MX',
      procedure: 'comar-refugee-claim',
      eventType: 'comar-resolution-notification',
      occurredAt: '2026-09-10T12:00:00-06:00',
    };
    const before = await as(paralegal).post('/api/deadlines/preview', revision).expect(200);
    expect(ruleOf(before.body, 'mx.comar.revision')).toMatchObject({ dueDate: '2026-10-02' });
    const added = await as(supervisor)
      .post('/api/calendars/closures', {
        calendar: 'MX-COMAR',
        date: '2026-09-21',
        reason: 'COMAR: día inhábil',
      })
      .expect(201);
    const after = await as(paralegal).post('/api/deadlines/preview', revision).expect(200);
    expect(ruleOf(after.body, 'mx.comar.revision')).toMatchObject({ dueDate: '2026-10-05' });
    const duplicate = await as(supervisor)
      .post('/api/calendars/closures', { calendar: 'MX-COMAR', date: '2026-09-21', reason: 'x' })
      .expect(409);
    expect(duplicate.body.code).toBe('CALENDAR_CLOSURE_EXISTS');
    await as(supervisor).delete(`/api/calendars/closures/${added.body.id}`).expect(204);
  });

  it('refuses closure days to anyone but supervisors, and nonsense to supervisors', async () => {
    const denied = await as(paralegal)
      .post('/api/calendars/closures', { calendar: 'PE', date: '2026-12-10', reason: 'x' })
      .expect(403);
    expect(denied.body.code).toBe('PERMISSION_DENIED');
    await as(paralegal).get('/api/calendars/closures').expect(403);

    const unknown = await as(supervisor)
      .post('/api/calendars/closures', { calendar: 'PE-MARS', date: '2026-12-10', reason: 'x' })
      .expect(400);
    expect(unknown.body).toMatchObject({ code: 'CALENDAR_UNKNOWN' });
    expect(unknown.body.details[0].field).toBe('calendar');
    const badDate = await as(supervisor)
      .post('/api/calendars/closures', { calendar: 'PE', date: '2026-02-30', reason: 'x' })
      .expect(400);
    expect(badDate.body.details.map((d: { field: string }) => d.field)).toContain('date');
    // Stored trimmed, a reason of spaces alone broke the column's constraint: a 500.
    const blank = await as(supervisor)
      .post('/api/calendars/closures', { calendar: 'PE', date: '2026-12-10', reason: '  ' })
      .expect(400);
    expect(blank.body.details).toEqual([
      expect.objectContaining({ field: 'reason', message: 'reason must not be blank' }),
    ]);
    const badYear = await as(paralegal)
      .get('/api/calendars/holidays?country=XX&year=20x6')
      .expect(400);
    expect(new Set(badYear.body.details.map((d: { field: string }) => d.field))).toEqual(
      new Set(['country', 'year']),
    );
  });

  it.each([
    ['jurisdiction', { jurisdiction: 'XX' }, 'DEADLINE_UNKNOWN_JURISDICTION'],
    ['procedure', { procedure: 'ordinary-deportation' }, 'DEADLINE_UNKNOWN_PROCEDURE'],
    ['eventType', { eventType: 'lunch' }, 'DEADLINE_UNKNOWN_EVENT_TYPE'],
    ['occurredAt', { occurredAt: '2026-12-04T09:00:00' }, 'DEADLINE_OCCURRED_AT_WITHOUT_OFFSET'],
    ['occurredAt', { occurredAt: 'yesterday' }, 'DEADLINE_OCCURRED_AT_INVALID'],
    [
      'occurredAt',
      { occurredAt: '2099-01-01T00:00:00Z' },
      'DEADLINE_OCCURRED_AT_TOO_FAR_IN_FUTURE',
    ],
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }, 'DEADLINE_INVALID_TIME_ZONE'],
    ['occurredAt', { occurredAt: undefined }, 'VALIDATION_FAILED'],
    ['jurisdiction', { jurisdiction: 42 }, 'VALIDATION_FAILED'],
  ])('answers 400 naming %s for %j', async (field, change, code) => {
    const response = await as(paralegal)
      .post('/api/deadlines/preview', { ...RECONSIDERATION, ...change })
      .expect(400);
    expect(response.body.code).toBe(code);
    expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });
});
