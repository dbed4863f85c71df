// Caseload and name-search figures on a PostgreSQL server filled by `npm run seed:bench`
// (npm run bench:caseload). Prints figures; asserts nothing: wall-clock times depend on the machine.
//   - caseload page (50 rows, one attorney's cases at one stage, by next deadline): p50/p95 over
//     HTTP with 20 concurrent clients, the very same statements run directly in SQL, the ratio;
//   - free-text search over names and aliases (any script, case and accents ignored): p50/p95;
//   - the calendar's month of deadlines (an attorney's, a supervisor's whole office) and the
//     supervisor's deadline audit view over HTTP;
//   - the plans PostgreSQL chose (EXPLAIN ANALYZE), to show which indexes answer.
// Needs DATABASE_URL (the owner), DATABASE_APP_PASSWORD and the AMPARO_MASTER_KEY used to seed.
import { createHash } from 'node:crypto';
import { Client, Pool } from 'pg';
import type { CaseloadQueryDto } from '@amparo/contracts';
import {
  caseloadStatements,
  type CaseloadStatements,
} from '../../apps/api/src/app/cases/caseload.query';
import { percentile, startServer } from './support/server.mjs';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 20);
const REQUESTS_PER_CLIENT = Number(process.env['BENCH_REQUESTS'] ?? 50);
const SEARCHES = Number(process.env['BENCH_SEARCHES'] ?? 300);
const CALENDAR_READS = Number(process.env['BENCH_CALENDAR'] ?? 40);

interface Office {
  organizationId: string;
  supervisorEmail: string;
  supervisorId: string;
  attorneys: string[];
  attorneyEmail: string;
  token?: string;
  attorneyToken?: string;
  attorneyId?: string;
  /** Whether the office shows every case to all its members. */
  seesAll: boolean;
}
interface Sample {
  office: Office;
  query: CaseloadQueryDto;
  /** Whose request: the office's supervisor (default) or its first attorney. */
  as?: 'attorney';
}

const ownerUrl = process.env['DATABASE_URL'];
if (!ownerUrl || !process.env['AMPARO_MASTER_KEY']) {
  console.error(
    'bench:caseload needs DATABASE_URL and AMPARO_MASTER_KEY (those used by seed:bench)',
  );
  process.exit(1);
}
const appUrl = new URL(ownerUrl);
appUrl.username = 'amparo_app';
appUrl.password = process.env['DATABASE_APP_PASSWORD'] ?? '';

const owner = new Client({ connectionString: ownerUrl });
await owner.connect();
const offices = await benchOffices();
if (offices.length === 0) {
  console.error('no bench offices here: run npm run seed:bench first');
  process.exit(1);
}
const size = await owner.query<{ relname: string; n: string }>(
  `SELECT relname, reltuples::bigint::text AS n FROM pg_class
    WHERE relname IN ('cases', 'clients', 'case_deadlines', 'case_events', 'risk_assessments') ORDER BY relname`,
);
console.log(
  `database: PostgreSQL ${(await owner.query('SHOW server_version')).rows[0].server_version}; ` +
    `rows (estimated): ${size.rows.map((r) => `${r.relname} ${Number(r.n).toLocaleString('en')}`).join(', ')}; ` +
    `${offices.length} offices used; ${CLIENTS} concurrent clients`,
);

