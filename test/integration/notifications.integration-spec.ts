// Reminders, missed deadlines and escalations end to end: the sweep (with the clock pinned) marks
// a past deadline missed as the system, sends each reminder once however often and however
// concurrently it runs, notifies escalations once, and e-mails them through a real SMTP server
// started here (smtp-server): the test receives the messages and reads them.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { TenantTransactions } from '../../apps/api/src/app/database/tenant-transactions';
import { Clock } from '../../apps/api/src/app/notifications/clock';
import { DeadlineSweepService } from '../../apps/api/src/app/notifications/deadline-sweep.service';
import { EmailOutboxService } from '../../apps/api/src/app/notifications/email-outbox.service';
import { NotificationSweepService } from '../../apps/api/src/app/notifications/notification-sweep.service';
import { RiskEscalationNotifier } from '../../apps/api/src/app/risk/risk-escalation-notifier.service';
import { asBearer, asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HOUR = 3_600_000;

interface Received {
  from: string;
  to: string[];
  raw: string;
}

interface Notice {
  id: string;
  kind: string;
  caseId: string | null;
  deadlineId: string | null;
  title: { en: string; es: string };
  data: Record<string, unknown>;
  readAt: string | null;
}

/** Quoted-printable and encoded-word decoding, enough to read what nodemailer wrote. */
function readable(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes = unfolded.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('notifications: reminders, missed deadlines, escalations, e-mail', () => {
  let api: TestApi;
  let smtp: SMTPServer;
  const inbox: Received[] = [];
  let paralegal: ReturnType<typeof asBearer>;
  let attorney: ReturnType<typeof asBearer>;
  let supervisor: ReturnType<typeof asBearer>;
  let attorneyId: string;
  let now = new Date();

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          inbox.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('latin1'),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    api = await startTestApi({
      config: {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: port,
        SMTP_FROM: 'Amparo Avisos <avisos@amparo.test>',
        // The test's relay offers no TLS (smtp-tls.integration-spec.ts tests TLS itself).
        SMTP_REQUIRE_TLS: false,
        AMPARO_PUBLIC_URL: 'https://amparo.test',
      },
    });
    await withDemoData(api);
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => new Date(now));
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const attorneySession = await login(api, 'attorney@lima.example');
    attorney = asBearer(api, attorneySession.accessToken);
    attorneyId = attorneySession.user.id;
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
  });
  afterAll(async () => {
    await api.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  const sweep = () => api.app.get(DeadlineSweepService).sweep(LIMA);
  const notices = async (who: ReturnType<typeof asBearer>, query = ''): Promise<Notice[]> =>
    (await who.get(`/api/notifications?limit=100${query}`).expect(200)).body.items;

  /**
   * A PASEE case retained at `retainedAt`. Both its dated clocks are the authority's (the police
   * report, the PASEE's end); `officeReport` makes the police report the office's own, so the
   * sweep's path for the office's misses can be driven by the same 12 h clock.
   */
  async function openRetainedCase(
    retainedAt: Date,
    { officeReport = true, custody }: { officeReport?: boolean; custody?: string } = {},
  ) {
    const client = await paralegal
      .post('/api/clients', {
        givenNames: 'Avisada',
        familyNames: `Notificación (demo ${Math.random().toString(36).slice(2, 8)})`,
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const matter = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
        ...(custody ? { custodyStatus: custody } : {}),
      })
      .expect(201);
    await paralegal
      .post(`/api/cases/${matter.body.id}/events`, {
        eventType: 'police-retention',
        occurredAt: retainedAt.toISOString(),
      })
      .expect(201);
    const deadlines = (await attorney.get(`/api/cases/${matter.body.id}/deadlines`).expect(200))
      .body as { id: string; ruleId: string }[];
    const idOf = (rule: string) => deadlines.find((d) => d.ruleId === rule)?.id as string;
    if (officeReport)
      await asOwner(api, LIMA, `UPDATE case_deadlines SET party = 'defense' WHERE id = $1`, [
        idOf('pe.pasee.police-report'),
      ]);
    return {
      caseId: matter.body.id as string,
      clientId: client.body.id as string,
      reference: matter.body.reference as string,
      decision: idOf('pe.pasee.decision'),
      report: idOf('pe.pasee.police-report'),
    };
  }

  it('persists a missed deadline as the system, reminds at 12 h and 6 h once each, and e-mails', async () => {
    const retained = new Date(Date.now() - HOUR);
    retained.setUTCSeconds(0, 0);
    const matter = await openRetainedCase(retained);

    // 10 h after the retention: nothing is due yet (the police report's 12 h reminder would be at 0 h).
    now = new Date(retained.getTime() + 10 * HOUR);
    // The police report (12 h) gets its 2 h reminder; the PASEE decision (24 h) none yet.
    const first = await sweep();
    expect(first).toEqual({ missed: 0, reminders: 2, openings: 0 });
    expect((await sweep()).reminders).toBe(0);

    // 13 h: the police report has passed (missed); the decision is 11 h away: its 12 h reminder.
    now = new Date(retained.getTime() + 13 * HOUR);
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.missed + b.missed).toBe(1);
    expect(a.reminders + b.reminders).toBe(2); // the attorney and the paralegal, once each
    expect(await sweep()).toEqual({ missed: 0, reminders: 0, openings: 0 });

    const [stored] = await asOwner<{ status: string; history: { change: string; by: null }[] }>(
      api,
      LIMA,
      `SELECT status, history FROM case_deadlines WHERE id = $1`,
      [matter.report],
    );
    expect(stored.status).toBe('missed');
    expect(stored.history.at(-1)).toMatchObject({ change: 'missed', by: null });
    const audit = await asOwner<{ actor_kind: string; details: Record<string, unknown> }>(
      api,
      LIMA,
      `SELECT actor_kind, details FROM audit_entries WHERE record_type = 'case_deadline' AND record_id = $1`,
      [matter.report],
    );
    // Created by the member's request; marked missed by the system, once.
    expect(audit.filter((entry) => entry.details['change'] === 'missed')).toEqual([
      expect.objectContaining({ actor_kind: 'system' }),
    ]);

    // 18 h 30: the decision is 5 h 30 away: the 6 h reminder, once.
    now = new Date(retained.getTime() + 18.5 * HOUR);
    expect((await sweep()).reminders).toBe(2);
    expect((await sweep()).reminders).toBe(0);

    const mine = (await notices(attorney)).filter((n) => n.caseId === matter.caseId);
    expect(mine.map((n) => `${n.kind}:${n.data['offsetHours'] ?? ''}`).sort()).toEqual([
      'deadline.missed:',
      'deadline.reminder:12',
      'deadline.reminder:2',
      'deadline.reminder:6',
    ]);
    expect(mine.find((n) => n.kind === 'deadline.missed')?.title.en).toMatch(
      new RegExp(`^Deadline missed: .+ \\(${matter.reference}\\)$`),
    );
    expect((await notices(paralegal)).filter((n) => n.caseId === matter.caseId)).toHaveLength(4);
    // Supervisors hear about the missed deadline, not the reminders.
    const office = (await notices(supervisor)).filter((n) => n.caseId === matter.caseId);
    expect(office.map((n) => n.kind)).toEqual(['deadline.missed']);

    // E-mail: every notice once, to its recipient, naming the case by reference, with a link.
    const outbox = api.app.get(EmailOutboxService);
    let report = await outbox.deliver(LIMA);
    while (report.sent === 25) report = await outbox.deliver(LIMA);
    expect((await outbox.deliver(LIMA)).sent).toBe(0);
    const toAttorney = inbox.filter(
      (m) => m.to.includes('attorney@lima.example') && readable(m.raw).includes(matter.reference),
    );
    expect(toAttorney).toHaveLength(4);
    const missedMail = readable(
      toAttorney.find((m) => readable(m.raw).includes('Deadline missed'))?.raw ?? '',
    );
    expect(missedMail).toContain('From: Amparo Avisos <avisos@amparo.test>');
    expect(missedMail).toContain('Plazo vencido');
    expect(missedMail).toContain(`https://amparo.test/cases/${matter.caseId}`);
    expect(missedMail).not.toContain('Avisada');
    const [{ pending }] = await asOwner<{ pending: string }>(
      api,
      LIMA,
      `SELECT count(*) AS pending FROM notifications WHERE email_status <> 'sent' AND case_id = $1`,
      [matter.caseId],
    );
    expect(Number(pending)).toBe(0);
  });

  it('notifies the lead attorney and supervisors once per escalation, read from the open deadline', async () => {
    now = new Date();
    const retained = new Date(Date.now() - 2 * HOUR);
    const matter = await openRetainedCase(retained);
    await paralegal
      .post(`/api/cases/${matter.caseId}/risk-assessments`, {
        destination: 'VE',
        answers: {
          [Q.nationality]: 'VE',
          [Q.destinationCountry]: 'VE',
          [Q.forumCountry]: 'PE',
          [Q.harmOrThreats]: true,
          [Q.harmTypes]: ['death-threat'],
          [Q.actors]: ['armed-group'],
          [Q.vulnerabilities]: ['detained'],
          [Q.removalProcedure]: 'pasee',
        },
      })
      .expect(201);
    const listed = (await supervisor.get('/api/risk/escalations').expect(200)).body as {
      caseId: string;
      clocks: { source: string; deadlineId?: string }[];
    }[];
    const escalation = listed.find((e) => e.caseId === matter.caseId);
    expect(escalation?.clocks).toContainEqual(
      expect.objectContaining({ source: 'open-deadline', deadlineId: matter.decision }),
    );
    // The retention has stored deadlines: the event-derived PASEE window is not counted twice.
    expect(escalation?.clocks.map((c) => c.source)).not.toContain('pasee-open');

    const notifier = api.app.get(RiskEscalationNotifier);
    const [x, y] = await Promise.all([notifier.notifyNew(LIMA), notifier.notifyNew(LIMA)]);
    expect(await notifier.notifyNew(LIMA)).toBe(0);
    const lead = (await notices(attorney)).filter(
      (n) => n.kind === 'risk.escalated' && n.caseId === matter.caseId,
    );
    const office = (await notices(supervisor)).filter(
      (n) => n.kind === 'risk.escalated' && n.caseId === matter.caseId,
    );
    expect(lead).toHaveLength(1);
    expect(office).toHaveLength(1);
    expect(x + y).toBeGreaterThanOrEqual(2);
    expect((await notices(paralegal)).some((n) => n.kind === 'risk.escalated')).toBe(false);

    // Acknowledged, then the clock changes (the retention time is corrected): a new escalation.
    await supervisor
      .post(`/api/risk/escalations/${matter.caseId}/acknowledge`, { reason: 'Visto (demo)' })
      .expect(200);
    expect(await notifier.notifyNew(LIMA)).toBe(0);
    const events = (await attorney.get(`/api/cases/${matter.caseId}/events`).expect(200)).body as {
      id: string;
      version: number;
    }[];
    const event = events.at(0);
    await attorney
      .patch(`/api/cases/${matter.caseId}/events/${event?.id}`, {
        occurredAt: new Date(retained.getTime() + 30 * 60_000).toISOString(),
        reason: 'hora del acta (demo)',
        version: event?.version,
      })
      .expect(200);
    expect(await notifier.notifyNew(LIMA)).toBeGreaterThanOrEqual(2);
  });

  it('lists the caller’s own notifications unread first, pages them, and marks them read', async () => {
    const all = await notices(attorney);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const target = all[all.length - 1];
    const read = await attorney.post(`/api/notifications/${target.id}/read`).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const after = await notices(attorney);
    expect(after.at(-1)?.id).toBe(target.id);
    expect(after.slice(0, -1).every((n) => n.readAt === null)).toBe(true);

    // Paging by two covers the same list, in the same order, without repeats.
    const paged: Notice[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Notice[]; nextCursor: string | null; unreadCount: number } } =
        await attorney
          .get(`/api/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200);
      paged.push(...page.body.items);
      expect(page.body.unreadCount).toBe(after.length - 1);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged.map((n) => n.id)).toEqual(after.map((n) => n.id));
    expect((await notices(attorney, '&unread=true')).map((n) => n.id)).not.toContain(target.id);

    // Someone else's notification is not found; a made-up cursor is a 400 naming it.
    const supervisorNotice = (await notices(supervisor))[0];
    await attorney.post(`/api/notifications/${supervisorNotice.id}/read`).expect(404);
    const bad = await attorney.get('/api/notifications?cursor=bm9wZQ').expect(400);
    expect(bad.body.details[0].field).toBe('cursor');
    await attorney.get('/api/notifications?limit=0').expect(400);

    const marked = await attorney.post('/api/notifications/read-all').expect(200);
    expect(marked.body.marked).toBe(after.length - 1);
    expect((await attorney.get('/api/notifications').expect(200)).body.unreadCount).toBe(0);
  });

  it('runs the whole pass per organization: missed, reminders, escalations, e-mail', async () => {
    const retained = new Date(Date.now() - HOUR);
    retained.setUTCSeconds(0, 0);
    const matter = await openRetainedCase(retained);
    now = new Date(retained.getTime() + 13 * HOUR);
    const sent = inbox.length;
    const report = await api.app.get(NotificationSweepService).run([LIMA, TIJUANA]);
    expect(report).toMatchObject({ organizations: 2, failedOrganizations: 0, emailFailures: 0 });
    expect(report.missed).toBeGreaterThanOrEqual(1);
    expect(report.reminders).toBeGreaterThanOrEqual(2);
    expect(report.emailed).toBe(inbox.length - sent);
    expect(inbox.slice(sent).some((m) => readable(m.raw).includes(matter.reference))).toBe(true);
    const again = await api.app.get(NotificationSweepService).run([LIMA, TIJUANA]);
    expect(again).toMatchObject({ missed: 0, reminders: 0, escalations: 0, emailed: 0 });
  });

  it('leaves the offices not yet swept for the next run once shutdown begins', async () => {
    const retained = new Date(Date.now() - HOUR);
    retained.setUTCSeconds(0, 0);
    await openRetainedCase(retained);
    now = new Date(retained.getTime() + 13 * HOUR);
    let asked = 0;
    // Shutdown begins while the first office is being swept.
    const report = await api.app
      .get(NotificationSweepService)
      .run([LIMA, TIJUANA], () => asked++ > 0);
    expect(report).toMatchObject({ organizations: 2, leftForNextRun: 1, failedOrganizations: 0 });
    expect(report.missed + report.reminders).toBeGreaterThanOrEqual(1);
    const next = await api.app.get(NotificationSweepService).run([LIMA, TIJUANA]);
    expect(next).toMatchObject({ leftForNextRun: 0, missed: 0, reminders: 0 });
  });

  it('works a backlog in short batches: every past deadline marked missed once', async () => {
    const retained = new Date(Date.now() - HOUR);
    retained.setUTCSeconds(0, 0);
    const matter = await openRetainedCase(retained);
    // A backlog of 130 more clocks on the case (copies of its police report under other rule ids).
    await asOwner(
      api,
      LIMA,
      `INSERT INTO case_deadlines
         SELECT (jsonb_populate_record(d, jsonb_build_object(
                   'id', gen_random_uuid(), 'rule_id', d.rule_id || '-copy-' || k))).*
           FROM case_deadlines d, generate_series(1, 130) AS k WHERE d.id = $1`,
      [matter.report],
    );
    const transactions = jest.spyOn(api.app.get(TenantTransactions), 'run');
    now = new Date(retained.getTime() + 60 * HOUR); // past every clock of the case
    const report = await sweep();
    // This case's report and its 130 copies (and whatever else passed by then); the PASEE's end
    // is the authority's limit: an opening, never marked missed.
    expect(report.missed).toBeGreaterThanOrEqual(131);
    // Batches of 50, each its own transaction (the last finds nothing more).
    expect(transactions.mock.calls.filter(([office]) => office === LIMA).length).toBeGreaterThan(3);
    transactions.mockRestore();
    expect((await sweep()).missed).toBe(0);
    const [left] = await asOwner<{ open: string }>(
      api,
      LIMA,
      `SELECT count(*) AS open FROM case_deadlines WHERE case_id = $1 AND status IN ('open', 'overridden')
          AND kind = 'due' AND party = 'defense'`,
      [matter.caseId],
    );
    expect(Number(left.open)).toBe(0);
  });

  it("tells an authority's passed limit as an opening: the team, and the supervisors when detained", async () => {
    const retained = new Date(Date.now() - HOUR);
    retained.setUTCSeconds(0, 0);
    const free = await openRetainedCase(retained, { officeReport: false, custody: 'at_liberty' });
    const held = await openRetainedCase(retained, { officeReport: false, custody: 'detained' });
    // Earlier tests left many notices: read them, so this test's (unread, listed first) show.
    for (const who of [attorney, supervisor]) await who.post('/api/notifications/read-all');
    now = new Date(retained.getTime() + 13 * HOUR); // the police report's 12 h passed
    const first = await sweep();
    expect(first.openings).toBeGreaterThanOrEqual(2 + 3); // team of 2; team of 2 + 1 supervisor
    expect((await sweep()).openings).toBe(0);
    const of = async (who: ReturnType<typeof asBearer>, caseId: string) =>
      (await notices(who)).filter((n) => n.caseId === caseId && n.kind !== 'deadline.reminder');
    expect((await of(attorney, free.caseId)).map((n) => [n.kind, n.deadlineId])).toEqual([
      ['deadline.authority-passed', free.report],
    ]);
    expect(await of(supervisor, free.caseId)).toEqual([]);
    const told = await of(supervisor, held.caseId);
    expect(told.map((n) => n.kind)).toEqual(['deadline.authority-passed']);
    expect(told[0].data).toMatchObject({ detained: true, ruleId: 'pe.pasee.police-report' });
    expect((await of(attorney, held.caseId)).map((n) => n.kind)).toEqual([
      'deadline.authority-passed',
    ]);
    // Not the office's miss: it stays open, and reads as an opening.
    const report = (
      (await attorney.get(`/api/cases/${held.caseId}/deadlines`).expect(200)).body as {
        id: string;
        status: string;
        state: string;
      }[]
    ).find((d) => d.id === held.report);
    expect(report).toMatchObject({ status: 'open' });
    const [stored] = await asOwner<{ status: string }>(
      api,
      LIMA,
      `SELECT status FROM case_deadlines WHERE id = $1`,
      [held.report],
    );
    expect(stored.status).toBe('open');
  });

  it('sends nothing for clocks that ended before the event was recorded', async () => {
    now = new Date();
    const lastYear = new Date(Date.now() - 365 * 24 * HOUR);
    const matter = await openRetainedCase(lastYear, { custody: 'released' });
    const report = await sweep();
    expect(report).toMatchObject({ missed: 0, openings: 0 });
    const told = (await notices(attorney)).filter((n) => n.caseId === matter.caseId);
    expect(told).toEqual([]);
    expect((await notices(supervisor)).filter((n) => n.caseId === matter.caseId)).toEqual([]);
    const deadlines = (await attorney.get(`/api/cases/${matter.caseId}/deadlines`).expect(200))
      .body as { ruleId: string; status: string; state: string }[];
    expect(
      deadlines
        .filter((d) => d.ruleId !== 'pe.habeas-corpus')
        .map((d) => [d.ruleId, d.status, d.state])
        .sort(),
    ).toEqual([
      ['pe.pasee.decision', 'open', 'passed-before-recorded'],
      ['pe.pasee.police-report', 'open', 'passed-before-recorded'],
    ]);
  });
});
