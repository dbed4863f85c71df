// No log line holds a secret, a token, a password or a person's data: every request a member
// makes with one (signing in and refreshing, a calendar feed read by its secret address, a
// password set through its one-time link, an authenticator enrolled) and a database failure whose
// statement carried a person's name, then every line the API wrote is searched for each value.
import request from 'supertest';
import { DEMO_PASSWORD } from '../../apps/api/src/app/seed/demo-data';
import { asBearer, asOwner, LIMA, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const NEW_PASSWORD = 'Una-frase-de-prueba-muy-larga-2026';
const SECRET_NAME = 'Zoraida Secretísima';

describe('logs hold no secrets', () => {
  let api: TestApi;
  const secrets = new Set<string>([DEMO_PASSWORD, NEW_PASSWORD, SECRET_NAME]);

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
  });
  afterAll(() => api.close());

  it('keeps every token, password and feed address out of the request log', async () => {
    const session = await login(api, 'attorney@lima.example');
    secrets.add(session.accessToken);
    secrets.add(session.refreshToken);
    const refreshed = await request(api.url)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(200);
    secrets.add(refreshed.body.accessToken);

    const attorney = asBearer(api, refreshed.body.accessToken);
    const feed = await attorney.post('/api/calendar-feed', { language: 'es' }).expect(201);
    const token = /\/api\/calendar\/([^/]+)\.ics$/.exec(feed.body.path)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);
    secrets.add(token);
    await request(api.url).get(feed.body.path).expect(200);
    // Routing ignores case and a trailing slash: so must the log's redaction.
    await request(api.url).get(`${feed.body.path}/`).expect(200);
    await request(api.url)
      .get(feed.body.path.replace('/api/calendar/', '/API/Calendar/'))
      .expect(200);

    const admin = asBearer(api, (await login(api, 'admin@lima.example')).accessToken);
    const { body: invited } = await admin
      .post('/api/users', {
        email: 'log-secrets@lima.example',
        name: 'Registro Secreto (test)',
        roles: ['paralegal'],
      })
      .expect(201);
    secrets.add(invited.setupToken);
    await request(api.url)
      .post('/api/auth/set-password')
      .send({ token: invited.setupToken, password: NEW_PASSWORD })
      .expect(204);

    const enrolment = await attorney.post('/api/auth/mfa/enrol', { password: DEMO_PASSWORD });
    if (enrolment.status === 200 || enrolment.status === 201) {
      for (const value of Object.values(enrolment.body))
        if (typeof value === 'string' && value.length >= 16) secrets.add(value);
    }
    expect(leaked()).toEqual([]);
  });

  it('logs a database failure by its code, never the statement or the values it carried', async () => {
    // The office's database refuses this person: the statement's parameters hold her name.
    await asOwner(
      api,
      LIMA,
      `CREATE FUNCTION test_refuse_person() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.given_names LIKE 'Zoraida%' THEN
             RAISE EXCEPTION 'refused %', NEW.given_names USING DETAIL = NEW.given_names;
           END IF;
           RETURN NEW;
         END $$`,
    );
    await asOwner(
      api,
      LIMA,
      `CREATE TRIGGER test_refuse_person BEFORE INSERT ON clients
         FOR EACH ROW EXECUTE FUNCTION test_refuse_person()`,
    );
    try {
      const paralegal = asBearer(api, (await login(api, 'paralegal@lima.example')).accessToken);
      const failed = await paralegal
        .post('/api/clients', { givenNames: SECRET_NAME, acknowledgeDuplicates: true })
        .expect(500);
      expect(failed.text).not.toContain('Zoraida');
      const logged = api.logs.filter((line) => line.level >= 50);
      expect(logged.length).toBeGreaterThan(0);
      expect(JSON.stringify(logged)).toContain('P0001'); // raise_exception: the code stays
    } finally {
      await asOwner(api, LIMA, `DROP TRIGGER test_refuse_person ON clients`);
      await asOwner(api, LIMA, `DROP FUNCTION test_refuse_person()`);
    }
    expect(leaked()).toEqual([]);
  });

  /** Each secret found in a log line, with the line's message, and how many lines were read. */
  function leaked(): string[] {
    const found: string[] = [];
    for (const line of api.logs) {
      const text = JSON.stringify(line);
      for (const secret of secrets)
        if (text.includes(secret)) found.push(`${secret.slice(0, 6)}… in "${line.msg}"`);
    }
    console.log(`Log lines scanned: ${api.logs.length}, secrets found: ${found.length}`);
    return found;
  }
});
