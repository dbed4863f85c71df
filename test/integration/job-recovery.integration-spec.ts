// Jobs an instance left active when it died: the next instance takes them back at start (the
// embedded database has one process; on a server, once their heartbeat is older than
// AMPARO_JOB_LOST_SECONDS) and each ends as it should: run again, failed for good when no attempt
// is left, or succeeded when an attempt had committed its whole work. The state a killed instance
// leaves is written here by hand between two instances on one database; test/crash kills a real
// process.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BackgroundJobResponse } from '@amparo/contracts';
import { createLogger } from '../../apps/api/src/app/common/logging/logger';
import { createApp } from '../../apps/api/src/app/create-app';
import { CRASH_MESSAGE } from '../../apps/api/src/app/jobs/job-records';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import {
  createFixtureQueue,
  FIXTURE_JOB,
  JobsFixtureModule,
  unitsDone,
} from './support/jobs-fixture.module';
import type { TestApi } from './support/test-api';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/test-database';

describe.each(databaseKinds())('jobs a dead instance left active, on the %s database', (kind) => {
  let database: TestDatabase;
  let api: TestApi | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(kind, { jobWorkers: false });
    await createFixtureQueue(database);
  });
  afterAll(async () => {
    await api?.close();
    await database.drop();
  });

  async function start(): Promise<TestApi> {
    const app = await createApp(database.config, database.endpoints, createLogger('silent'), [
      JobsFixtureModule,
    ]);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return { app, database, url: `http://127.0.0.1:${port}`, logs: [], close: () => app.close() };
  }

  /** What a process killed during the job leaves: pg-boss holds it, its record says running. */
  async function leftRunning(
    running: TestApi,
    jobId: string,
    leave: { retryCount?: number; result?: object } = {},
  ): Promise<void> {
    const owner = await database.ownerClient();
    try {
      if (kind === 'embedded') await owner.query('RESET ROLE');
      const { rowCount } = await owner.query(
        `UPDATE pgboss.job SET state = 'active', started_on = now() - interval '1 minute',
                retry_count = $2
          WHERE name = $3 AND data->>'jobId' = $1`,
        [jobId, leave.retryCount ?? 0, FIXTURE_JOB],
      );
      expect(rowCount).toBe(1);
    } finally {
      if (kind === 'embedded') await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
    await asOwner(
      running,
      LIMA,
      `UPDATE background_jobs SET status = 'running', attempts = 1, started_at = now(), result = $2
        WHERE id = $1`,
      [jobId, leave.result ? JSON.stringify(leave.result) : null],
    );
  }

  it('runs them again, fails for good those with no attempt left, and never redoes committed work', async () => {
    api = await start();
    await withDemoData(api);
    const attorney = asBearer(api, (await login(api, 'attorney@lima.example')).accessToken);
    const submit = async (units: number) =>
      (await attorney.post('/api/test-fixtures/jobs', { units }).expect(201)).body.id as string;
    const plain = await submit(3);
    const exhausted = await submit(2);
    const committed = await submit(4);
    await leftRunning(api, plain);
    await leftRunning(api, exhausted, { retryCount: 2 });
    await leftRunning(api, committed, { result: { counted: 4 } });
    const shown = (await attorney.get(`/api/jobs/${plain}`).expect(200)).body;
    expect(shown).toMatchObject({ status: 'running', attempts: 1 });
    await api.close();

    Object.assign(database.config, { AMPARO_JOB_WORKERS: true, AMPARO_JOB_LOST_SECONDS: 10 });
    api = await start();
    const member = asBearer(api, (await login(api, 'attorney@lima.example')).accessToken);
    const settled = async (id: string): Promise<BackgroundJobResponse> => {
      for (let waited = 0; waited < 30_000; waited += 200) {
        const job = (await member.get(`/api/jobs/${id}`).expect(200)).body as BackgroundJobResponse;
        if (job.status === 'succeeded' || job.status === 'failed') return job;
        await sleep(200);
      }
      throw new Error(`job ${id} was not taken back within 30 s`);
    };

    expect(await settled(plain)).toMatchObject({
      status: 'succeeded',
      attempts: 2,
      result: { counted: 3 },
      progress: { done: 3, total: 3 },
    });
    expect(unitsDone.get(plain)).toEqual([0, 1, 2].map((unit) => ({ unit, attempt: 2 })));
    expect(await settled(exhausted)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: { code: 'JOB_CRASHED', message: CRASH_MESSAGE },
    });
    expect(await settled(committed)).toMatchObject({
      status: 'succeeded',
      result: { counted: 4 },
    });
    // Neither ran again: one had no attempt left, the other had already done its work.
    expect(unitsDone.has(exhausted)).toBe(false);
    expect(unitsDone.has(committed)).toBe(false);
  });
});
