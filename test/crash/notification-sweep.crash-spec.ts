// The minute notification sweep, its API process killed (SIGKILL) in the middle of a run with real
// work in several offices: hundreds of police reports (an authority's limit) passing at the same
// minute, each an opening that the person's team and, since they are detained, the office's
// supervisors must hear of; and as many 12-hour reminders of the PASEE decision. Started again on
// the same database, the next run finishes the work: every notice sent once to each recipient,
// nothing written to a deadline that was not the office's miss, the audit chains intact.
import type { IntakeImportResponse, PasswordSetupResponse } from '@amparo/contracts';
import { DEMO_PASSWORD } from '../../apps/api/src/app/seed/demo-data';
import { type ApiProcess, killLeftovers, startApi } from './support/api-process';
import { type ApiSession, FollowedJob, ok, signIn } from './support/api-session';
import { auditChainsHold, auditHeads } from './support/audit-check';
import { type CrashDatabase, createCrashDatabase } from './support/crash-database';
import { familyOf, peruRetentions } from './support/intake-file';

const LIMA = 'd3a10000-0000-4000-8000-000000000001';
/** Offices made for the test, besides the two demo ones (Lima takes people in too). */
const NEW_OFFICES = 4;
const ROWS = 100;
/** The new offices' people sign in with this (fictional) password. */
const PASSWORD = 'cuatro vientos sobre el desierto 2026';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Office {
  readonly id: string;
  readonly paralegal: string;
  readonly attorney: string;
  readonly password: string;
}

/** The deadlines of the test's people (`mine`): $1 is the family name of its files. */
const OF_THE_TEST = `WITH mine AS (
  SELECT d.* FROM case_deadlines d JOIN cases c ON c.id = d.case_id
    JOIN clients p ON p.id = c.client_id WHERE p.family_names = $1)`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

