// A CSV intake of 1,000 people, its API process killed (SIGKILL) in the middle of the import and
// started again on the same database: the file is taken in whole, once, and what the member was
// shown at GET /api/jobs/:id was true at every step.
import type {
  BackgroundJobResponse,
  IntakeImportResponse,
  IntakeImportResult,
} from '@amparo/contracts';
import { type ApiProcess, killLeftovers, startApi } from './support/api-process';
import { FollowedJob, ok, signIn } from './support/api-session';
import { auditChainsHold, auditHeads } from './support/audit-check';
import { type CrashDatabase, createCrashDatabase } from './support/crash-database';
import { familyOf, tijuanaIntake } from './support/intake-file';

const TIJUANA = 'd3a10000-0000-4000-8000-000000000002';
const ROWS = 1000;

describe('a CSV intake of 1,000 people whose API is killed mid-import', () => {
  let db: CrashDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createCrashDatabase();
    await db.cli(['seed:demo']);
    api = await startApi(db.env, 'intake');
  });
  afterAll(async () => {
    await killLeftovers();
    await db?.drop();
  });

  const people = async (tag: string) => {
    const [counts] = await db.inOffice<Record<string, string>>(
      TIJUANA,
      `SELECT (SELECT count(*) FROM clients WHERE family_names = $1) AS clients,
              (SELECT count(*) FROM cases c JOIN clients p ON p.id = c.client_id
                WHERE p.family_names = $1) AS cases,
              (SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id
                 JOIN clients p ON p.id = c.client_id WHERE p.family_names = $1) AS events,
              (SELECT count(*) FROM case_deadlines d JOIN cases c ON c.id = d.case_id
                 JOIN clients p ON p.id = c.client_id WHERE p.family_names = $1) AS deadlines`,
      [familyOf(tag)],
    );
    return Object.fromEntries(Object.entries(counts ?? {}).map(([k, v]) => [k, Number(v)]));
  };

  it('takes the whole file in once after the restart, and the job tells the truth throughout', async () => {
    const tag = `crash-${Date.now().toString(36)}`;
    const file = tijuanaIntake(ROWS, tag);
    const headsFile = await auditHeads(db);
    const paralegal = await signIn(api.url, 'paralegal@tijuana.example');
    const started = ok(
      await paralegal.csv<IntakeImportResponse>('/api/intake/csv/import', file),
      'import',
    );
    const job = new FollowedJob<IntakeImportResult>(paralegal, started.job.id);

    const killAt = 100 + Math.floor(Math.random() * (ROWS - 200));
    const shown = await job.until(
      (j) => j.progress.done >= killAt || (j.status !== 'queued' && j.status !== 'running'),
      120_000,
      20,
    );
    expect(shown).toMatchObject({ status: 'running', attempts: 1 });
    await api.kill();
    console.log(`intake: killed at ${shown.progress.done} of ${ROWS} rows shown as done`);

    // The import is one transaction: cut off, it left nobody behind.
    expect(await people(tag)).toEqual({ clients: 0, cases: 0, events: 0, deadlines: 0 });
    const [left] = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'intake.csv' AND data->>'jobId' = $1`,
      [job.id],
    );
    expect(left?.state).toBe('active'); // held by the dead process until someone takes it back

    const restartedAt = Date.now();
    api = await startApi(db.env, 'intake');
    paralegal.moveTo(api.url);
    const seenBefore = job.seen.length;
    const done = await job.settled(120_000);
    console.log(
      `intake: settled ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`,
    );
    expect(done).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      progress: { done: ROWS, total: ROWS },
      result: { imported: ROWS },
    });
    expectTruthfulAfterRestart(job.seen.slice(seenBefore));

    // Every person once, each with one case, its event and its deadlines; every case in the result.
    const counts = await people(tag);
    expect(counts).toMatchObject({ clients: ROWS, cases: ROWS, events: ROWS });
    expect(counts['deadlines']).toBeGreaterThanOrEqual(ROWS);
    const [shape] = await db.inOffice<Record<string, string>>(
      TIJUANA,
      `WITH p AS (SELECT id, given_names FROM clients WHERE family_names = $1)
       SELECT (SELECT count(DISTINCT given_names) FROM p) AS names,
              (SELECT count(*) FROM p WHERE (SELECT count(*) FROM cases c WHERE c.client_id = p.id) <> 1)
                AS "withoutOneCase",
              (SELECT count(*) FROM cases c JOIN p ON p.id = c.client_id
                WHERE (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) <> 1) AS "withoutOneEvent",
              (SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id JOIN p ON p.id = c.client_id
                WHERE NOT EXISTS (SELECT 1 FROM case_deadlines d WHERE d.event_id = e.id)) AS "withoutDeadline",
              (SELECT count(DISTINCT n) FROM (SELECT count(*) AS n FROM case_deadlines d
                 JOIN cases c ON c.id = d.case_id JOIN p ON p.id = c.client_id GROUP BY d.event_id) k)
                AS "deadlineShapes"`,
      [familyOf(tag)],
    );
    expect(shape).toEqual({
      names: String(ROWS),
      withoutOneCase: '0',
      withoutOneEvent: '0',
      withoutDeadline: '0',
      deadlineShapes: '1',
    });
    const caseIds: { id: string }[] = await db.inOffice(
      TIJUANA,
      `SELECT c.id FROM cases c JOIN clients p ON p.id = c.client_id WHERE p.family_names = $1`,
      [familyOf(tag)],
    );
    expect([...(done.result?.caseIds ?? [])].sort()).toEqual(caseIds.map((c) => c.id).sort());

    // One audit entry for each record created, none for a record that does not exist.
    const audit = await db.inOffice<Record<string, string>>(
      TIJUANA,
      `SELECT a.record_type AS type, count(*) AS entries, count(DISTINCT a.record_id) AS records,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM clients WHERE id::text = a.record_id)
                                 AND NOT EXISTS (SELECT 1 FROM cases WHERE id::text = a.record_id)
                                 AND NOT EXISTS (SELECT 1 FROM case_events WHERE id::text = a.record_id))
                AS orphans
         FROM audit_entries a
        WHERE a.organization_id = $1 AND a.action = 'record.created' AND a.occurred_at >= $2
          AND a.record_type IN ('client', 'case', 'case_event')
        GROUP BY a.record_type ORDER BY a.record_type`,
      [TIJUANA, started.job.createdAt],
    );
    const once = { entries: String(ROWS), records: String(ROWS), orphans: '0' };
    expect(audit).toEqual([
      { type: 'case', ...once },
      { type: 'case_event', ...once },
      { type: 'client', ...once },
    ]);
    await auditChainsHold(db, headsFile);

    // The same file again is the same job, done: nobody is taken in twice.
    const again = ok(
      await paralegal.csv<IntakeImportResponse>('/api/intake/csv/import', file),
      'import again',
    );
    expect(again).toMatchObject({ created: false, job: { id: job.id, status: 'succeeded' } });
    expect((await people(tag))['clients']).toBe(ROWS);
  });
});

/**
 * After the restart the member may see the job running (attempt 1, until its silence shows it
 * died), then queued, then running again (attempt 2), then succeeded: never succeeded early,
 * never failed, never an attempt going back, never more done than the file holds.
 */
function expectTruthfulAfterRestart(seen: readonly BackgroundJobResponse[]): void {
  const order = { 'running:1': 0, 'queued:1': 1, 'running:2': 2, 'succeeded:2': 3 } as const;
  let last = -1;
  for (const state of seen) {
    const step = order[`${state.status}:${state.attempts}` as keyof typeof order];
    expect(step).toBeDefined();
    expect(step).toBeGreaterThanOrEqual(last);
    expect(state.progress.done).toBeLessThanOrEqual(ROWS);
    if (state.status !== 'succeeded') expect(state.result).toBeNull();
    last = step;
  }
  expect(last).toBe(order['succeeded:2']);
}
