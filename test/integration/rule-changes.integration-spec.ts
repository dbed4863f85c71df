// Deadlines computed under rule packs 1.0.0 (as the demo data and existing installations have
// them) are recomputed under 1.1.0: the date before stays in history with the reason, the case's
// attorneys get a rule-change notice with both dates, supervisors see it until an attorney
// acknowledges it, and running it again (or on two instances at once) changes nothing more.
import { RuleChangeRecomputation } from '../../apps/api/src/app/rule-changes/rule-change-recompute.service';
import { seedDemoCases } from '../../apps/api/src/app/seed/demo-cases.seed';
import { RULE_PACK_CHANGELOG, shippedRulePacks } from '@amparo/domain';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const DAY = 24 * 3_600_000;

interface DeadlineRow {
  id: string;
  rule_id: string;
  pack_version: string;
  status: string;
  due_at: Date | null;
  override_due_at: Date | null;
  history: { change: string; dueAt: string | null; status: string; reason?: string }[];
}

interface NoticeRow {
  deadline_id: string;
  rule_id: string;
  from_version: string | null;
  to_version: string;
  outcome: string;
  due_before: Date | null;
  due_after: Date | null;
}

/**
 * The end of the local day `days` calendar days after `event`'s local date in Mexico City (no DST
 * since 2022: UTC-6), as 1.0.0 counted mx.amparo: 15 calendar days, trigger day excluded.
 */
function calendarDaysEnd(event: Date, days: number): Date {
  const local = new Date(event.getTime() - 6 * 3_600_000);
  const end = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days + 1);
  return new Date(end + 6 * 3_600_000 - 1);
}