describe('the minute sweep whose API is killed in the middle of a run', () => {
  let db: CrashDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createCrashDatabase();
    await db.cli(['seed:demo']);
  });
  afterAll(async () => {
    await killLeftovers();
    await db?.drop();
  });

  /** Police reports of the test's people whose passing was told, in every office. */
  async function toldReports(tag: string): Promise<number> {
    return (await sweptSoFar(tag)).reduce((sum, office) => sum + office.told, 0);
  }

  /** Per office: police reports told as passed, and PASEE decisions reminded 12 hours ahead. */
  async function sweptSoFar(tag: string): Promise<{ told: number; reminded: number }[]> {
    const offices = [];
    for (const office of await db.offices()) {
      const [row] = await db.inOffice<{ told: string; reminded: string }>(
        office,
        `${OF_THE_TEST}
         SELECT count(*) FILTER (WHERE rule_id = 'pe.pasee.police-report' AND EXISTS
                  (SELECT 1 FROM notifications n WHERE n.deadline_id = mine.id
                      AND n.kind = 'deadline.authority-passed'))
                  AS told,
                count(*) FILTER (WHERE rule_id = 'pe.pasee.decision' AND EXISTS
                  (SELECT 1 FROM notifications n WHERE n.deadline_id = mine.id
                      AND n.kind = 'deadline.reminder' AND n.data->>'offsetHours' = '12'))
                  AS reminded
           FROM mine`,
        [familyOf(tag)],
      );
      offices.push({ told: Number(row?.told ?? 0), reminded: Number(row?.reminded ?? 0) });
    }
    return offices;
  }

  /** Whether a sweep that started after this moment has completed; prints each run's figures. */
  async function completedSince(since: Date): Promise<boolean> {
    const runs = await db.query<{ seconds: number; output: object | null }>(
      `SELECT extract(epoch FROM completed_on - started_on)::float AS seconds, output
         FROM pgboss.job
        WHERE name = 'notifications.sweep' AND state = 'completed' AND started_on > $1`,
      [since],
    );
    for (const run of runs)
      console.log(`sweep: run of ${run.seconds.toFixed(1)} s: ${JSON.stringify(run.output)}`);
    return runs.length > 0;
  }

  it('finishes the run after the restart: every passing and reminder told once', async () => {
    const offices = await staffOffices(db);
    api = await startApi(db.env, 'sweep');
    for (const office of offices.slice(1)) await inviteStaff(api.url, office);

    // The police reports of everyone taken in pass together, a few seconds before a minute on
    // the clock: that minute's sweep tells each person's team and the office's supervisors (the
    // person is detained), and sends the 12-hour reminders of the PASEE decisions (due 12 hours
    // later).
    const dueAt = new Date(Math.ceil((Date.now() + 25_000) / MINUTE) * MINUTE - 5_000);
    const tag = `crash-${Date.now().toString(36)}`;
    await Promise.all(
      offices.map(async (office) => {
        const paralegal = await signIn(api.url, office.paralegal, office.password);
        const retainedAt = new Date(dueAt.getTime() - 12 * HOUR);
        const file = peruRetentions(ROWS, tag, office.attorney, retainedAt);
        const started = ok(
          await paralegal.csv<IntakeImportResponse>('/api/intake/csv/import', file),
          'import',
        );
        const job = await new FollowedJob(paralegal, started.job.id).settled(120_000);
        expect(job.status).toBe('succeeded');
      }),
    );
    const headsFile = await auditHeads(db);
    const expected = offices.length * ROWS;

    // The sweep that does the work is killed part of the way through the offices.
    const target = Math.floor(expected * (0.2 + Math.random() * 0.4));
    for (const waited = Date.now(); (await toldReports(tag)) < target;) {
      if (Date.now() - waited > 3 * MINUTE) throw new Error('no sweep told the reports passed');
      await sleep(100);
    }
    await api.kill();
    const killedAt = new Date();
    const swept = await sweptSoFar(tag);
    const atKill = swept.reduce((sum, office) => sum + office.told, 0);
    console.log(
      `sweep: killed with ${atKill} of ${expected} police reports told as passed ` +
        `(by office, told/reminded: ${swept.map((o) => `${o.told}/${o.reminded}`).join(' ')})`,
    );
    expect(atKill).toBeLessThan(expected);
    const [dead] = await db.query<{ id: string }>(
      `SELECT id FROM pgboss.job WHERE name = 'notifications.sweep' AND state = 'active'`,
    );
    expect(dead).toBeDefined(); // left by the dead process, blocking its stately queue

    // Started again: the dead run is taken back and the next one does the rest.
    api = await startApi(db.env, 'sweep');
    for (const waited = Date.now(); !(await completedSince(killedAt));) {
      if (Date.now() - waited > 3 * MINUTE) throw new Error('no sweep completed after the restart');
      await sleep(500);
    }
    console.log(
      `sweep: a run completed ${((Date.now() - killedAt.getTime()) / 1000).toFixed(1)} s after the kill`,
    );
    const [taken] = await db.query<{ state: string; output: unknown }>(
      `SELECT state, output FROM pgboss.job WHERE name = 'notifications.sweep' AND id = $1`,
      [dead?.id],
    );
    expect(taken).toEqual({ state: 'failed', output: { message: 'its instance stopped' } });

    for (const office of offices) await expectSweptOnce(db, office.id, tag);
    expect(await toldReports(tag)).toBe(expected);
    await auditChainsHold(db, headsFile);
  });
});

/** Lima (demo) and the new offices, each created by the operator's command with its first admin. */
async function staffOffices(db: CrashDatabase): Promise<Office[]> {
  const offices: Office[] = [
    {
      id: LIMA,
      paralegal: 'paralegal@lima.example',
      attorney: 'attorney@lima.example',
      password: DEMO_PASSWORD,
    },
  ];
  for (let n = 1; n <= NEW_OFFICES; n += 1) {
    const said = await db.cli(
      [
        'admin:create',
        '--organization',
        `Oficina de prueba ${n} (ficticia)`,
        '--email',
        `admin@prueba-${n}.example`,
        '--name',
        `Administración Prueba ${n} (ficticia)`,
      ],
      { AMPARO_ADMIN_PASSWORD: PASSWORD },
    );
    const id = /\(([0-9a-f-]{36})\)/.exec(said)?.[1];
    if (!id) throw new Error(`admin:create said: ${said}`);
    offices.push({
      id,
      paralegal: `paralegal@prueba-${n}.example`,
      attorney: `attorney@prueba-${n}.example`,
      password: PASSWORD,
    });
  }
  return offices;
}

