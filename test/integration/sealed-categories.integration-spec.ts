// Issue 15, item 6: a person's gender and vulnerabilities and a screening's answers and findings
// are sealed. A dump of the database (pg_dump on a real server, and every row of every table the
// owner can read in the office's scope on either database) holds none of them in clear while the
// API still answers them; rows an older version wrote in clear are sealed by keys:rotate and by
// the start-up pass; the migration keeps existing rows and can be reverted to a working schema.
import { execFile } from 'node:child_process';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import request from 'supertest';
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { migrations } from '@amparo/migrations';
import { SealedCategories1763900073000 } from '../../migrations/1763900073000-sealed-categories';
import { createLogger } from '../../apps/api/src/app/common/logging/logger';
import { sealClearValuesOnStart } from '../../apps/api/src/app/crypto/clear-value-sealing.startup';
import { formatRotationReport } from '../../apps/api/src/app/crypto/key-rotation.command';
import { KeyRotation } from '../../apps/api/src/app/crypto/key-rotation.service';
import { migrateDown, migrateUp } from '../../apps/api/src/app/database/migrator';
import { asBearer, asOwner, LIMA, login, TIJUANA, withDemoData } from './support/demo-users';
import { startTestApi, type LogLine, type TestApi } from './support/test-api';
import { createTestDatabase, databaseKinds } from './support/test-database';

const run = promisify(execFile);

/** Fictional, and distinctive enough that a dump can be searched for it. */
const GENDER = 'Xochipilli-Tlamatini 5518 (demo)';
const VULNERABILITIES = ['trafficking', 'unaccompanied_child'];
const HOURS = 41.25;
const ANSWERS = {
  [Q.nationality]: 'VE',
  [Q.destinationCountry]: 'VE',
  [Q.forumCountry]: 'PE',
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['death-threat', 'extortion'],
  [Q.actors]: ['armed-group'],
  [Q.vulnerabilities]: ['pregnant'],
  [Q.removalProcedure]: 'pasee',
  [Q.hoursUntilRemoval]: HOURS,
};
/**
 * What must not be readable at rest: the gender, each vulnerability, the answers' values and
 * question ids, and the findings' wording (which restates the answers).
 */
const SEALED_TEXT = [
  'Xochipilli-Tlamatini',
  ...VULNERABILITIES,
  'death-threat',
  'extortion',
  'armed-group',
  'pregnant',
  Q.harmTypes,
  Q.actors,
  'received a death threat',
  'aggravate harm',
];

