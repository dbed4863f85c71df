// The global HTTP pipeline, on the app composed as `npm start` composes it (the client served at
// `/` through the same module and middleware order): every bad input gets a clear 4xx in one JSON
// shape, in a fixed order (who is calling before what they sent), nothing is half-written,
// nothing leaks, and client mistakes are not logged as errors.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { login, withDemoData } from './support/demo-users';
import { FIXTURE_ORGANIZATION_ID, PipelineFixtureModule } from './support/pipeline-fixture.module';
import { startTestApi, type TestApi } from './support/test-api';

/** `levels` arrays inside one another: 200 KB of them overflowed validation's stack (a 500). */
const nestedArrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
/** JSON over the 1 MB limit. */
const twoMegabytes = () => JSON.stringify({ email: 'a'.repeat(2_000_000), password: 'x' });

describe('HTTP pipeline', () => {
  let api: TestApi;
  let token: string;

  // The stand-in client compressed as the build compresses the real one
  // (apps/client/scripts/precompress.mjs), before the app starts and lists its files.
  const client = join(__dirname, 'support', 'client');
  const chunk = 'chunk-STANDIN1.js';

  beforeAll(async () => {
    execFileSync(process.execPath, [
      join(__dirname, '../../apps/client/scripts/precompress.mjs'),
      client,
    ]);
    api = await startTestApi({ modules: [PipelineFixtureModule] });
    await withDemoData(api);
    ({ accessToken: token } = await login(api, 'paralegal@lima.example'));
  });
  afterAll(async () => {
    await api.close();
    rmSync(join(client, `${chunk}.br`), { force: true });
    rmSync(join(client, `${chunk}.gz`), { force: true });
  });

  const signedIn = (pending: request.Test) => pending.set('Authorization', `Bearer ${token}`);
  /** A POST whose body is sent exactly as written, declared as JSON. */
  const postJson = (path: string, body: string) =>
    request(api.url).post(path).set('Content-Type', 'application/json').send(body);

  const errorsLogged = () => api.logs.filter((line) => line.level >= 50);

  it('answers the health probe when the database answers', async () => {
    const response = await request(api.url).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('sets security headers and a request id on every response', async () => {
    const response = await request(api.url).get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets no cache keep an API answer, a refusal or an error included', async () => {
    for (const path of ['/api/health', '/api/openapi.json', '/api/no-such-route', '/api/auth/me']) {
      const response = await request(api.url).get(path);
      expect({ path, cache: response.headers['cache-control'] }).toEqual({
        path,
        cache: 'no-store',
      });
    }
    // The client's files are not API answers: their own caching rules apply.
    const home = await request(api.url).get('/').expect(200);
    expect(home.headers['cache-control']).not.toBe('no-store');
  });

  it('keeps a sane incoming request id and replaces an unsafe one', async () => {
    const kept = await request(api.url).get('/api/health').set('X-Request-Id', 'trace-1234abcd');
    expect(kept.headers['x-request-id']).toBe('trace-1234abcd');
    const replaced = await request(api.url)
      .get('/api/health')
      .set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).not.toContain('bad');
  });

  it('serves the client at /, its files as files, and deep links outside /api as index.html', async () => {
    const home = await request(api.url).get('/').expect(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.text).toContain('<amp-root>');
    const file = await request(api.url).get('/styles.css').expect(200);
    expect(file.headers['content-type']).toMatch(/^text\/css/);
    for (const deepLink of ['/cases/2f1d/deadlines', '/admin/users', '/login']) {
      const page = await request(api.url).get(deepLink).expect(200);
      expect(page.text).toContain('<amp-root>');
    }
  });

  it('sends the client compressed as the browser accepts, hashed files cached a year, index.html never', async () => {
    const original = readFileSync(join(client, chunk), 'utf8');
    // node:http, not fetch: fetch sets Accept-Encoding itself and decodes what comes back.
    const fetchAs = (path: string, acceptEncoding: string) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>(
        (resolve, reject) =>
          httpGet(
            `${api.url}${path}`,
            { headers: { 'Accept-Encoding': acceptEncoding } },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (part: Buffer) => chunks.push(part));
              res.on('end', () => {
                const body = Buffer.concat(chunks);
                const encoding = res.headers['content-encoding'];
                const decoded =
                  encoding === 'br'
                    ? brotliDecompressSync(body)
                    : encoding === 'gzip'
                      ? gunzipSync(body)
                      : body;
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  text: decoded.toString(),
                });
              });
            },
          ).on('error', reject),
      );
    for (const [accepted, sent] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await fetchAs(`/${chunk}`, accepted);
      expect({
        accepted,
        status: response.status,
        encoding: response.headers['content-encoding'] ?? null,
      }).toEqual({ accepted, status: 200, encoding: sent });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.text).toBe(original);
      if (sent) expect(response.headers['vary']).toMatch(/accept-encoding/i);
    }
    // index.html, at / or for a deep link, and unhashed files are checked on every visit.
    for (const path of ['/', '/cases/2f1d/deadlines', '/styles.css']) {
      const response = await fetchAs(path, 'gzip, br');
      expect({
        path,
        status: response.status,
        cache: response.headers['cache-control'],
      }).toEqual({ path, status: 200, cache: 'no-cache' });
    }
    // The API keeps its own rule, whatever files sit in the client's folder.
    const api404 = await fetchAs('/api/chunk-STANDIN1.js', 'br');
    expect([api404.status, api404.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('answers an unknown API route with a JSON 404, whatever the method or body', async () => {
    const unknown = await request(api.url).get('/api/no-such-route').expect(404);
    expect(unknown.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/no-such-route',
    });
    const bare = await request(api.url).get('/api').expect(404);
    expect(bare.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const posted = await postJson('/api/no-such-route', '{"broken": ').expect(404);
    expect(posted.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot POST /api/no-such-route',
    });
    const deep = await request(api.url).get('/api/cases/deep/no-such-route').expect(404);
    expect(deep.headers['content-type']).toMatch(/^application\/json/);
  });

  it('names the problem in malformed JSON with a 400 on a real route, as started', async () => {
    const response = await postJson('/api/auth/login', '{"email": "ana@lima.example", ').expect(
      400,
    );
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.message).toMatch(/^Malformed JSON in the request body: /);
    const fixture = await postJson('/api/test-fixtures/echo', '{"name": "Ana", ').expect(400);
    expect(fixture.body.message).toMatch(/^Malformed JSON in the request body: /);
  });

  it('refuses a 2 MB body with a 413 on a real route, as started', async () => {
    const response = await postJson('/api/auth/login', twoMegabytes()).expect(413);
    expect(response.body.message).toBe(
      'The request body is larger than the limit of 1048576 bytes',
    );
  });

  it('refuses nesting deeper than 32 levels with a 400 before validation', async () => {
    // 200 KB of nested arrays: validation used to overflow its stack on it (a 500).
    const response = await postJson('/api/auth/login', nestedArrays(100_000)).expect(400);
    expect(response.body).toMatchObject({
      code: 'BODY_TOO_DEEP',
      message: 'The request body nests objects or arrays deeper than 32 levels',
    });
    // 33 levels is refused; 32 levels reaches validation, which names the unknown field.
    const nestedField = (levels: number) =>
      `{"name":"Ana","count":1,"extra":${nestedArrays(levels - 1)}}`;
    const tooDeep = await postJson('/api/test-fixtures/echo', nestedField(33)).expect(400);
    expect(tooDeep.body.code).toBe('BODY_TOO_DEEP');
    const deepEnough = await postJson('/api/test-fixtures/echo', nestedField(32)).expect(400);
    expect(deepEnough.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses text no column can hold with a 400 before validation, wherever it is sent', async () => {
    // validator.js's e-mail check throws on an unpaired surrogate: this was a 500.
    const surrogate = await postJson(
      '/api/auth/login',
      '{"email": "\\ud800ana@lima.example", "password": "x"}',
    ).expect(400);
    expect(surrogate.body).toMatchObject({
      code: 'INPUT_INVALID_TEXT',
      message:
        'The request body holds an unpaired surrogate (\\ud800 without its pair): text must be valid Unicode',
    });
    const inKey = await postJson(
      '/api/test-fixtures/echo',
      '{"name": "Ana", "count": 1, "\\udfff": 1}',
    );
    expect(inKey.body.code).toBe('INPUT_INVALID_TEXT');
    // PostgreSQL cannot store U+0000: a search for it was a 500, and so was a name holding it.
    const search = await signedIn(request(api.url).get('/api/cases?q=a%00b')).expect(400);
    expect(search.body).toMatchObject({
      code: 'INPUT_INVALID_TEXT',
      message:
        'The query string holds a NUL character (\\u0000), which no text may contain: remove it',
    });
    const name = await postJson('/api/test-fixtures/echo', '{"name": "Ana\\u0000", "count": 1}');
    expect(name.body.message).toBe(
      'The request body holds a NUL character (\\u0000), which no text may contain: remove it',
    );
    const path = await signedIn(request(api.url).get('/api/country-profiles/P%00')).expect(400);
    expect(path.body.message).toMatch(/^The path holds a NUL character/);
    // A surrogate pair is one character, and welcome.
    const paired = await postJson(
      '/api/test-fixtures/echo',
      '{"name": "Ana \\ud83d\\udca5", "count": 1}',
    ).expect(201);
    expect(paired.body.name).toBe('Ana \u{1f4a5}');
    // Anonymous callers still learn nothing but that they must sign in.
    await request(api.url).get('/api/cases?q=%00').expect(401);
  });

  it('names a compressed body that does not inflate with a 400', async () => {
    const response = await request(api.url)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"email": "not gzip at all"}')
      .expect(400);
    expect(response.body.message).toBe(
      'The request body is not valid "gzip" data: send it uncompressed',
    );
  });

  it('answers anonymous callers 401 before anything about what they sent', async () => {
    const json = (pending: request.Test) => pending.set('Content-Type', 'application/json');
    const anonymous = [
      // The intake check reads text/csv: the content type would be a 415 for a member.
      json(request(api.url).post('/api/intake/csv/check')).send('{}'),
      request(api.url).post('/api/intake/csv/check').set('Content-Type', 'text/plain').send('x'),
      json(request(api.url).post('/api/cases')).send('{'),
      json(request(api.url).post('/api/cases')).send(twoMegabytes()),
      json(request(api.url).post('/api/cases')).send(nestedArrays(100_000)),
      request(api.url).patch('/api/cases/not-a-uuid').send({ version: 'x' }),
    ];
    for (const pending of anonymous) {
      const response = await pending;
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: 401,
        code: 'AUTH_REQUIRED',
      });
    }
  });

  it('checks what a signed-in member sent: content type, then the body', async () => {
    const wrongType = await signedIn(request(api.url).post('/api/intake/csv/check'))
      .set('Content-Type', 'application/json')
      .send('{}')
      .expect(415);
    expect(wrongType.body.message).toContain('send text/csv');
    const malformed = await signedIn(request(api.url).post('/api/cases'))
      .set('Content-Type', 'application/json')
      .send('{')
      .expect(400);
    expect(malformed.body.message).toMatch(/^Malformed JSON/);
    await signedIn(request(api.url).post('/api/cases'))
      .set('Content-Type', 'application/json')
      .send(twoMegabytes())
      .expect(413);
    const deep = await signedIn(request(api.url).post('/api/cases'))
      .set('Content-Type', 'application/json')
      .send(nestedArrays(100_000))
      .expect(400);
    expect(deep.body.code).toBe('BODY_TOO_DEEP');
  });

  it('names unknown fields with a 400', async () => {
    const response = await request(api.url)
      .post('/api/test-fixtures/echo')
      .send({ name: 'Ana', count: 2, isAdmin: true, role: 'x' })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['isAdmin', 'role']));
    expect(response.body.message).toContain('Unknown field "isAdmin"');
  });

  it('says what is wrong with each invalid field', async () => {
    const response = await request(api.url)
      .post('/api/test-fixtures/echo')
      .send({ name: 'x'.repeat(21), count: 11 })
      .expect(400);
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'name',
          message: 'name must be shorter than or equal to 20 characters',
        }),
        expect.objectContaining({ field: 'count', message: 'count must not be greater than 10' }),
      ]),
    );
  });

  it('accepts a valid body and transforms it', async () => {
    const response = await request(api.url)
      .post('/api/test-fixtures/echo')
      .send({ name: 'Ñuñez', count: 3 });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ name: 'Ñuñez', count: 3 });
  });

  it('refuses a body over 1 MB with a 413', async () => {
    const response = await postJson(
      '/api/test-fixtures/echo',
      JSON.stringify({ name: 'a'.repeat(1_100_000), count: 1 }),
    ).expect(413);
    expect(response.body.message).toMatch(/larger than the limit/);
  });

  it('refuses a content type the route does not read with a 415', async () => {
    const response = await request(api.url)
      .post('/api/test-fixtures/echo')
      .set('Content-Type', 'text/plain')
      .send('name=Ana')
      .expect(415);
    expect(response.body.message).toContain('send application/json');
  });

  it('rolls back everything a failing request wrote', async () => {
    const response = await request(api.url).post('/api/test-fixtures/write-then-fail').expect(500);
    expect(response.body.message).toMatch(/nothing was saved/);
    const owner = await api.database.ownerClient();
    try {
      await owner.query(`SELECT set_config('app.organization_id', $1, false)`, [
        FIXTURE_ORGANIZATION_ID,
      ]);
      const { rows } = await owner.query(
        'SELECT count(*)::int AS n FROM organizations WHERE id = $1',
        [FIXTURE_ORGANIZATION_ID],
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await owner.query(`SELECT set_config('app.organization_id', '', false)`);
      await owner.end();
    }
  });

  it('never shows SQL or a stack trace to the caller', async () => {
    const response = await request(api.url).post('/api/test-fixtures/sql-error').expect(500);
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(/table_that_does_not_exist|SELECT|at [A-Za-z]+ \(/);
    expect(response.body.message).toContain(response.headers['x-request-id']);
  });

  it('logs client mistakes below error level, and server faults at error level', async () => {
    const before = errorsLogged().length;
    await request(api.url).get('/api/no-such-route');
    await request(api.url)
      .post('/api/test-fixtures/echo')
      .set('Content-Type', 'text/plain')
      .send('x');
    await postJson('/api/test-fixtures/echo', '{');
    await request(api.url).post('/api/test-fixtures/echo').send({ unknown: 1 });
    await postJson('/api/auth/login', nestedArrays(100_000));
    await postJson('/api/auth/login', twoMegabytes());
    expect(errorsLogged()).toHaveLength(before);
    await request(api.url).post('/api/test-fixtures/sql-error');
    expect(errorsLogged().length).toBeGreaterThan(before);
  });

  it('never logs request bodies or credentials', async () => {
    await request(api.url)
      .post('/api/test-fixtures/echo')
      .set('Authorization', 'Bearer secret-token-value')
      .set('Cookie', 'session=secret-cookie-value')
      .send({ name: 'Persona Secreta', count: 1 });
    const text = JSON.stringify(api.logs);
    expect(text).not.toContain('secret-token-value');
    expect(text).not.toContain('secret-cookie-value');
    expect(text).not.toContain('Persona Secreta');
  });

  it('serves an OpenAPI 3 document generated from the code, and Swagger UI', async () => {
    const document = await request(api.url).get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(document.body.paths['/api/health']).toBeDefined();
    const ui = await request(api.url).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('answers 503 on the health probe when the database does not answer', async () => {
    const probeApi = await startTestApi();
    try {
      await probeApi.app.get(DataSource).destroy();
      const response = await request(probeApi.url).get('/api/health').expect(503);
      expect(response.body).toMatchObject({
        statusCode: 503,
        message: 'The database is not answering',
      });
    } finally {
      await probeApi.close();
    }
  });
});
