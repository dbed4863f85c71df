// Fuzzes every operation of the served OpenAPI document (a new route is fuzzed without anyone
// listing it) as a signed-in member of the Lima demo office whose roles allow it, its path naming
// real records: wrong types, missing and extra fields, over-long strings, control and
// bidirectional characters, huge numbers, deep nesting, empty bodies, wrong content types, bad
// path parameters and query strings. The bar: no 5xx, every 4xx in the API's error shape with no
// stack trace or SQL in it, nothing logged as a server error, and the app healthy afterwards.
//
// `npm test` runs a few requests of each kind per operation with a fixed seed; `npm run fuzz --
// --runs N [--seed S]` runs more and prints the figures (AMPARO_FUZZ_RUNS, AMPARO_FUZZ_SEED).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import request from 'supertest';
import { withDemoData } from './support/demo-users';
import { arrangeFuzzOffice, type FuzzOffice } from './support/fuzz/fuzz-office';
import { FUZZ_KINDS, type FuzzContext, type FuzzRequest } from './support/fuzz/fuzz-requests';
import { openApiOperations, type OpenApiOperation } from './support/openapi-operations';
import { routeTable, type RouteEntry } from './support/route-table';
import { startTestApi, type TestApi } from './support/test-api';

const RUNS = Number(process.env['AMPARO_FUZZ_RUNS'] ?? 3);
const SEED = Number(process.env['AMPARO_FUZZ_SEED'] ?? 20_261_207);
/** Prints each operation as it is fuzzed, with its time (npm run fuzz does). */
const VERBOSE = process.env['AMPARO_FUZZ_VERBOSE'] === '1';
const SUMMARY = join(__dirname, '..', '..', 'test-output', 'fuzz', 'summary.json');