describe('recomputing deadlines when a rule pack changes a rule', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let supervisor: ReturnType<typeof asBearer>;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    // The demo caseload too: the last test brings it from 1.0.0 to 1.1.0.
    expect(await seedDemoCases(api.app)).toBeGreaterThan(0);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const session = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, session.accessToken);
    attorneyId = session.user.id;
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
  });
  afterAll(() => api.close());

  const owner = <T>(sql: string, params: unknown[] = []) => asOwner<T>(api, LIMA, sql, params);
  const recompute = () => api.app.get(RuleChangeRecomputation).recompute(LIMA);
  const deadlinesOf = (caseId: string) =>
    owner<DeadlineRow>(
      `SELECT id, rule_id, pack_version, status, due_at, override_due_at, history
         FROM case_deadlines WHERE case_id = $1 ORDER BY rule_id`,
      [caseId],
    );
  const noticesOf = (caseId: string) =>
    owner<NoticeRow>(
      `SELECT deadline_id, rule_id, from_version, to_version, outcome, due_before, due_after
         FROM deadline_rule_changes WHERE case_id = $1 ORDER BY rule_id`,
      [caseId],
    );

  async function openCase(matter: Record<string, unknown>): Promise<string> {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Persona',
        familyNames: `Regla cambiada (test ${Math.random().toString(36).slice(2, 8)})`,
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const opened = await paralegal
      .post('/api/cases', { ...matter, clientId: client.body.id, leadAttorneyId: attorneyId })
      .expect(201);
    return opened.body.id as string;
  }

  async function record(caseId: string, eventType: string, occurredAt: Date): Promise<string> {
    const event = await paralegal
      .post(`/api/cases/${caseId}/events`, { eventType, occurredAt: occurredAt.toISOString() })
      .expect(201);
    return event.body.id as string;
  }

  it('reopens a Mexican amparo that 1.0.0 counted in calendar days and marked missed', async () => {
    // Notified 17 days ago: 15 calendar days (1.0.0) ran out two days ago; 15 días hábiles on
    // the Ley de Amparo's calendar (1.1.0) take at least 21 calendar days, so it is still open.
    const notifiedAt = new Date(Date.now() - 17 * DAY);
    notifiedAt.setUTCHours(16, 0, 0, 0);
    const caseId = await openCase({
      jurisdiction: 'MX',
      procedure: 'amparo',
      timeZone: 'America/Mexico_City',
    });
    await record(caseId, 'act-notification', notifiedAt);
    const [current] = (await deadlinesOf(caseId)).filter((d) => d.rule_id === 'mx.amparo');
    expect(current.pack_version).toBe('1.1.0');
    const underOld = calendarDaysEnd(notifiedAt, 15);
    expect(current.due_at?.getTime()).toBeGreaterThan(underOld.getTime() + 5 * DAY);
    // The deadline as 1.0.0 computed it, and as the sweep persisted it once it passed.
    await owner(
      `UPDATE case_deadlines SET pack_version = '1.0.0', due_at = $2, status = 'missed'
        WHERE id = $1`,
      [current.id, underOld],
    );

    const report = await recompute();
    expect(report).toMatchObject({ moved: 1, notices: 1, flagged: 0, leftForNextStart: 0 });
    const [after] = (await deadlinesOf(caseId)).filter((d) => d.rule_id === 'mx.amparo');
    expect(after).toMatchObject({ pack_version: '1.1.0', status: 'open' });
    expect(after.due_at?.toISOString()).toBe(current.due_at?.toISOString());
    // The date before, and why it moved, stay in the deadline's history.
    expect(after.history.at(-1)).toMatchObject({
      change: 'rule-changed',
      dueAt: underOld.toISOString(),
      status: 'missed',
      reason: expect.stringContaining('1.0.0 → 1.1.0: 15 días hábiles'),
    });
    expect(await noticesOf(caseId)).toEqual([
      {
        deadline_id: current.id,
        rule_id: 'mx.amparo',
        from_version: '1.0.0',
        to_version: '1.1.0',
        outcome: 'moved',
        due_before: underOld,
        due_after: current.due_at,
      },
    ]);

    // The lead attorney is told, with the dates before and after on the forum's clock.
    const inbox = (await attorney.get('/api/notifications?unread=true').expect(200)).body as {
      items: { kind: string; caseId: string; body: { en: string }; data: { outcome: string } }[];
    };
    const told = inbox.items.filter((n) => n.caseId === caseId);
    expect(told.map((n) => [n.kind, n.data.outcome])).toEqual([['deadline.rule-changed', 'moved']]);
    expect(told[0].body.en).toContain('the date moved. Before: ');
    expect(told[0].body.en).toContain('America/Mexico_City. Now: ');

    // Nothing more to do: a second run (a second start, another instance) changes nothing.
    expect(await recompute()).toMatchObject({ recomputed: 0, notices: 0, started: 0 });
    expect(await noticesOf(caseId)).toHaveLength(1);
  });

  it('flags a credible-fear review counted from the request: the rule now runs from the approval', async () => {
    const caseId = await openCase({
      jurisdiction: 'US',
      procedure: 'expedited-removal',
      forumId: 'us-eoir-el-paso',
    });
    const requestedAt = new Date(Date.now() - DAY);
    const eventId = await record(caseId, 'credible-fear-review-request', requestedAt);
    // 1.0.0 started the review's clock from the request (1.1.0 starts nothing from it).
    const due = new Date(requestedAt.getTime() + 7 * DAY);
    const [{ id }] = await owner<{ id: string }>(
      `INSERT INTO case_deadlines (organization_id, case_id, event_id, rule_id, pack_version, kind,
         title, due_at, time_zone, basis, citation, status_of_rule, urgent)
       VALUES ($1, $2, $3, 'us.credible-fear-review', '1.0.0', 'due',
         '{"en":"Credible fear review by an IJ","es":"Revisión del miedo creíble"}', $4,
         'America/Denver', '{"en":"7 days (1.0.0)","es":"7 días (1.0.0)"}', '8 CFR 1003.42(e)',
         'verified', false) RETURNING id`,
      [LIMA, caseId, eventId, due],
    );

    expect(await recompute()).toMatchObject({ flagged: 1, notices: 1, recomputed: 0 });
    const [kept] = await deadlinesOf(caseId);
    // Never dropped, never moved: kept at its date, still 1.0.0, with why in its history.
    expect(kept).toMatchObject({ id, pack_version: '1.0.0', status: 'open' });
    expect(kept.due_at?.toISOString()).toBe(due.toISOString());
    expect(kept.history.at(-1)?.reason).toContain('no longer runs from this event');
    expect((await noticesOf(caseId)).map((n) => [n.rule_id, n.outcome])).toEqual([
      ['us.credible-fear-review', 'no-longer-started'],
    ]);
    // Once flagged, it is not taken again.
    expect(await recompute()).toMatchObject({ flagged: 0, notices: 0 });
  });

  it("starts a new rule's running clock from an event already recorded, and says why", async () => {
    const caseId = await openCase({ jurisdiction: 'PE', procedure: 'pasee-expulsion' });
    await record(caseId, 'sanction-notification', new Date(Date.now() - 2 * 3_600_000));
    const computed = await deadlinesOf(caseId);
    expect(computed.map((d) => d.rule_id)).toEqual([
      'pe.habeas-corpus',
      'pe.pasee.appeal',
      'pe.pasee.reconsideration',
    ]);
    // As 1.0.0 left it: no appeal rule, the reconsideration computed under 1.0.0.
    await owner(`DELETE FROM case_deadlines WHERE case_id = $1 AND rule_id = 'pe.pasee.appeal'`, [
      caseId,
    ]);
    await owner(
      `UPDATE case_deadlines SET pack_version = '1.0.0' WHERE case_id = $1 AND rule_id = 'pe.pasee.reconsideration'`,
      [caseId],
    );

    const [first, second] = await Promise.all([recompute(), recompute()]);
    // Two instances at once: each deadline and each notice once, whichever took it.
    expect(first.started + second.started).toBe(1);
    expect(first.notices + second.notices).toBe(2);
    const after = await deadlinesOf(caseId);
    expect(after.map((d) => [d.rule_id, d.pack_version, d.status])).toEqual([
      ['pe.habeas-corpus', '1.1.0', 'open'],
      ['pe.pasee.appeal', '1.1.0', 'open'],
      ['pe.pasee.reconsideration', '1.1.0', 'open'],
    ]);
    // The reconsideration's date did not move (no Migraciones closure recorded), but its rule
    // changed (it now skips those closures): the attorney is told; the appeal is new.
    expect((await noticesOf(caseId)).map((n) => [n.rule_id, n.outcome, n.from_version])).toEqual([
      ['pe.pasee.appeal', 'starts', null],
      ['pe.pasee.reconsideration', 'unchanged', '1.0.0'],
    ]);
  });

  it('keeps a judge’s date as the one worked to, and recomputes the rule beneath it', async () => {
    const caseId = await openCase({ jurisdiction: 'PE', procedure: 'pasee-expulsion' });
    await record(caseId, 'sanction-notification', new Date(Date.now() - 3_600_000));
    const [reconsideration] = (await deadlinesOf(caseId)).filter(
      (d) => d.rule_id === 'pe.pasee.reconsideration',
    );
    const order = new Date(Date.now() + 10 * DAY);
    await owner(
      `UPDATE case_deadlines SET pack_version = '1.0.0', status = 'overridden',
         override_due_at = $2, override_reason = 'Orden del juez (test)', overridden_at = now()
        WHERE id = $1`,
      [reconsideration.id, order],
    );
    await recompute();
    const [after] = (await deadlinesOf(caseId)).filter(
      (d) => d.rule_id === 'pe.pasee.reconsideration',
    );
    expect(after).toMatchObject({ pack_version: '1.1.0', status: 'overridden' });
    expect(after.override_due_at?.toISOString()).toBe(order.toISOString());
    const notices = (await attorney.get(`/api/cases/${caseId}/rule-changes`).expect(200)).body as {
      ruleId: string;
      overrideDueAt: string | null;
    }[];
    expect(notices.find((n) => n.ruleId === 'pe.pasee.reconsideration')?.overrideDueAt).toBe(
      order.toISOString(),
    );
  });

  it('lists pending notices for supervisors until an attorney of the case acknowledges each', async () => {
    const pending = async () =>
      (await supervisor.get('/api/deadline-rule-changes').expect(200)).body as {
        items: { id: string; ruleId: string; caseReference: string; outcome: string }[];
        total: number;
      };
    const before = await pending();
    expect(before.total).toBeGreaterThanOrEqual(5);
    const amparo = before.items.find((n) => n.ruleId === 'mx.amparo');
    expect(amparo).toMatchObject({ outcome: 'moved', caseReference: expect.any(String) });
    if (!amparo) throw new Error('no amparo notice');

    // Only an attorney of the case acknowledges (supervisors and paralegals may not).
    await supervisor.post(`/api/deadline-rule-changes/${amparo.id}/acknowledge`).expect(403);
    await paralegal.post(`/api/deadline-rule-changes/${amparo.id}/acknowledge`).expect(403);
    const done = await attorney
      .post(`/api/deadline-rule-changes/${amparo.id}/acknowledge`, {
        note: 'Plazo revisado: el amparo se presenta el lunes (test)',
      })
      .expect(200);
    expect(done.body.acknowledgement).toMatchObject({
      by: attorneyId,
      note: 'Plazo revisado: el amparo se presenta el lunes (test)',
    });
    const again = await attorney
      .post(`/api/deadline-rule-changes/${amparo.id}/acknowledge`)
      .expect(409);
    expect(again.body.code).toBe('RULE_CHANGE_ALREADY_ACKNOWLEDGED');

    const after = await pending();
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((n) => n.id)).not.toContain(amparo.id);
    const all = (await supervisor.get('/api/deadline-rule-changes?status=all').expect(200))
      .body as { items: { id: string }[] };
    expect(all.items.map((n) => n.id)).toContain(amparo.id);
    await supervisor.get('/api/deadline-rule-changes?status=some').expect(400);

    const trail = await owner<{ record_id: string }>(
      `SELECT record_id FROM audit_entries WHERE record_type = 'deadline_rule_change'`,
    );
    expect(trail.map((t) => t.record_id)).toEqual([amparo.id]);
  });

  it('brings the demo caseload, as 1.0.0 seeded it, to the current packs in one start', async () => {
    // The office as an installation seeded before 1.1.0 has it: every deadline under 1.0.0, and
    // none of the rules 1.1.0 added.
    const added = RULE_PACK_CHANGELOG.flatMap((release) =>
      release.changes.filter((c) => c.kind === 'added').map((c) => c.ruleId),
    );
    await owner(`DELETE FROM case_deadlines WHERE rule_id = ANY($1::text[])`, [added]);
    await owner(`UPDATE case_deadlines SET pack_version = '1.0.0'`);

    const report = await recompute();
    expect(report.leftForNextStart).toBe(0);
    expect(report.recomputed).toBeGreaterThan(5);
    // Every deadline still to be worked carries its pack's current version, or was flagged with a
    // notice naming that version.
    const current = Object.fromEntries(
      shippedRulePacks()
        .all()
        .map((pack) => [pack.jurisdiction.toLowerCase(), pack.version]),
    );
    const stale = await owner<{ rule_id: string }>(
      `SELECT d.rule_id FROM case_deadlines d JOIN cases c ON c.id = d.case_id
         JOIN jsonb_each_text($1::jsonb) AS v(prefix, version)
           ON v.prefix = split_part(d.rule_id, '.', 1)
        WHERE c.archived_at IS NULL AND d.status IN ('open', 'overridden', 'missed')
          AND d.pack_version <> v.version
          AND NOT EXISTS (SELECT 1 FROM deadline_rule_changes r
                           WHERE r.deadline_id = d.id AND r.to_version = v.version)`,
      [JSON.stringify(current)],
    );
    expect(stale).toEqual([]);
    // Met and waived deadlines keep the version that produced them.
    const kept = await owner<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_deadlines
        WHERE status IN ('met', 'waived') AND pack_version <> '1.0.0'`,
    );
    expect(kept[0].n).toBe(0);
    expect(await recompute()).toMatchObject({ recomputed: 0, started: 0, notices: 0 });
  });
});
