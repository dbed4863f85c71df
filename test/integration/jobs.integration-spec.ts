// Background jobs end to end on pg-boss: queued with the request or not at all, worked with
// progress, retried after a crash from where they stopped, failed for good with words a person
// can act on, one job per idempotency key, and seen only by whoever started them.
import { setTimeout as sleep } from 'node:timers/promises';
import type { BackgroundJobResponse } from '@amparo/contracts';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import {
  createFixtureQueue,
  FIXTURE_JOB,
  JobsFixtureModule,
  unitsDone,
} from './support/jobs-fixture.module';
import { startTestApi, type TestApi } from './support/test-api';

describe('background jobs', () => {
  let api: TestApi;
  let attorney: ReturnType<typeof asBearer>;
  let paralegal: ReturnType<typeof asBearer>;
  let tijuana: ReturnType<typeof asBearer>;

  beforeAll(async () => {
    api = await startTestApi({
      modules: [JobsFixtureModule],
      jobWorkers: true,
      prepare: createFixtureQueue,
    });
    await withDemoData(api);
    attorney = asBearer(api, (await login(api, 'attorney@lima.example')).accessToken);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    tijuana = asBearer(api, (await login(api, 'attorney@tijuana.example')).accessToken);
  });
  afterAll(() => api.close());

  async function settled(id: string): Promise<BackgroundJobResponse> {
    for (let waited = 0; waited < 30_000; waited += 200) {
      const { body } = await attorney.get(`/api/jobs/${id}`).expect(200);
      const job = body as BackgroundJobResponse;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await sleep(200);
    }
    throw new Error(`job ${id} did not finish in 30 s`);
  }

  it('runs a job to the end, with its progress and result, for the member who started it', async () => {
    const started = await attorney.post('/api/test-fixtures/jobs', { units: 5 }).expect(201);
    expect(started.body).toMatchObject({
      kind: FIXTURE_JOB,
      status: 'queued',
      progress: { done: 0, total: 5 },
      result: null,
      error: null,
    });
    const job = await settled(started.body.id);
    expect(job).toMatchObject({
      status: 'succeeded',
      progress: { done: 5, total: 5 },
      result: { counted: 5 },
      attempts: 1,
    });
    expect(job.finishedAt).not.toBeNull();
    expect(unitsDone.get(job.id)?.map(({ unit }) => unit)).toEqual([0, 1, 2, 3, 4]);

    // Nobody else sees it: not a colleague, not another office.
    await paralegal.get(`/api/jobs/${job.id}`).expect(404);
    await tijuana.get(`/api/jobs/${job.id}`).expect(404);
  });

  it('after a crash, runs again and carries on from where the job stopped', async () => {
    const started = await attorney
      .post('/api/test-fixtures/jobs', { units: 6, crashAt: 3 })
      .expect(201);
    const job = await settled(started.body.id);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, result: { counted: 6 } });
    expect(unitsDone.get(job.id)).toEqual([
      { unit: 0, attempt: 1 },
      { unit: 1, attempt: 1 },
      { unit: 2, attempt: 1 },
      { unit: 3, attempt: 2 },
      { unit: 4, attempt: 2 },
      { unit: 5, attempt: 2 },
    ]);
  });

  it('does work committed with job.once only once, though the attempt crashed before finishing', async () => {
    const started = await attorney
      .post('/api/test-fixtures/jobs', { units: 3, crashAfterCommit: true })
      .expect(201);
    const job = await settled(started.body.id);
    // The retry found the committed result and answered it without running the handler again.
    expect(job).toMatchObject({ status: 'succeeded', attempts: 1, result: { counted: 3 } });
    expect(unitsDone.get(job.id)).toEqual([0, 1, 2].map((unit) => ({ unit, attempt: 1 })));
  });

  it('fails for good on a typed error, with its code, message and details, without retrying', async () => {
    const started = await attorney
      .post('/api/test-fixtures/jobs', { units: 4, failAt: 2 })
      .expect(201);
    const job = await settled(started.body.id);
    expect(job).toMatchObject({
      status: 'failed',
      attempts: 1,
      progress: { done: 2, total: 4 },
      result: null,
      error: {
        code: 'TEST_UNIT_REFUSED',
        message: 'unit 2 cannot be done',
        details: [{ field: 'unit[2]', message: 'refused' }],
      },
    });
  });

  it('gives back the same job for the same idempotency key, and starts it again after a failure', async () => {
    const first = await attorney
      .post('/api/test-fixtures/jobs', { units: 2, key: 'intake-2026-11-23' })
      .expect(201);
    const again = await attorney
      .post('/api/test-fixtures/jobs', { units: 2, key: 'intake-2026-11-23' })
      .expect(201);
    expect(again.body.id).toBe(first.body.id);
    await settled(first.body.id);
    const [{ count }] = await asOwner<{ count: string }>(
      api,
      LIMA,
      `SELECT count(*) FROM background_jobs WHERE idempotency_key = 'intake-2026-11-23'`,
    );
    expect(Number(count)).toBe(1);

    // The key is the member's own: a colleague's same key is another job, never theirs.
    const colleague = await paralegal
      .post('/api/test-fixtures/jobs', { units: 2, key: 'intake-2026-11-23' })
      .expect(201);
    expect(colleague.body.id).not.toBe(first.body.id);
    expect(colleague.body).toMatchObject({ status: 'queued', progress: { done: 0, total: 2 } });
    await paralegal.get(`/api/jobs/${first.body.id}`).expect(404);

    const failed = await attorney
      .post('/api/test-fixtures/jobs', { units: 2, failAt: 0, key: 'retry-me' })
      .expect(201);
    expect((await settled(failed.body.id)).status).toBe('failed');
    const retried = await attorney
      .post('/api/test-fixtures/jobs', { units: 2, key: 'retry-me' })
      .expect(201);
    // The same job again (same id), so what it had done is recognised; it now succeeds.
    expect(retried.body).toMatchObject({ id: failed.body.id, status: 'queued', error: null });
    expect(await settled(retried.body.id)).toMatchObject({ status: 'succeeded', attempts: 1 });
  });

  it('queues nothing when the request that started the job fails', async () => {
    const queuedJobs = async () => {
      const owner = await api.database.ownerClient();
      try {
        const { rows } = await owner.query(
          `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1`,
          [FIXTURE_JOB],
        );
        return rows[0].count as number;
      } finally {
        await owner.end();
      }
    };
    const before = await queuedJobs();
    await attorney
      .post('/api/test-fixtures/jobs', { units: 1, key: 'rolled-back', abortRequest: true })
      .expect(409);
    const rows = await asOwner(
      api,
      LIMA,
      `SELECT id FROM background_jobs WHERE idempotency_key = 'rolled-back'`,
    );
    expect(rows).toEqual([]);
    expect(await queuedJobs()).toBe(before);
  });

  it('keeps what a job is about out of the queue tables: they carry ids only, the payload is sealed', async () => {
    const started = await attorney
      .post('/api/test-fixtures/jobs', { units: 1, secret: 'Ñuñez Pérez Жанна' })
      .expect(201);
    await settled(started.body.id);
    const owner = await api.database.ownerClient();
    try {
      const { rows } = await owner.query(
        `SELECT data::text AS data FROM pgboss.job WHERE data->>'jobId' = $1
         UNION ALL SELECT data::text FROM pgboss.archive WHERE data->>'jobId' = $1`,
        [started.body.id],
      );
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0].data)).toEqual({ jobId: started.body.id, organizationId: LIMA });
      const [sealed] = await asOwner<{ payload_sealed: string }>(
        api,
        LIMA,
        `SELECT payload_sealed FROM background_jobs WHERE id = $1`,
        [started.body.id],
      );
      expect(sealed?.payload_sealed).toMatch(/\S/);
      expect(sealed?.payload_sealed).not.toContain('Ñuñez');
    } finally {
      await owner.end();
    }
  });

  it('answers the same 404 for a job id that does not exist and for one that is not an id', async () => {
    await attorney.get('/api/jobs/0b8f3c1e-0000-4000-8000-000000000000').expect(404);
    await attorney.get('/api/jobs/not-a-job').expect(404);
  });
});
