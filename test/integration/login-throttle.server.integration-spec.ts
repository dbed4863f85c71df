// Wrong passwords fired in parallel on the real PostgreSQL server: the throttle reserves each
// failure slot before any password is checked, so a burst gets no more checks than the rule
// allows one after another. PGlite serializes transactions and cannot show the race: this file
// runs only with DATABASE_URL.
import request, { type Response } from 'supertest';
import { THROTTLE_RULES } from '../../apps/api/src/app/identity/login-throttle.service';
import { withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const BURSTS = 10;
const PARALLEL = 8;

interface Tally {
  checked: number;
  throttled: number;
  other: number;
}

function tally(responses: Response[]): Tally {
  return {
    checked: responses.filter((r) => r.status === 401).length,
    throttled: responses.filter((r) => r.status === 429).length,
    other: responses.filter((r) => r.status !== 401 && r.status !== 429).length,
  };
}

describe('login throttling under parallel attempts (real server)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ kind: 'server' });
    await withDemoData(api);
  });
  afterAll(() => api.close());

  /** Each burst starts from clean counters, as a first attack on an account would. */
  const clearCounters = async () => {
    const owner = await api.database.ownerClient();
    try {
      await owner.query(`DELETE FROM login_throttle`);
    } finally {
      await owner.end();
    }
  };

  const attempt = (email: string, i: number) =>
    request(api.url)
      .post('/api/auth/login')
      .send({ email, password: `wrong-guess-${i}` });

  it('lets through no more wrong passwords against one account than the rule allows', async () => {
    let beyond = 0;
    const rounds: Tally[] = [];
    for (let burst = 0; burst < BURSTS; burst += 1) {
      await clearCounters();
      const responses = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) => attempt('attorney@lima.example', i)),
      );
      const round = tally(responses);
      rounds.push(round);
      beyond += Math.max(0, round.checked - THROTTLE_RULES.pair.free);
    }
    console.log(
      `login throttle race: ${BURSTS} bursts of ${PARALLEL} parallel wrong passwords against one ` +
        `account; rule allows ${THROTTLE_RULES.pair.free}; checked per burst ` +
        `${rounds.map((r) => r.checked).join(',')}; let through beyond the rule: ${beyond}`,
    );
    expect(rounds.every((r) => r.other === 0)).toBe(true);
    // Exactly the allowance, no more (the race) and no fewer (a reservation that over-refuses).
    expect(rounds.map((r) => r.checked)).toEqual(rounds.map(() => THROTTLE_RULES.pair.free));
    expect(beyond).toBe(0);
  });

  it('lets one address try no more accounts at once than the rule allows', async () => {
    await clearCounters();
    const tries = THROTTLE_RULES.address.free + 10;
    const responses = await Promise.all(
      Array.from({ length: tries }, (_, i) => attempt(`nobody-${i}@lima.example`, i)),
    );
    const round = tally(responses);
    console.log(
      `login throttle race: ${tries} parallel wrong sign-ins to different accounts from one ` +
        `address; rule allows ${THROTTLE_RULES.address.free}; checked ${round.checked}; ` +
        `let through beyond the rule: ${Math.max(0, round.checked - THROTTLE_RULES.address.free)}`,
    );
    expect(round).toEqual({
      checked: THROTTLE_RULES.address.free,
      throttled: tries - THROTTLE_RULES.address.free,
      other: 0,
    });
  });
});
