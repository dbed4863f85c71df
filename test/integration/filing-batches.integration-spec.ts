// Batches of filings on the job queue: one template for many cases, every case checked before
// anything is queued, progress and a result naming each case's filing, one job per idempotency
// key, and a batch that crashes halfway (the database refuses one case's filing on the first
// attempt) resumed by the retry without a half-made or duplicate filing.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import type { BackgroundJobResponse, FilingBatchResult } from '@amparo/contracts';
import { fullText, readWithPdfJs } from '../../libs/filings/src/testing/pdfjs.reader';
import { asBearer, asOwner, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const NAMES: [string, string][] = [
  ['Nguyễn Thị', 'Lan (demo)'],
  ['Жанна', 'Петрова (demo)'],
  ['Łukasz', 'Ñuñez (demo)'],
  ['María José', 'Peñaloza (demo)'],
  ['Trần Văn', 'Minh (demo)'],
  ['Олег', 'Коваленко (demo)'],
];

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('filing batches', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let paralegalToken: string;
  let attorneyId: string;

  beforeAll(async () => {
    api = await startTestApi({ jobWorkers: true });
    await withDemoData(api);
    paralegalToken = (await login(api, 'paralegal@tijuana.example')).accessToken;
    paralegal = asBearer(api, paralegalToken);
    attorneyId = (await login(api, 'attorney@tijuana.example')).user.id;
  });
  afterAll(() => api.close());

  /** MX cases of the paralegal's team, each with the client's statements recorded. */
  async function intake(count: number, withStatements = true): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const [givenNames, familyNames] = NAMES[i % NAMES.length];
      const client = await paralegal
        .post('/api/clients', {
          givenNames,
          familyNames,
          nationalities: ['HN'],
          acknowledgeDuplicates: true,
        })
        .expect(201);
      const opened = await paralegal
        .post('/api/cases', {
          clientId: client.body.id,
          jurisdiction: 'MX',
          procedure: 'comar-refugee-claim',
          forumId: 'mx-comar-ciudad-de-mexico',
          leadAttorneyId: attorneyId,
        })
        .expect(201);
      if (withStatements)
        await paralegal
          .put(`/api/cases/${opened.body.id}/filing-facts`, {
            version: 0,
            statements: [`Salí de Honduras por amenazas de una pandilla (demo ${i}).`],
          })
          .expect(200);
      ids.push(opened.body.id);
    }
    return ids;
  }

  async function settled(id: string): Promise<BackgroundJobResponse<FilingBatchResult>> {
    for (let waited = 0; waited < 60_000; waited += 200) {
      const { body } = await paralegal.get(`/api/jobs/${id}`).expect(200);
      if (body.status === 'succeeded' || body.status === 'failed') return body;
      await sleep(200);
    }
    throw new Error(`job ${id} did not finish in 60 s`);
  }

  /** DDL as the owning role (embedded PGlite's one session runs as the app role: step up). */
  async function asSchemaOwner(sql: string): Promise<void> {
    const owner = await api.database.ownerClient();
    const embedded = api.database.endpoints.kind === 'embedded';
    try {
      if (embedded) await owner.query('RESET ROLE');
      await owner.query(sql);
    } finally {
      if (embedded) await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
  }

  const batchFilings = (jobId: string) =>
    asOwner<{ case_id: string; id: string; sha256: string; filing_version: number }>(
      api,
      TIJUANA,
      `SELECT case_id, id, sha256, filing_version FROM filings WHERE batch_job_id = $1`,
      [jobId],
    );

  async function download(filingId: string): Promise<Buffer> {
    const res = await request(api.url)
      .get(`/api/filings/${filingId}/pdf`)
      .set('Authorization', `Bearer ${paralegalToken}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return res.body as Buffer;
  }

  it('generates one filing per case in the background, with progress, once per key', async () => {
    const caseIds = await intake(3);
    const body = {
      templateId: 'sworn-declaration',
      language: 'es',
      caseIds,
      idempotencyKey: 'intake-2026-11-23-a',
      details: { place: 'Tijuana' },
    };
    const submitted = await paralegal.post('/api/filings/batches', body).expect(202);
    expect(submitted.body).toMatchObject({
      kind: 'filings.batch',
      status: 'queued',
      progress: { done: 0, total: 3 },
    });
    const job = await settled(submitted.body.id);
    expect(job).toMatchObject({ status: 'succeeded', progress: { done: 3, total: 3 } });
    expect(job.result?.failed).toEqual([]);
    expect(job.result?.filings.map((f) => f.caseId)).toEqual(caseIds);

    const again = await paralegal.post('/api/filings/batches', body).expect(202);
    expect(again.body.id).toBe(submitted.body.id);
    const made = await batchFilings(job.id);
    expect(made).toHaveLength(3);

    const bytes = await download(made[0].id);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(made[0].sha256);
    const matter = await paralegal.get(`/api/cases/${made[0].case_id}`).expect(200);
    const [read] = readWithPdfJs([{ name: 'batch', bytes }]);
    const text = fullText(read).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('DECLARACIÓN JURADA');
    expect(text).toContain(matter.body.reference);
    const listed = await paralegal.get(`/api/cases/${made[0].case_id}/filings`).expect(200);
    expect(listed.body[0]).toMatchObject({ batchJobId: job.id, status: 'draft' });
  });

  it('queues nothing when a case is not writable by the caller or lacks data, listing each', async () => {
    const [ready] = await intake(1);
    const [bare] = await intake(1, false);
    const lima = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    const limaClient = await lima
      .post('/api/clients', { givenNames: 'Lima (demo)', acknowledgeDuplicates: true })
      .expect(201);
    const limaCase = await lima
      .post('/api/cases', {
        clientId: limaClient.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
      })
      .expect(201);
    const [{ n: jobsBefore }] = await asOwner<{ n: number }>(
      api,
      TIJUANA,
      'SELECT count(*)::int AS n FROM background_jobs',
    );

    const refused = await paralegal
      .post('/api/filings/batches', {
        templateId: 'sworn-declaration',
        caseIds: [ready, limaCase.body.id, bare],
        idempotencyKey: 'intake-2026-11-23-b',
        details: { place: 'Tijuana' },
      })
      .expect(422);
    expect(refused.body.code).toBe('FILING_BATCH_REFUSED');
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        field: 'caseIds[1]',
        caseId: limaCase.body.id,
        code: 'CASE_NOT_WRITABLE',
      }),
      expect.objectContaining({
        field: 'caseIds[2]',
        caseId: bare,
        code: 'FILING_MISSING_DATA',
        missing: [expect.objectContaining({ field: 'declaration.statements' })],
      }),
    ]);
    const [{ n: jobsAfter }] = await asOwner<{ n: number }>(
      api,
      TIJUANA,
      'SELECT count(*)::int AS n FROM background_jobs',
    );
    expect(jobsAfter).toBe(jobsBefore);
    await paralegal
      .post('/api/filings/batches', {
        templateId: 'sworn-declaration',
        caseIds: [ready, ready],
        idempotencyKey: 'intake-2026-11-23-c',
      })
      .expect(400);
  });

  it('resumes a batch that crashed halfway: exactly one whole filing per case', async () => {
    const caseIds = await intake(6);
    // The database refuses the fourth case's filing until the test lifts the refusal: the first
    // attempt commits cases 1–3, crashes inside case 4 (rolled back) and is retried.
    await asSchemaOwner(
      `ALTER TABLE filings ADD CONSTRAINT batch_test_crash CHECK (case_id <> '${caseIds[3]}') NOT VALID`,
    );
    const submitted = await paralegal
      .post('/api/filings/batches', {
        templateId: 'sworn-declaration',
        language: 'en',
        caseIds,
        idempotencyKey: 'intake-2026-11-23-d',
        details: { place: 'Tijuana' },
      })
      .expect(202);
    const jobId = submitted.body.id as string;

    let crashed: BackgroundJobResponse | undefined;
    for (let waited = 0; waited < 30_000 && !crashed; waited += 50) {
      const { body } = await paralegal.get(`/api/jobs/${jobId}`).expect(200);
      if (body.attempts === 1 && body.status === 'queued') crashed = body;
      else await sleep(50);
    }
    expect(crashed).toMatchObject({ status: 'queued', progress: { done: 3, total: 6 } });
    const halfway = await batchFilings(jobId);
    expect(halfway.map((f) => f.case_id).sort()).toEqual(caseIds.slice(0, 3).sort());
    await asSchemaOwner('ALTER TABLE filings DROP CONSTRAINT batch_test_crash');

    // The retry passes the three cases made before the crash again: the progress the member
    // reads never goes back below them.
    let job: BackgroundJobResponse<FilingBatchResult> | undefined;
    for (let waited = 0; waited < 60_000 && !job; waited += 20) {
      const { body } = await paralegal.get(`/api/jobs/${jobId}`).expect(200);
      expect(body.progress.done).toBeGreaterThanOrEqual(3);
      if (body.status === 'succeeded' || body.status === 'failed') job = body;
      else await sleep(20);
    }
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, progress: { done: 6 } });
    const made = await batchFilings(jobId);
    expect(made.map((f) => f.case_id).sort()).toEqual([...caseIds].sort());
    // The three made before the crash are the same rows, not made again.
    for (const before of halfway) expect(made).toContainEqual(before);
    expect(made.every((f) => f.filing_version === 1)).toBe(true);
    for (const filing of made) {
      const bytes = await download(filing.id);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(filing.sha256);
    }
    expect((job?.result as FilingBatchResult).filings.map((f) => f.caseId)).toEqual(caseIds);
  });
});