const server = await startServer({ DATABASE_POOL_MAX: String(CLIENTS), LOG_LEVEL: 'warn' });
const app = new Pool({ connectionString: appUrl.toString(), max: CLIENTS });
try {
  await signIn();

  // ---- The caseload page.
  let turn = 0;
  const caseloadSample = (office: Office): Sample => ({
    office,
    query: {
      assignee: office.attorneys[turn++ % office.attorneys.length],
      stage: 'active',
      sort: 'next-deadline',
      limit: 50,
    },
  });
  const httpCaseload = (s: Sample) => httpGet(s);
  const sqlCaseload = (s: Sample) => sqlRun(s);
  await concurrently(CLIENTS, 5, caseloadSample, httpCaseload); // warm-up
  await concurrently(CLIENTS, 5, caseloadSample, sqlCaseload);
  const http1 = await concurrently(1, REQUESTS_PER_CLIENT, caseloadSample, httpCaseload);
  const sql1 = await concurrently(1, REQUESTS_PER_CLIENT, caseloadSample, sqlCaseload);
  const http20 = await concurrently(CLIENTS, REQUESTS_PER_CLIENT, caseloadSample, httpCaseload);
  const sql20 = await concurrently(CLIENTS, REQUESTS_PER_CLIENT, caseloadSample, sqlCaseload);
  const total = await sqlRun(caseloadSample(offices[0]));
  console.log(
    `caseload page (assignee + stage=active, sort=next-deadline, 50 rows; e.g. 50 of ${total} cases):`,
  );
  report('  HTTP, 1 client ', http1);
  report('  SQL,  1 client ', sql1);
  report(`  HTTP, ${CLIENTS} clients`, http20);
  report(`  SQL,  ${CLIENTS} clients`, sql20);
  console.log(
    `  ratio HTTP/SQL at ${CLIENTS} clients: p50 ${(percentile(http20, 50) / percentile(sql20, 50)).toFixed(2)}, ` +
      `p95 ${(percentile(http20, 95) / percentile(sql20, 95)).toFixed(2)}; at 1 client: p50 ` +
      `${(percentile(http1, 50) / percentile(sql1, 50)).toFixed(2)}, p95 ${(percentile(http1, 95) / percentile(sql1, 95)).toFixed(2)}`,
  );

  // ---- The default page, by urgency (issue 22), one client: a supervisor's whole office, and an
  // attorney's own cases as they open the caseload (their token, no filters).
  await signIn(); // access tokens are short-lived: a run on a loaded machine outlives them
  const officeByUrgency = (office: Office): Sample => ({
    office,
    query: { sort: 'urgency', limit: 50 },
  });
  const ownByUrgency = (office: Office): Sample => ({
    office,
    query: { sort: 'urgency', limit: 50 },
    as: 'attorney',
  });
  for (const [label, sample] of [
    ["supervisor's whole office by urgency (no filter, 50 rows)", officeByUrgency],
    ["attorney's own cases by urgency (their default page, 50 rows)", ownByUrgency],
  ] as const) {
    await concurrently(1, 5, sample, httpCaseload); // warm-up
    await concurrently(1, 5, sample, sqlCaseload);
    const http = await concurrently(1, REQUESTS_PER_CLIENT, sample, httpCaseload);
    const sql = await concurrently(1, REQUESTS_PER_CLIENT, sample, sqlCaseload);
    const of = await sqlRun(sample(offices[0]));
    console.log(`${label}, e.g. 50 of ${of} cases:`);
    report('  HTTP, 1 client ', http);
    report('  SQL,  1 client ', sql);
  }

  // ---- Free-text search over names and aliases, as a supervisor (the whole office).
  await signIn();
  const terms = await searchTerms();
  let next = 0;
  const searchSample = (office: Office): Sample => {
    const [organizationId, q] = terms[next++ % terms.length];
    return {
      office: offices.find((o) => o.organizationId === organizationId) ?? office,
      query: { q, limit: 50 },
    };
  };
  await concurrently(1, 20, searchSample, httpGet);
  const search1 = await concurrently(1, SEARCHES, searchSample, httpGet);
  const searchSql1 = await concurrently(1, SEARCHES, searchSample, sqlRun);
  const search20 = await concurrently(
    CLIENTS,
    Math.ceil(SEARCHES / CLIENTS),
    searchSample,
    httpGet,
  );
  console.log(
    `name search (q over names and aliases, urgency order, 50 rows; ${terms.length} terms such as ${terms
      .slice(0, 6)
      .map(([, q]) => JSON.stringify(q))
      .join(', ')}):`,
  );
  report('  HTTP, 1 client ', search1);
  report('  SQL,  1 client ', searchSql1);
  report(`  HTTP, ${CLIENTS} clients`, search20);

  // ---- The calendar's month and the supervisor's deadline audit, one client.
  await signIn();
  const month = calendarMonth();
  const deadlineReads = async (
    label: string,
    path: (office: Office) => string,
    token: (office: Office) => string,
  ) => {
    let rows = 0;
    const take = (office: Office) => ({ office, query: {} });
    const read = async (s: Sample) => {
      rows = (await apiGet<unknown[]>(path(s.office), token(s.office))).length;
    };
    await concurrently(1, 3, take, read);
    report(
      `  ${label} (e.g. ${rows} deadlines)`,
      await concurrently(1, CALENDAR_READS, take, read),
    );
  };
  console.log(
    `deadlines across cases (GET /api/deadlines; the calendar shows ${month.dueAfter.slice(0, 10)} to ${month.dueBefore.slice(0, 10)}):`,
  );
  const monthQuery = `dueAfter=${encodeURIComponent(month.dueAfter)}&dueBefore=${encodeURIComponent(month.dueBefore)}`;
  await deadlineReads(
    "an attorney's month",
    (office) => `/api/deadlines?${monthQuery}&assignee=${office.attorneys[0]}`,
    (office) => office.attorneyToken ?? '',
  );
  await deadlineReads(
    "a supervisor's month (the office)",
    () => `/api/deadlines?${monthQuery}`,
    (office) => office.token ?? '',
  );
  await deadlineReads(
    "the supervisor's audit view",
    () => '/api/deadlines',
    (office) => office.token ?? '',
  );

  // ---- Which indexes answer.
  await explain('caseload page', caseloadSample(offices[0]));
  await explain("supervisor's office by urgency", officeByUrgency(offices[0]));
  await explain("attorney's own cases by urgency", ownByUrgency(offices[0]));
  await explain('name search', { office: offices[0], query: { q: terms[0][1], limit: 50 } });
} finally {
  await app.end();
  await owner.end();
  await server.stop();
}