/** The office's admin invites an attorney, a paralegal and a supervisor, who set their password. */
async function inviteStaff(url: string, office: Office): Promise<void> {
  const domain = office.paralegal.split('@')[1];
  const admin: ApiSession = await signIn(url, `admin@${domain}`, PASSWORD);
  for (const role of ['attorney', 'paralegal', 'supervisor'] as const) {
    const invited = ok(
      await admin.request<PasswordSetupResponse>('POST', '/api/users', {
        email: `${role}@${domain}`,
        name: `${role} de prueba (ficticia)`,
        roles: [role],
      }),
      `invite ${role}`,
    );
    const set = await fetch(`${url}/api/auth/set-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: invited.setupToken, password: PASSWORD }),
    });
    if (!set.ok) throw new Error(`set-password of ${role}@${domain}: ${set.status}`);
  }
}

/**
 * One office after the run: every police report told as passed, once, to its whole team and the
 * supervisors, and left open with no history or audit entry (an authority's limit is not the
 * office's miss); each PASEE decision's 12-hour reminder sent to its whole team, once; no notice
 * twice, and no `deadline.missed` notice for anything of the test's.
 */
async function expectSweptOnce(db: CrashDatabase, office: string, tag: string): Promise<void> {
  const [state] = await db.inOffice<Record<string, string>>(
    office,
    `${OF_THE_TEST},
          reports AS (SELECT * FROM mine WHERE rule_id = 'pe.pasee.police-report'),
          decisions AS (SELECT * FROM mine WHERE rule_id = 'pe.pasee.decision'),
          passed_notices AS (SELECT n.deadline_id, count(*) AS n FROM notifications n
                               JOIN reports r ON r.id = n.deadline_id
                              WHERE n.kind = 'deadline.authority-passed' GROUP BY n.deadline_id),
          reminders AS (SELECT n.deadline_id, count(*) AS n FROM notifications n
                          JOIN decisions d ON d.id = n.deadline_id
                         WHERE n.kind = 'deadline.reminder' AND n.data->>'offsetHours' = '12'
                         GROUP BY n.deadline_id)
     SELECT (SELECT count(*) FROM reports) AS reports,
            (SELECT count(*) FROM reports WHERE status <> 'open') AS "notOpen",
            (SELECT count(*) FROM reports r
              WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(r.history) h
                             WHERE h->>'change' = 'missed')) AS "historyWritten",
            (SELECT count(*) FROM audit_entries a JOIN reports r ON a.record_id = r.id::text
              WHERE a.organization_id = $2 AND a.record_type = 'case_deadline'
                AND a.action = 'record.updated') AS "auditWritten",
            (SELECT count(*) FROM reports r WHERE NOT EXISTS
               (SELECT 1 FROM passed_notices m WHERE m.deadline_id = r.id)) AS "untold",
            (SELECT count(DISTINCT n) FROM passed_notices) AS "passedShapes",
            (SELECT count(*) FROM notifications n JOIN mine m ON m.id = n.deadline_id
              WHERE n.kind = 'deadline.missed') AS "missedNotices",
            (SELECT count(*) FROM decisions d WHERE NOT EXISTS
               (SELECT 1 FROM reminders r WHERE r.deadline_id = d.id)) AS "unreminded",
            (SELECT count(DISTINCT n) FROM reminders) AS "reminderShapes",
            (SELECT count(*) FROM (SELECT 1 FROM notifications WHERE deadline_id IS NOT NULL
                GROUP BY user_id, deadline_id, kind, data->>'dueAt', data->>'offsetHours'
               HAVING count(*) > 1) twice) AS "twice"`,
    [familyOf(tag), office],
  );
  expect({ office, ...state }).toEqual({
    office,
    reports: String(ROWS),
    notOpen: '0',
    historyWritten: '0',
    auditWritten: '0',
    untold: '0',
    passedShapes: '1', // the same number of recipients for every deadline: none half told
    missedNotices: '0',
    unreminded: '0',
    reminderShapes: '1',
    twice: '0',
  });
}