/** Every row of every table the owner may read, in the office's scope, as text. */
async function everyRow(api: TestApi, organizationId: string): Promise<string> {
  const owner = await api.database.ownerClient();
  try {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    // Every table of every schema (pg-boss's queues too) whose columns are all readable.
    const { rows: tables } = await owner.query<{ name: string }>(`
      SELECT format('%I.%I', t.table_schema, t.table_name) AS name
        FROM information_schema.tables t
       WHERE t.table_type = 'BASE TABLE'
         AND t.table_schema NOT IN ('pg_catalog', 'information_schema')
         AND NOT EXISTS (
           SELECT 1 FROM information_schema.columns c
            WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
              AND NOT has_column_privilege(
                format('%I.%I', t.table_schema, t.table_name), c.column_name, 'SELECT'))
       ORDER BY 1`);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['public.clients', 'public.risk_assessments', 'public.audit_entries']),
    );
    const text: string[] = [];
    for (const { name } of tables) {
      const { rows } = await owner.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`);
      text.push(...rows.map((row) => `${name} ${row.row}`));
    }
    await owner.query('ROLLBACK');
    return text.join('\n');
  } finally {
    await owner.end();
  }
}

/** `pg_dump --data-only` of the test database as the owner, in the office's scope (real server). */
async function pgDump(api: TestApi, organizationId: string): Promise<string> {
  const url = api.database.config.DATABASE_URL;
  if (!url) throw new Error('pg_dump needs the real server');
  const { stdout } = await run('pg_dump', ['--data-only', '--enable-row-security', url], {
    env: { ...process.env, PGOPTIONS: `-c app.organization_id=${organizationId}` },
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/** The dumps this database allows: pg_dump on a real server, the row scan on both. */
async function dumps(api: TestApi): Promise<string[]> {
  const scanned = await everyRow(api, LIMA);
  return api.database.endpoints.kind === 'server' ? [scanned, await pgDump(api, LIMA)] : [scanned];
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** How often each sealed text occurs in each dump. */
const occurrences = (texts: string[]) =>
  texts.map((text) =>
    Object.fromEntries(SEALED_TEXT.map((needle) => [needle, count(text, needle)])),
  );

describe('sealed categories at rest', () => {
  let api: TestApi;
  let paralegal: ReturnType<typeof asBearer>;
  let attorneyId: string;
  let baseline: Record<string, number>[];

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
    attorneyId = (await login(api, 'attorney@lima.example')).user.id;
    baseline = occurrences(await dumps(api));
  });
  afterAll(() => api.close());

  /** A person, a case and a screening, through the API as the office's paralegal works. */
  async function takeIn(givenNames: string) {
    const client = await paralegal
      .post('/api/clients', {
        givenNames,
        familyNames: 'Sellada (demo)',
        gender: 'self_described',
        genderDescription: GENDER,
        vulnerabilities: VULNERABILITIES,
        acknowledgeDuplicates: true,
      })
      .expect(201);
    const matter = await paralegal
      .post('/api/cases', {
        clientId: client.body.id,
        jurisdiction: 'PE',
        procedure: 'pasee-expulsion',
        leadAttorneyId: attorneyId,
      })
      .expect(201);
    const assessment = await paralegal
      .post(`/api/cases/${matter.body.id}/risk-assessments`, {
        destination: 'VE',
        answers: ANSWERS,
      })
      .expect(201);
    return {
      clientId: client.body.id as string,
      caseId: matter.body.id as string,
      assessment: assessment.body as Record<string, unknown> & { id: string },
    };
  }

  /** What the API answers about them: the same whether stored sealed or in clear. */
  async function answered(person: { clientId: string; caseId: string }) {
    const client = await paralegal.get(`/api/clients/${person.clientId}`).expect(200);
    const [latest] = (
      await paralegal.get(`/api/cases/${person.caseId}/risk-assessments`).expect(200)
    ).body;
    return {
      gender: client.body.gender,
      vulnerabilities: client.body.vulnerabilities,
      answers: latest.answers,
      level: latest.level,
      reasons: latest.reasons,
      pathways: latest.pathways,
      urgency: latest.urgency,
      advisories: latest.advisories,
    };
  }

  it('keeps the values out of a dump while the API answers them', async () => {
    const person = await takeIn('Zyxwande');
    expect(await answered(person)).toMatchObject({
      gender: GENDER,
      vulnerabilities: VULNERABILITIES,
      answers: ANSWERS,
    });
    const ruleIds = (person.assessment['reasons'] as { ruleId: string }[]).map((r) => r.ruleId);
    expect(ruleIds).toContain('death-threat');

    const after = await dumps(api);
    for (const text of after) {
      // The rows are in the dump (their names, the level and the hours stay in clear)...
      expect(text).toContain('Zyxwande');
      expect(text).toContain(String(HOURS));
      expect(text).toContain(person.assessment.id);
    }
    // ...but not one more occurrence of anything sealed than before they existed.
    expect(occurrences(after)).toEqual(baseline);
  });

  it('seals what an older version stored in clear: keys:rotate, a change, and the start-up pass', async () => {
    const [viaRotation, viaChange, viaStart] = [
      await takeIn('Rotada'),
      await takeIn('Cambiada'),
      await takeIn('Arrancada'),
    ];
    const expected = await answered(viaRotation);

    /** Puts a person and their screening back as a version before sealing stored them. */
    const unseal = async (person: Awaited<ReturnType<typeof takeIn>>) => {
      const { assessment } = person;
      await asOwner(
        api,
        LIMA,
        `UPDATE clients SET gender = $2, vulnerabilities = $3,
                gender_sealed = NULL, vulnerabilities_sealed = NULL WHERE id = $1`,
        [person.clientId, GENDER, VULNERABILITIES],
      );
      await asOwner(
        api,
        LIMA,
        `UPDATE risk_assessments SET answers = $2, reasons = $3, pathways = $4, urgency = $5,
                advisories = $6, answers_sealed = NULL, findings_sealed = NULL,
                hours_until_removal = NULL
          WHERE id = $1`,
        [
          assessment.id,
          JSON.stringify(ANSWERS),
          ...['reasons', 'pathways', 'urgency', 'advisories'].map((key) =>
            JSON.stringify(assessment[key]),
          ),
        ],
      );
    };
    for (const person of [viaRotation, viaChange, viaStart]) await unseal(person);

    // Read as they are: the clear values are the current ones, and the rule still sees the hours
    // (derived from the clear answers as they were written).
    for (const person of [viaRotation, viaChange, viaStart])
      expect(await answered(person)).toEqual(expected);
    const [hours] = await asOwner<{ h: number }>(
      api,
      LIMA,
      `SELECT hours_until_removal AS h FROM risk_assessments WHERE id = $1`,
      [viaRotation.assessment.id],
    );
    expect(hours.h).toBe(HOURS);
    // The control: in clear, the dump shows them.
    const exposed = occurrences(await dumps(api));
    for (const [i, counts] of exposed.entries())
      for (const needle of SEALED_TEXT) expect(counts[needle]).toBeGreaterThan(baseline[i][needle]);

    // A change of the person seals their categories on the way.
    await paralegal
      .patch(`/api/clients/${viaChange.clientId}`, {
        version: (await paralegal.get(`/api/clients/${viaChange.clientId}`)).body.version,
        languages: ['es'],
      })
      .expect(200);
    const [changed] = await asOwner<Record<string, string | null>>(
      api,
      LIMA,
      `SELECT gender, vulnerabilities::text AS vulnerabilities, gender_sealed
         FROM clients WHERE id = $1`,
      [viaChange.clientId],
    );
    expect(changed).toMatchObject({ gender: null, vulnerabilities: null });
    expect(changed['gender_sealed']).toMatch(/^v1\./);

    // keys:rotate seals every clear row (three screenings, two people) in batches of one.
    const rotation = api.app.get(KeyRotation);
    const report = await rotation.rotate({ organizationIds: [LIMA, TIJUANA], batchSize: 1 });
    const sealedBy = Object.fromEntries(
      report.columns.map((column) => [column.column, column.sealedFromClear]),
    );
    expect(sealedBy).toMatchObject({
      'clients.gender_sealed': 2,
      'clients.vulnerabilities_sealed': 2,
      'risk_assessments.answers_sealed': 3,
      'risk_assessments.findings_sealed': 3,
      'clients.contact_sealed': undefined,
    });
    expect(formatRotationReport(report)).toContain(
      'risk_assessments.findings_sealed: 3 sealed from clear columns, 0 re-encrypted',
    );
    expect(occurrences(await dumps(api))).toEqual(baseline);
    for (const person of [viaRotation, viaChange, viaStart])
      expect(await answered(person)).toEqual(expected);
    const [left] = await asOwner<{ n: number }>(
      api,
      LIMA,
      `SELECT count(*)::int AS n FROM risk_assessments
        WHERE answers IS NOT NULL OR reasons IS NOT NULL OR answers_sealed IS NULL
           OR hours_until_removal IS DISTINCT FROM $1`,
      [HOURS],
    );
    expect(left.n).toBe(0);
    // Nothing left: a second run seals nothing.
    const again = await rotation.rotate({ organizationIds: [LIMA, TIJUANA] });
    expect(again.columns.every((column) => (column.sealedFromClear ?? 0) === 0)).toBe(true);

    // The start-up pass does the same for rows found in clear at the next start, and says so.
    await unseal(viaStart);
    const logs: LogLine[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          logs.push(JSON.parse(line));
        done();
      },
    });
    await sealClearValuesOnStart(api.app, [LIMA, TIJUANA], createLogger('info', sink));
    expect(logs.map((line) => line['sealed'])).toEqual([
      {
        'clients.gender_sealed': 1,
        'clients.vulnerabilities_sealed': 1,
        'risk_assessments.answers_sealed': 1,
        'risk_assessments.findings_sealed': 1,
      },
    ]);
    expect(occurrences(await dumps(api))).toEqual(baseline);
    expect(await answered(viaStart)).toEqual(expected);
  });

  it('answers the API as before for a person with no gender or vulnerabilities', async () => {
    const client = await paralegal
      .post('/api/clients', { givenNames: 'Vacía', acknowledgeDuplicates: true })
      .expect(201);
    expect(client.body).toMatchObject({ gender: null, vulnerabilities: [] });
    const [stored] = await asOwner<Record<string, string | null>>(
      api,
      LIMA,
      `SELECT gender_sealed, vulnerabilities_sealed FROM clients WHERE id = $1`,
      [client.body.id],
    );
    // Sealed all the same, at the same length as any other: a dump cannot tell who has none.
    const [other] = await asOwner<Record<string, string | null>>(
      api,
      LIMA,
      `SELECT gender_sealed, vulnerabilities_sealed FROM clients
        WHERE given_names = 'Zyxwande'`,
    );
    expect(stored['gender_sealed']?.length).toBe(other['gender_sealed']?.length);
    expect(stored['vulnerabilities_sealed']?.length).toBe(other['vulnerabilities_sealed']?.length);
    const read = await request(api.url)
      .get(`/api/clients/${client.body.id}`)
      .set('Authorization', `Bearer ${(await login(api, 'paralegal@lima.example')).accessToken}`)
      .expect(200);
    expect(read.body).toMatchObject({ gender: null, vulnerabilities: [] });
  });
});

describe.each(databaseKinds())('the sealing migration on the %s database', (kind) => {
  const ORG = 'aaaaaaaa-0000-4000-8000-0000000000aa';
  const CLIENT = 'aaaaaaaa-0000-4000-8000-0000000000c1';
  const CASE = 'aaaaaaaa-0000-4000-8000-0000000000ca';
  const ASSESSMENT = 'aaaaaaaa-0000-4000-8000-0000000000a1';

  /** As the owner in the office's scope (row-level security binds the owner too). */
  const scoped = async (owner: Client, sql: string, params: unknown[] = []) => {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [ORG]);
    const { rows } = await owner.query(sql, params);
    await owner.query('COMMIT');
    return rows as Record<string, unknown>[];
  };

  it('keeps rows written in clear, derives the hours, and reverts to a working schema', async () => {
    const database = await createTestDatabase(kind, { migrate: false });
    const owner = await database.ownerClient();
    try {
      await migrateUp(database.endpoints);
      // Back to the schema before sealing, whatever migrations came after it.
      const sealing = migrations.findIndex((m) => m.name === SealedCategories1763900073000.name);
      const sinceSealing = migrations.slice(sealing).map((m) => m.name);
      expect(await migrateDown(database.endpoints, sinceSealing.length)).toEqual(
        [...sinceSealing].reverse(),
      );
      // An installation from before: people and screenings in clear.
      await scoped(
        owner,
        `INSERT INTO organizations (id, name, slug) VALUES ($1, 'Antes', 'antes')`,
        [ORG],
      );
      await scoped(
        owner,
        `INSERT INTO clients (id, organization_id, given_names, search_names, gender, vulnerabilities)
         VALUES ($1, $2, 'Previa', 'previa', $3, $4)`,
        [CLIENT, ORG, GENDER, VULNERABILITIES],
      );
      await scoped(
        owner,
        `INSERT INTO cases (id, organization_id, client_id, reference, jurisdiction, procedure, time_zone)
         VALUES ($1, $2, $3, 'ANT-1', 'PE', 'pasee-expulsion', 'America/Lima')`,
        [CASE, ORG, CLIENT],
      );
      await scoped(
        owner,
        `INSERT INTO risk_assessments (id, organization_id, case_id, client_id, destination_country,
           instrument_version, rules_version, version, answers, level, reasons, pathways, urgency,
           advisories, urgent)
         VALUES ($1, $2, $3, $4, 'VE', 'old', 'old', 1, $5, 'high', '[]', '[]', '{}', '[]', true)`,
        [ASSESSMENT, ORG, CASE, CLIENT, JSON.stringify(ANSWERS)],
      );

      await migrateUp(database.endpoints);
      const [client] = await scoped(
        owner,
        `SELECT gender, vulnerabilities, gender_sealed FROM clients WHERE id = $1`,
        [CLIENT],
      );
      expect(client).toEqual({
        gender: GENDER,
        vulnerabilities: VULNERABILITIES,
        gender_sealed: null,
      });
      const [upgraded] = await scoped(
        owner,
        `SELECT hours_until_removal AS hours, answers FROM risk_assessments WHERE id = $1`,
        [ASSESSMENT],
      );
      expect(upgraded).toEqual({ hours: HOURS, answers: ANSWERS });

      // Sealed since (as the application leaves a row), then reverted: the old schema, with what
      // SQL can put back.
      await scoped(
        owner,
        `UPDATE clients SET gender = NULL, vulnerabilities = NULL,
                gender_sealed = 'v1.k1.AAAA', vulnerabilities_sealed = 'v1.k1.AAAA' WHERE id = $1`,
        [CLIENT],
      );
      await scoped(
        owner,
        `UPDATE risk_assessments SET answers = NULL, reasons = NULL, pathways = NULL, urgency = NULL,
                advisories = NULL, answers_sealed = 'v1.k1.AAAA', findings_sealed = 'v1.k1.AAAA'
          WHERE id = $1`,
        [ASSESSMENT],
      );
      await migrateDown(database.endpoints, sinceSealing.length);
      const [reverted] = await scoped(
        owner,
        `SELECT c.gender, c.vulnerabilities, r.answers, r.reasons, r.urgency
           FROM clients c JOIN risk_assessments r ON r.client_id = c.id WHERE c.id = $1`,
        [CLIENT],
      );
      expect(reverted).toEqual({
        gender: null,
        vulnerabilities: [],
        answers: { [Q.hoursUntilRemoval]: HOURS },
        reasons: [],
        urgency: { urgent: true, removalWithin72h: false, reasons: [] },
      });
      const { rows: columns } = await owner.query(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name IN ('clients', 'risk_assessments')
            AND (column_name LIKE '%sealed' OR column_name IN ('vulnerabilities', 'answers',
                 'reasons', 'hours_until_removal'))
          ORDER BY 1, 2`,
      );
      expect(columns).toEqual([
        { table_name: 'clients', column_name: 'contact_sealed', is_nullable: 'YES' },
        { table_name: 'clients', column_name: 'vulnerabilities', is_nullable: 'NO' },
        { table_name: 'risk_assessments', column_name: 'answers', is_nullable: 'NO' },
        { table_name: 'risk_assessments', column_name: 'evidence_sealed', is_nullable: 'YES' },
        { table_name: 'risk_assessments', column_name: 'reasons', is_nullable: 'NO' },
      ]);
      // And up again.
      await migrateUp(database.endpoints);
    } finally {
      await owner.end();
      await database.drop();
    }
  });
});