/** What a server-side failure looks like when it leaks: a stack frame or a driver's message. */
const LEAK =
  /\bat [\w.<>]+ \(|node_modules|QueryFailedError|violates (?:check|foreign key|unique|not-null) constraint|syntax error at or near|invalid byte sequence|relation "\w+"|column "\w+"/;

interface Answer {
  status: number;
  text: string;
}

// Seeding, arranging records and some thousands of requests; a long run takes what it takes.
jest.setTimeout(Math.max(240_000, RUNS * 90_000));

describe('fuzzing every operation of the OpenAPI document', () => {
  let api: TestApi;
  let office: FuzzOffice;
  let operations: OpenApiOperation[];
  let routes: RouteEntry[];
  let csvColumns: string[];

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    office = await arrangeFuzzOffice(api);
    operations = (await openApiOperations(api.url)).sort(
      (a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path),
    );
    routes = routeTable(api.app);
    const template = await request(api.url)
      .get('/api/intake/csv/template')
      .set(
        'Authorization',
        `Bearer ${await office.tokenFor(routeOf('GET', '/api/intake/csv/template'))}`,
      )
      .expect(200);
    csvColumns = template.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',');
  });
  afterAll(() => api.close());

  /** Reads before writes, deletions last: a deleted record would leave later writes only 404s. */
  const rank = (operation: OpenApiOperation) =>
    operation.method === 'GET' ? 0 : operation.method === 'DELETE' ? 2 : 1;

  const routeOf = (method: string, route: string): RouteEntry => {
    const entry = routes.find(
      (candidate) => candidate.method === method && candidate.path === route,
    );
    if (!entry) throw new Error(`the document lists ${method} ${route}, the app has no such route`);
    return entry;
  };

  async function send(fuzzed: FuzzRequest, token: string): Promise<Answer> {
    try {
      const response = await fetch(api.url + fuzzed.url, {
        method: fuzzed.method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(fuzzed.contentType ? { 'Content-Type': fuzzed.contentType } : {}),
        },
        body: fuzzed.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      // No answer at all (reset, timeout) is as bad as a 5xx.
      return { status: 599, text: `no answer: ${(error as Error).message}` };
    }
  }

  /** Why an answer fails the bar, if it does. */
  function defect(answer: Answer): string | undefined {
    if (answer.status >= 500) return `${answer.status}`;
    if (LEAK.test(answer.text)) return 'a stack trace or SQL in the answer';
    if (answer.status < 400) return undefined;
    // Node's HTTP parser refuses a request line and headers over 16 KB before the app sees them.
    if (answer.status === 431 && answer.text === '') return undefined;
    try {
      const body = JSON.parse(answer.text) as { statusCode?: unknown; message?: unknown };
      if (body.statusCode === answer.status && typeof body.message === 'string' && body.message)
        return undefined;
    } catch {
      // not JSON
    }
    return 'a 4xx outside the API error shape';
  }

  it('answers every fuzzed request of every operation without a 5xx', async () => {
    const counts = {
      requests: 0,
      byClass: {} as Record<string, number>,
      byKind: {} as Record<string, number>,
    };
    const failures: string[] = [];
    const covered = new Set<string>();
    const started = Date.now();
    const errorsBefore = api.logs.filter((line) => line.level >= 50).length;

    const unfilled = operations.flatMap((operation) =>
      operation.pathParameters
        .filter((name) => office.parameter(operation.route, name) === undefined)
        .map((name) => `${operation.method} ${operation.path}: {${name}}`),
    );
    // A route naming a new kind of record needs one in fuzz-office.ts to reach its service.
    expect(unfilled).toEqual([]);

    const timings: [string, number][] = [];
    for (const operation of operations) {
      await office.restore();
      const label = `${operation.method} ${operation.path}`;
      const operationStarted = Date.now();
      const token = await office.tokenFor(routeOf(operation.method, operation.route));
      const context: FuzzContext = {
        parameter: (name) => office.parameter(operation.route, name) ?? '',
        recordIds: office.recordIds,
        csvColumns,
      };
      for (const kind of FUZZ_KINDS) {
        const requests = kind.requests(operation, context);
        if (!requests) continue;
        let failing: { request: FuzzRequest; why: string } | undefined;
        const result = await fc.check(
          fc.asyncProperty(requests, async (fuzzed) => {
            const answer = await send(fuzzed, token);
            counts.requests += 1;
            const statusClass = `${Math.floor(answer.status / 100)}xx`;
            counts.byClass[statusClass] = (counts.byClass[statusClass] ?? 0) + 1;
            counts.byKind[kind.name] = (counts.byKind[kind.name] ?? 0) + 1;
            covered.add(label);
            const why = defect(answer);
            if (why) failing = { request: fuzzed, why: `${why}: ${answer.text.slice(0, 300)}` };
            return why === undefined;
          }),
          { seed: seedOf(`${label} ${kind.name}`), numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed && failing) {
          const { request: bad, why } = failing;
          const body = bad.body === undefined ? '' : ` ${JSON.stringify(bad.body.slice(0, 200))}`;
          failures.push(
            `${label} [${kind.name}] ${bad.method} ${bad.url.slice(0, 200)} (${bad.contentType ?? 'no type'})${body} → ${why}`,
          );
        }
      }
      timings.push([label, Date.now() - operationStarted]);
      if (VERBOSE) process.stderr.write(`fuzz: ${label} ${Date.now() - operationStarted} ms\n`);
    }

    const summary = {
      seed: SEED,
      runsPerKind: RUNS,
      operations: operations.length,
      operationsCovered: covered.size,
      requests: counts.requests,
      answers: counts.byClass,
      byKind: counts.byKind,
      failures: failures.length,
      seconds: Math.round((Date.now() - started) / 1000),
      slowest: timings
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([label, ms]) => `${label} ${ms} ms`),
    };
    mkdirSync(join(SUMMARY, '..'), { recursive: true });
    writeFileSync(SUMMARY, `${JSON.stringify({ ...summary, failureList: failures }, null, 2)}\n`);
    console.log(`fuzz: ${JSON.stringify(summary)}`);

    expect(failures).toEqual([]);
    expect(covered.size).toBe(operations.length);
    // A 5xx is logged at error level; so is any failure that never reached a response.
    expect(api.logs.filter((line) => line.level >= 50).length).toBe(errorsBefore);
  });

  it('leaves the app alive and serving afterwards', async () => {
    await request(api.url).get('/api/health').expect(200, { status: 'ok' });
    const token = await office.tokenFor(routeOf('GET', '/api/cases'));
    const caseload = await request(api.url)
      .get('/api/cases')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(caseload.body).toBeDefined();
  });
});

/** A seed per operation and kind, so a new route does not change the others' requests. */
function seedOf(label: string): number {
  let hash = SEED | 0;
  for (const character of label) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0;
  return hash;
}
