// Behind a reverse proxy, the client's address is the one the proxy saw, never one the caller
// wrote into X-Forwarded-For: otherwise a caller could pick the address sign-in throttles (escape
// the delay, or lock someone else out) and write a false address into the audit trail. Here the
// test client stands where the proxy would (127.0.0.1) and forges the rest of the header.
import request from 'supertest';
import { loadConfig } from '../../apps/api/src/app/config/app.config';
import { THROTTLE_RULES } from '../../apps/api/src/app/identity/login-throttle.service';
import { LIMA, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

/** What the proxy appended: the address it really saw. */
const SEEN_BY_PROXY = '203.0.113.50';

describe.each([
  ['a hop count', '1'],
  ['the proxy addresses', 'loopback, 10.0.0.0/8'],
])('TRUST_PROXY as %s', (_label, setting) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      config: { TRUST_PROXY: loadConfig({ TRUST_PROXY: setting }).TRUST_PROXY },
    });
    await withDemoData(api);
  });
  afterAll(() => api.close());

  const wrongPassword = (forged: string, i: number) =>
    request(api.url)
      .post('/api/auth/login')
      .set('X-Forwarded-For', `${forged}, ${SEEN_BY_PROXY}`)
      .send({ email: 'attorney@lima.example', password: `wrong-guess-${i}` });

  it('throttles and audits the address the proxy saw, whatever the caller forged', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < THROTTLE_RULES.pair.free + 2; i += 1) {
      // A new forged address each time: were it believed, no counter would ever fill.
      statuses.push((await wrongPassword(`198.51.100.${i + 1}`, i)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);

    // Failures go to the office's chain; refusals before any check, to the system chain.
    const owner = await api.database.ownerClient();
    const embedded = api.database.endpoints.kind === 'embedded';
    try {
      if (embedded) await owner.query('RESET ROLE');
      const { rows } = await owner.query<{ organization_id: string | null; ip: string }>(
        `SELECT organization_id, ip FROM audit_entries WHERE action = 'auth.login.failed'`,
      );
      expect(rows.filter((row) => row.organization_id === LIMA)).toHaveLength(3);
      expect(rows.filter((row) => row.organization_id === null)).toHaveLength(2);
      expect(new Set(rows.map((row) => row.ip))).toEqual(new Set([SEEN_BY_PROXY]));
    } finally {
      if (embedded) await owner.query('SET ROLE amparo_app');
      await owner.end();
    }
  });
});

describe('TRUST_PROXY=true', () => {
  it('is refused at start-up, with what to set instead', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would trust every X-Forwarded-For hop.*TRUST_PROXY=1/s,
    );
  });
});
