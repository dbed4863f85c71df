// Intake of many people at once: every row checked before anything is saved, the import as one
// background job that takes the whole file or nothing, the same file twice taken in once, and
// files that are not what they should be refused with a message saying what to fix. The shipped
// template's example people import as they are, in one round of checking.
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import type { BackgroundJobResponse, IntakeImportResult } from '@amparo/contracts';
import { DeadlineSweepService } from '../../apps/api/src/app/notifications/deadline-sweep.service';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const HEADER =
  'given_names;family_names;birth_date;nationalities;jurisdiction;procedure;custody_status;a_number;lead_attorney_email;event_type;event_occurred_at';

/** Forty people retained at once in Tumbes (fictional), on the Lima clock. */
function retainedGroup(count: number, tag: string): string[] {
  return Array.from({ length: count }, (_, i) =>
    [
      `Persona ${tag}${i + 1}`,
      'Ñuñez (demo)',
      `199${i % 10}-0${(i % 9) + 1}-1${i % 10}`,
      'VE',
      'PE',
      'pasee-expulsion',
      'detained',
      '',
      'attorney@lima.example',
      'police-retention',
      '2026-11-22 21:30',
    ].join(';'),
  );
}

describe('CSV intake of many people', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let paralegalToken: string;
  let supervisor: ReturnType<typeof asBearer>;

  beforeAll(async () => {
    api = await startTestApi({ jobWorkers: true });
    await withDemoData(api);
    paralegalToken = (await login(api, 'paralegal@lima.example')).accessToken;
    paralegal = asBearer(api, paralegalToken);
    supervisor = asBearer(api, (await login(api, 'supervisor@lima.example')).accessToken);
  });
  afterAll(() => api.close());

  const send = (path: string, body: string | Buffer, type = 'text/csv') =>
    request(api.url)
      .post(path)
      .set('Authorization', `Bearer ${paralegalToken}`)
      .set('Content-Type', type)
      .send(body);

  const clientCount = async () =>
    Number((await asOwner<{ count: string }>(api, LIMA, `SELECT count(*) FROM clients`))[0]?.count);

  async function settled(id: string): Promise<BackgroundJobResponse> {
    for (let waited = 0; waited < 60_000; waited += 250) {
      const job = (await paralegal.get(`/api/jobs/${id}`).expect(200))
        .body as BackgroundJobResponse;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await sleep(250);
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('offers the template: every column, UTF-8 with a byte-order mark, example rows', async () => {
    const response = await paralegal.get('/api/intake/csv/template').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('amparo-intake-template-en.csv');
    expect(response.text.startsWith('\uFEFFgiven_names,family_names,')).toBe(true);
    expect(response.text).toContain('event_occurred_at');
    expect(response.text).toContain('Carmen Elena (example)');
    expect(response.text).not.toContain('entered_country_on');
    const es = await paralegal.get('/api/intake/csv/template?language=es').expect(200);
    expect(es.text.startsWith('\uFEFFnombres;apellidos;')).toBe(true);
    const values = await paralegal.get('/api/intake/csv/allowed-values?language=es').expect(200);
    expect(values.headers['content-disposition']).toContain('amparo-intake-allowed-values-es.csv');
    expect(values.text).toContain('custodia;;En libertad;at_liberty | At liberty');
    await paralegal.get('/api/intake/csv/template?language=fr').expect(400);
    await supervisor.get('/api/intake/csv/template').expect(403);
  });

  it.each(['en', 'es'])(
    'imports the shipped %s template as it is downloaded, in one round of checking',
    async (language) => {
      const before = await clientCount();
      const template = await paralegal
        .get(`/api/intake/csv/template?language=${language}`)
        .expect(200);
      // Round 1: the check has nothing to fix.
      const { body: report } = await send('/api/intake/csv/check', template.text).expect(200);
      expect(report).toMatchObject({ rows: 3, validRows: 3, invalidRows: 0, problems: [] });
      const started = await send('/api/intake/csv/import', template.text).expect(202);
      const job = await settled(started.body.job.id);
      expect(job.status).toBe('succeeded');
      const { caseIds } = job.result as IntakeImportResult;
      expect(await clientCount()).toBe(before + 3);
      const cases = await Promise.all(
        caseIds.map(async (id) => (await paralegal.get(`/api/cases/${id}`).expect(200)).body),
      );
      expect(cases.map((c) => [c.jurisdiction, c.procedure, c.timeZone, c.custodyStatus])).toEqual([
        ['PE', 'pasee-expulsion', 'America/Lima', 'detained'],
        ['MX', 'comar-refugee-claim', 'America/Tijuana', 'at_liberty'],
        ['PE', 'refugee-claim', 'America/Lima', 'unknown'],
      ]);
      // One entry into Mexico: one event, one COMAR clock.
      const events = (await paralegal.get(`/api/cases/${caseIds[1]}/events`).expect(200)).body;
      expect(events.map((e: { eventType: string }) => e.eventType)).toEqual(['entry-into-country']);
      const deadlines = (await paralegal.get(`/api/cases/${caseIds[1]}/deadlines`).expect(200))
        .body as { ruleId: string }[];
      expect(deadlines.filter((d) => d.ruleId === 'mx.comar.application')).toHaveLength(1);
    },
  );

  it('checks every row and reports each problem by line and column, saving nothing', async () => {
    const before = await clientCount();
    const file = [
      `\uFEFF${HEADER}`,
      ...retainedGroup(3, 'A'),
      'Sin Jurisdicción;(demo);1990-01-01;VE;AR;pasee-expulsion;;;;;',
      'Futuro;(demo);2040-01-01;Venezuela;PE;pasee-expulsion;libre;;;police-retention;2026-10-01 08:00',
      `${'X'.repeat(250)};(demo);;VE;PE;pasee-expulsion;;;nobody@lima.example;;`,
      'Ana \u202Eoiram;(demo);;VE;PE;pasee-expulsion;;;;;',
    ].join('\r\n');
    const { body } = await send('/api/intake/csv/check', file).expect(200);
    expect(body).toMatchObject({ delimiter: ';', rows: 7, validRows: 3, invalidRows: 4 });
    // Every problem of every row in one pass, each with what would be accepted.
    expect(body.problems).toEqual([
      {
        line: 5,
        column: 'jurisdiction',
        message:
          'jurisdiction: "AR" is not an allowed value (allowed: Peru, United States, Mexico, Dominican Republic, Panama, Costa Rica)',
      },
      { line: 6, column: 'birth_date', message: 'birth_date: is in the future' },
      {
        line: 6,
        column: 'custody_status',
        message:
          'custody_status: "libre" is not an allowed value (allowed: Detained, Released, At liberty, Unknown)',
      },
      {
        line: 7,
        column: 'given_names',
        message: 'given_names must be between 1 and 200 characters',
      },
      {
        line: 7,
        column: 'lead_attorney_email',
        message: 'nobody@lima.example is not an active attorney of your office',
      },
      {
        line: 8,
        column: 'given_names',
        message: expect.stringContaining('given_names holds a bidirectional override'),
      },
    ]);
    expect(body.preview[0]).toMatchObject({
      line: 2,
      name: 'Persona A1 Ñuñez (demo)',
      events: [{ eventType: 'police-retention', occurredAt: '2026-11-22T21:30:00-05:00' }],
    });
    expect(await clientCount()).toBe(before);

    // "all" refuses a file with problems, listing them; nothing is queued.
    const refused = await send('/api/intake/csv/import?rows=all', file).expect(400);
    expect(refused.body.code).toBe('INTAKE_HAS_PROBLEMS');
    expect(refused.body.details).toHaveLength(6);
    expect(await clientCount()).toBe(before);
  });

  it('takes in forty retained people as one job, starts their PASEE clocks, and the same file twice once', async () => {
    const before = await clientCount();
    const file = [HEADER, ...retainedGroup(40, 'B')].join('\n');
    const started = await send('/api/intake/csv/import', file).expect(202);
    expect(started.body).toMatchObject({
      created: true,
      report: { rows: 40, validRows: 40 },
      job: { kind: 'intake.csv', progress: { done: 0, total: 40 } },
    });
    const job = await settled(started.body.job.id);
    expect(job).toMatchObject({ status: 'succeeded', progress: { done: 40, total: 40 } });
    const result = job.result as IntakeImportResult;
    expect(result.imported).toBe(40);
    expect(await clientCount()).toBe(before + 40);

    const deadlines = await paralegal.get(`/api/cases/${result.caseIds[0]}/deadlines`).expect(200);
    const pasee = deadlines.body.find((d: { ruleId: string }) => d.ruleId.startsWith('pe.pasee'));
    expect(pasee).toBeDefined();
    expect(pasee.timeZone).toBe('America/Lima');

    const again = await send('/api/intake/csv/import', file).expect(202);
    expect(again.body).toMatchObject({ created: false, job: { id: job.id, status: 'succeeded' } });
    expect(await clientCount()).toBe(before + 40);
  });

  it("takes in last year's retentions as history: no alarm, no miss, still seen by supervisors", async () => {
    const file = [
      HEADER,
      ...retainedGroup(3, 'H').map((row) =>
        row
          .replace(';detained;', ';released;')
          .replace('2026-09-01', '2024-09-01')
          .replace('2026-11-22 21:30', '2025-11-20 08:00'),
      ),
    ].join('\n');
    const started = await send('/api/intake/csv/import', file);
    expect([started.status, started.body.report?.invalidRows]).toEqual([202, 0]);
    const job = await settled(started.body.job.id);
    expect(job.status).toBe('succeeded');
    const { caseIds } = job.result as IntakeImportResult;
    expect(caseIds).toHaveLength(3);

    for (const caseId of caseIds) {
      const deadlines = (await paralegal.get(`/api/cases/${caseId}/deadlines`).expect(200))
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
    }
    // The sweep tells no one and marks nothing.
    await api.app.get(DeadlineSweepService).sweep(LIMA);
    const told = await asOwner<{ count: string }>(
      api,
      LIMA,
      `SELECT count(*) FROM notifications WHERE case_id = ANY($1)`,
      [caseIds],
    );
    expect(Number(told[0]?.count)).toBe(0);
    const marked = await asOwner<{ count: string }>(
      api,
      LIMA,
      `SELECT count(*) FROM case_deadlines WHERE case_id = ANY($1) AND status = 'missed'`,
      [caseIds],
    );
    expect(Number(marked[0]?.count)).toBe(0);
    const missed = (await supervisor.get('/api/deadlines?status=missed').expect(200)).body as {
      caseId: string;
    }[];
    expect(missed.filter((d) => caseIds.includes(d.caseId))).toEqual([]);
    // Supervisors still see them, as history.
    const audit = (await supervisor.get('/api/supervision/deadline-audit').expect(200)).body as {
      rows: { bucket: string; case: { id: string } }[];
    };
    const listed = audit.rows.filter((row) => caseIds.includes(row.case.id));
    expect(listed.filter((row) => row.bucket === 'history')).toHaveLength(6);
    expect(listed.some((row) => row.bucket === 'missed' || row.bucket === 'openings')).toBe(false);
  });

  it('imports only the valid rows when asked to', async () => {
    const before = await clientCount();
    const file = [HEADER, ...retainedGroup(2, 'C'), 'Mal;(demo);x;VE;PE;pasee-expulsion;;;;;'].join(
      '\n',
    );
    const started = await send('/api/intake/csv/import?rows=valid', file).expect(202);
    expect(started.body.report).toMatchObject({ rows: 3, validRows: 2, invalidRows: 1 });
    expect((await settled(started.body.job.id)).status).toBe('succeeded');
    expect(await clientCount()).toBe(before + 2);
  });

  it('leaves nothing behind when the import fails halfway', async () => {
    // A real failure inside the database for the third person of the file. On the embedded
    // database every connection shares one session, dropped to the app role after migrations:
    // the schema's owner (the session user) creates the trigger, for this transaction only.
    const asSchemaOwner = (sql: string) =>
      asOwner(
        api,
        LIMA,
        api.database.endpoints.kind === 'embedded' ? `SET LOCAL ROLE NONE; ${sql}` : sql,
      );
    await asSchemaOwner(
      `CREATE FUNCTION refuse_test_client() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.given_names = 'Persona D3' THEN RAISE EXCEPTION 'refused (test)'; END IF;
           RETURN NEW;
         END $$`,
    );
    await asSchemaOwner(
      `CREATE TRIGGER refuse_test_client BEFORE INSERT ON clients
         FOR EACH ROW EXECUTE FUNCTION refuse_test_client()`,
    );
    try {
      const before = await clientCount();
      const started = await send(
        '/api/intake/csv/import',
        [HEADER, ...retainedGroup(5, 'D')].join('\n'),
      ).expect(202);
      const job = await settled(started.body.job.id);
      expect(job).toMatchObject({ status: 'failed', attempts: 3, error: { code: 'JOB_CRASHED' } });
      expect(await clientCount()).toBe(before);
    } finally {
      await asSchemaOwner(`DROP TRIGGER refuse_test_client ON clients`);
      await asSchemaOwner(`DROP FUNCTION refuse_test_client()`);
    }
  });

  it('refuses files that are not intake sheets with a message saying what to fix', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]);
    const notCsv = await send('/api/intake/csv/check', png).expect(400);
    expect(notCsv.body).toMatchObject({ code: 'INTAKE_NOT_CSV' });
    expect(notCsv.body.message).toContain('CSV UTF-8');

    const badHeader = await send('/api/intake/csv/check', 'name,country\nAna,VE').expect(400);
    expect(badHeader.body.code).toBe('INTAKE_BAD_HEADER');
    expect(badHeader.body.message).toContain('missing column(s) given_names, procedure');

    const unclosed = await send(
      '/api/intake/csv/check',
      `${HEADER}\n"Ana;(demo);;VE;PE;pasee-expulsion;;;;;`,
    ).expect(400);
    expect(unclosed.body.message).toMatch(/cannot be read as CSV.*quoted cell is never closed/);

    const empty = await send('/api/intake/csv/check', `${HEADER}\n`).expect(400);
    expect(empty.body.code).toBe('INTAKE_EMPTY_FILE');

    const manyRows = [HEADER, ...Array.from({ length: 100_000 }, () => 'A;;;;PE;x;;;;;')].join(
      '\n',
    );
    const tooMany = await send('/api/intake/csv/check', manyRows).expect(413);
    expect(tooMany.body.message).toContain('at most 5000 people');

    const huge = await send('/api/intake/csv/check', 'x'.repeat(50 * 1024 * 1024)).expect(413);
    expect(huge.body.message).toContain('larger than 5 MB');

    await send('/api/intake/csv/check', '{"a":1}', 'application/json').expect(415);
  });
});