async function benchOffices(): Promise<Office[]> {
  const { rows } = await owner.query<{
    email: string;
    user_id: string;
    organization_id: string;
    sees_all: boolean;
  }>(
    `SELECT u.email, u.user_id, u.organization_id, o.case_visibility = 'organization' AS sees_all
       FROM user_directory u JOIN organizations o ON o.id = u.organization_id
      WHERE u.email LIKE 'supervisor1@bench-%' ORDER BY u.email LIMIT $1`,
    [CLIENTS],
  );
  const found: Office[] = [];
  for (const row of rows) {
    const attorneys = await owner.query<{ user_id: string; email: string }>(
      `SELECT user_id, email FROM user_directory WHERE organization_id = $1 AND email LIKE 'attorney%' ORDER BY email`,
      [row.organization_id],
    );
    found.push({
      organizationId: row.organization_id,
      supervisorEmail: row.email,
      supervisorId: row.user_id,
      attorneys: attorneys.rows.map((a) => a.user_id),
      attorneyEmail: attorneys.rows[0]?.email ?? '',
      seesAll: row.sees_all,
    });
  }
  return found;
}

/** Real names from the data: a family name, a given name's start, an alias, in any script. */
async function searchTerms(): Promise<Array<[string, string]>> {
  const terms: Array<[string, string]> = [];
  const spelled = [
    'PÉREZ NÚÑEZ',
    'Quiñónez',
    'jean-louis',
    'Иванов',
    '王',
    'احمدی',
    'सिंह',
    'Ti Wilner',
  ];
  for (const office of offices) {
    const names = await inTenant(office.organizationId, (db) =>
      db.query<{ search_names: string }>(
        `SELECT search_names FROM clients TABLESAMPLE SYSTEM (2) REPEATABLE (7) LIMIT 12`,
      ),
    );
    names.rows.forEach((row, i) => {
      const [name, alias] = row.search_names.split(' | ');
      const words = name.split(' ');
      const term =
        i % 4 === 0 && alias
          ? alias
          : i % 4 === 1
            ? words[0].slice(0, 5)
            : i % 4 === 2
              ? words.slice(-2).join(' ')
              : words[words.length - 1];
      terms.push([office.organizationId, term]);
    });
    terms.push([office.organizationId, spelled[terms.length % spelled.length]]);
  }
  return terms;
}

