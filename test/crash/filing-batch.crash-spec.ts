// A batch of 50 filings whose API process is killed (SIGKILL) in the middle of each of its three
// attempts: every filing made is whole (row, sealed PDF, hash), the job fails cleanly when killed
// on its last attempt, and the same batch submitted again makes only the filings still missing,
// one per case.
import { createHash } from 'node:crypto';
import type {
  BackgroundJobResponse,
  FilingBatchResult,
  IntakeImportResponse,
  IntakeImportResult,
} from '@amparo/contracts';
import { type ApiProcess, killLeftovers, startApi } from './support/api-process';
import { type ApiSession, FollowedJob, ok, signIn } from './support/api-session';
import { auditChainsHold, auditHeads } from './support/audit-check';
import { type CrashDatabase, createCrashDatabase } from './support/crash-database';
import { tijuanaIntake } from './support/intake-file';

const TIJUANA = 'd3a10000-0000-4000-8000-000000000002';
const CASES = 50;

interface BatchFiling {
  readonly id: string;
  readonly case_id: string;
  readonly sha256: string;
  readonly byte_size: number;
  readonly filing_version: number;
  readonly sealed: boolean;
}

describe('a batch of 50 filings whose API is killed in each attempt', () => {
  let db: CrashDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await createCrashDatabase();
    await db.cli(['seed:demo']);
    api = await startApi(db.env, 'filings');
  });
  afterAll(async () => {
    await killLeftovers();
    await db?.drop();
  });

  const batchFilings = (jobId: string) =>
    db.inOffice<BatchFiling>(
      TIJUANA,
      `SELECT id, case_id, sha256, byte_size, filing_version,
              length(pdf_sealed) > 0 AS sealed
         FROM filings WHERE batch_job_id = $1 ORDER BY case_id`,
      [jobId],
    );

  /** Fifty people taken in, each case with the client's statements recorded. */
  async function readyCases(paralegal: ApiSession, tag: string): Promise<string[]> {
    const intake = ok(
      await paralegal.csv<IntakeImportResponse>(
        '/api/intake/csv/import',
        tijuanaIntake(CASES, tag),
      ),
      'intake',
    );
    const imported = await new FollowedJob<IntakeImportResult>(paralegal, intake.job.id).settled(
      60_000,
    );
    const caseIds = [...(imported.result?.caseIds ?? [])];
    expect(caseIds).toHaveLength(CASES);
    for (const [i, caseId] of caseIds.entries())
      ok(
        await paralegal.request('PUT', `/api/cases/${caseId}/filing-facts`, {
          version: 0,
          statements: [`Salí de Honduras por amenazas (declaración ficticia ${i + 1}).`],
        }),
        'filing facts',
      );
    return caseIds;
  }

  it('keeps each filing whole, fails cleanly on its last attempt, and makes each once when resumed', async () => {
    const paralegal = await signIn(api.url, 'paralegal@tijuana.example');
    const tag = `crash-${Date.now().toString(36)}`;
    const caseIds = await readyCases(paralegal, tag);
    const headsFile = await auditHeads(db);
    const batch = {
      templateId: 'sworn-declaration',
      language: 'es',
      caseIds,
      idempotencyKey: `lote-${tag}`,
      details: { place: 'Tijuana' },
    };
    const submitted = ok(
      await paralegal.request<BackgroundJobResponse>('POST', '/api/filings/batches', batch),
      'batch',
    );
    const job = new FollowedJob<FilingBatchResult>(paralegal, submitted.id);

    // Killed a little further into the batch on each of its three attempts (one plus two retries).
    const targets = [5, 20, 35].map((from) => from + Math.floor(Math.random() * 8));
    for (const [round, target] of targets.entries()) {
      const attempt = round + 1;
      const shown = await job.until(
        (j) =>
          (j.status === 'running' && j.attempts === attempt && j.progress.done >= target) ||
          j.status === 'succeeded' ||
          j.status === 'failed',
        90_000,
        20,
      );
      expect(shown).toMatchObject({ status: 'running', attempts: attempt });
      await api.kill();
      const made = await batchFilings(job.id);
      console.log(
        `filings: attempt ${attempt} killed at ${shown.progress.done} shown done, ${made.length} made`,
      );
      // What the member read was never ahead of what was saved; what was saved is whole.
      expect(made.length).toBeGreaterThanOrEqual(shown.progress.done);
      expect(made.length).toBeLessThan(CASES);
      expectWhole(made, caseIds);
      api = await startApi(db.env, 'filings');
      paralegal.moveTo(api.url);
    }

    // Killed on its last attempt: failed, saying so, with what it made kept whole.
    const failed = await job.settled(90_000);
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 3,
      result: null,
      error: { code: 'JOB_CRASHED' },
    });
    expectProgressNeverBack(job.seen);
    const kept = await batchFilings(job.id);
    expectWhole(kept, caseIds);

    // The same batch again runs under the same id and makes only what is missing.
    const again = ok(
      await paralegal.request<BackgroundJobResponse>('POST', '/api/filings/batches', batch),
      'batch again',
    );
    expect(again).toMatchObject({ id: job.id, status: 'queued', error: null });
    const done = await job.settled(90_000);
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: CASES, total: CASES } });
    expect(done.result?.failed).toEqual([]);
    expect(done.result?.filings.map((f) => f.caseId)).toEqual(caseIds);
    const all = await batchFilings(job.id);
    expect(all.map((f) => f.case_id)).toEqual([...caseIds].sort());
    expectWhole(all, caseIds);
    for (const before of kept) expect(all).toContainEqual(before);
    expect(done.result?.filings.map((f) => f.filingId).sort()).toEqual(all.map((f) => f.id).sort());

    // Each PDF is the one its hash names, and no case got a second sworn declaration.
    for (const filing of all) {
      const pdf = await paralegal.bytes(`/api/filings/${filing.id}/pdf`);
      expect(pdf.length).toBe(filing.byte_size);
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(filing.sha256);
    }
    const [{ declarations }] = await db.inOffice<{ declarations: string }>(
      TIJUANA,
      `SELECT count(*) AS declarations FROM filings
        WHERE case_id = ANY($1::uuid[]) AND template_id = 'sworn-declaration'`,
      [caseIds],
    );
    expect(Number(declarations)).toBe(CASES);

    // One audit entry per filing made, none for a filing that does not exist.
    const [audit] = await db.inOffice<Record<string, string>>(
      TIJUANA,
      `SELECT count(*) AS entries, count(DISTINCT a.record_id) AS records,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM filings f WHERE f.id::text = a.record_id))
                AS orphans
         FROM audit_entries a
        WHERE a.organization_id = $1 AND a.action = 'record.created' AND a.record_type = 'filing'
          AND a.occurred_at >= $2`,
      [TIJUANA, submitted.createdAt],
    );
    expect(audit).toEqual({ entries: String(CASES), records: String(CASES), orphans: '0' });
    await auditChainsHold(db, headsFile);
  });
});

/** One filing per case of the batch, each with its sealed PDF, size and hash, numbered 1. */
function expectWhole(filings: readonly BatchFiling[], caseIds: readonly string[]): void {
  expect(new Set(filings.map((f) => f.case_id)).size).toBe(filings.length);
  for (const filing of filings) {
    expect(caseIds).toContain(filing.case_id);
    expect(filing).toMatchObject({ sealed: true, filing_version: 1 });
    expect(filing.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(filing.byte_size).toBeGreaterThan(0);
  }
}

/** Across the kills and restarts of one run, the member never saw less done than before. */
function expectProgressNeverBack(seen: readonly BackgroundJobResponse[]): void {
  let most = 0;
  for (const state of seen) {
    expect(state.progress.done).toBeGreaterThanOrEqual(most);
    most = state.progress.done;
  }
}
