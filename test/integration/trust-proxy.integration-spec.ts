// Behind a reverse proxy, the client's address is the one the proxy saw, never one the caller
// wrote into X-Forwarded-For: otherwise a caller could pick the address sign-in throttles (escape
// the delay, or lock someone else out) and write a false address into the audit trail. Here the
// test client stands where the proxy would (127.0.0.1) and forges the rest of the header.
import { createHash } from 'node:crypto';
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
    const forged = Array.from(
      { length: THROTTLE_RULES.pair.free + 2 },
      (_, i) => `198.51.100.${i + 1}`,
    );
    // A new forged address each time: were it believed, no counter would ever fill.
    for (const [i, address] of forged.entries()) {
      statuses.push((await wrongPassword(address, i)).status);
    }
    // The free failures are checked; after them the delays refuse (429) or, when the machine is
    // slow enough for a 1-2 s delay to pass between two attempts, count one more failure (401).
    expect(statuses.slice(0, THROTTLE_RULES.pair.free)).toEqual([401, 401, 401]);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    const counted = statuses.filter((status) => status === 401).length;

    // Failures go to the office's chain; refusals before any check, to the system chain.
    const owner = await api.database.ownerClient();
    const embedded = api.database.endpoints.kind === 'embedded';
    try {
      if (embedded) await owner.query('RESET ROLE');
      const { rows } = await owner.query<{ organization_id: string | null; ip: string }>(
        `SELECT organization_id, ip FROM audit_entries WHERE action = 'auth.login.failed'`,
      );
      expect(rows.filter((row) => row.organization_id === LIMA)).toHaveLength(counted);
      expect(rows.filter((row) => row.organization_id === null)).toHaveLength(5 - counted);
      expect(new Set(rows.map((row) => row.ip))).toEqual(new Set([SEEN_BY_PROXY]));

      // Every failure was counted against the address the proxy saw, none against a forged one,
      // and that counter is in its delay: the throttle fills whatever the caller writes.
      const hash = (value: string) => createHash('sha256').update(value).digest('base64url');
      const pair = (address: string) => `pair:${hash(`attorney@lima.example\n${address}`)}`;
      const counters = await owner.query<{ key: string; failures: number; blocked: boolean }>(
        `SELECT key, failures, blocked_until IS NOT NULL AS blocked FROM login_throttle
          WHERE key = ANY($1)`,
        [[pair(SEEN_BY_PROXY), ...forged.map(pair)]],
      );
      expect(counters.rows).toEqual([
        { key: pair(SEEN_BY_PROXY), failures: counted, blocked: true },
      ]);
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