/** Fresh tokens for every office's supervisor and first attorney. */
async function signIn(): Promise<void> {
  for (const office of offices) {
    office.token = await login(office.supervisorEmail);
    office.attorneyToken = await login(office.attorneyEmail);
    office.attorneyId = office.attorneys[0];
  }
}

async function login(email: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'amparo-bench-password' }),
  });
  if (!response.ok)
    throw new Error(`login of ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The dates a month view of this month asks for, as the calendar page widens them. */
function calendarMonth(): { dueAfter: string; dueBefore: string } {
  const now = new Date();
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const day = 86_400_000;
  return {
    dueAfter: new Date(first - 7 * day).toISOString(),
    dueBefore: new Date(next + 8 * day).toISOString(),
  };
}

async function apiGet<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function httpGet({ office, query, as }: Sample): Promise<void> {
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]) => [key, String(value)]),
  );
  const response = await fetch(`${server.url}/api/cases?${search}`, {
    headers: { Authorization: `Bearer ${as === 'attorney' ? office.attorneyToken : office.token}` },
  });
  if (!response.ok) throw new Error(`GET /api/cases: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** As the API builds them for the office's visibility. */
function statementsFor({ office, query, as }: Sample): CaseloadStatements {
  return as === 'attorney'
    ? caseloadStatements({ seesAll: office.seesAll, userId: office.attorneyId ?? '' }, query)
    : caseloadStatements({ seesAll: true, userId: office.supervisorId }, query);
}

/**
 * The statements the API runs for this request (the office's visibility, the total, the page), in
 * a tenant transaction as the app role; returns the total.
 */
async function sqlRun(sample: Sample): Promise<number> {
  const { office } = sample;
  const { count, page } = statementsFor(sample);
  return inTenant(office.organizationId, async (db) => {
    await db.query(`SELECT case_visibility FROM organizations WHERE id = $1`, [
      office.organizationId,
    ]);
    // Named, as the API prepares them (apps/api/src/app/database/prepared-query.ts).
    const total = await db.query<{ total: number }>({
      name: statementName(count.sql),
      text: count.sql,
      values: [...count.params],
    });
    await db.query({ name: statementName(page.sql), text: page.sql, values: [...page.params] });
    return total.rows[0].total;
  });
}

function statementName(text: string): string {
  return `amparo_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

async function inTenant<T>(
  organizationId: string,
  work: (db: import('pg').PoolClient) => Promise<T>,
): Promise<T> {
  const db = await app.connect();
  try {
    await db.query('BEGIN');
    await db.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    const result = await work(db);
    await db.query('COMMIT');
    return result;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    db.release();
  }
}

/** `clients` workers, each making `each` requests one after another; every latency in ms. */
async function concurrently(
  clients: number,
  each: number,
  sample: (office: Office) => Sample,
  task: (s: Sample) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const office = offices[i % offices.length];
      for (let n = 0; n < each; n += 1) {
        const s = sample(office);
        const started = process.hrtime.bigint();
        await task(s);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return latencies;
}

function report(label: string, samples: number[]): void {
  console.log(
    `${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, ` +
      `max ${Math.max(...samples).toFixed(1)} ms over ${samples.length} requests`,
  );
}

async function explain(label: string, sample: Sample): Promise<void> {
  const { office } = sample;
  const { count, page } = statementsFor(sample);
  for (const [part, statement] of [
    ['page', page],
    ['total', count],
  ] as const) {
    const plan = await inTenant(office.organizationId, (db) =>
      db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, [
        ...statement.params,
      ]),
    );
    const lines = plan.rows.map((r) => r['QUERY PLAN']);
    const indexes = [
      ...new Set(lines.flatMap((l) => /(?:using|Index Scan on) (\w+)/i.exec(l)?.[1] ?? [])),
    ];
    const scans = lines.filter((l) => /Seq Scan/.test(l)).map((l) => l.trim().split('  ')[0]);
    console.log(
      `plan of the ${label} (${part}): ${lines.find((l) => l.startsWith('Execution Time'))}; indexes ${indexes.join(', ') || 'none'}` +
        (scans.length ? `; sequential scans: ${scans.join('; ')}` : '; no sequential scan'),
    );
    if (process.env['BENCH_PLANS']) console.log(lines.join('\n'));
  }
}
