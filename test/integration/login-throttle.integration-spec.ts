// Brute force is slowed with growing delays; an attacker hammering an account from elsewhere
// can delay its owner by seconds at most, never lock them out.
import request from 'supertest';
import {
  LoginThrottle,
  THROTTLE_RULES,
} from '../../apps/api/src/app/identity/login-throttle.service';
import { login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

describe('login throttling', () => {
  let api: TestApi;
  let throttle: LoginThrottle;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    throttle = api.app.get(LoginThrottle);
  });
  afterAll(() => api.close());

  /** Seconds the next attempt must wait (0: it may go ahead; its slot is given back). */
  const retryAfter = async (email: string, ip: string, now: Date) => {
    try {
      await throttle.release(await throttle.reserve(email, ip, now), now);
      return 0;
    } catch (error) {
      return (error as { retryAfterSeconds: number }).retryAfterSeconds;
    }
  };
  /**
   * Wrong passwords one after another, each as soon as the throttle lets it through (from
   * `start`); answers the time of the last one.
   */
  const failInTurn = async (
    count: number,
    emailOf: (i: number) => string,
    ip: string,
    start: Date,
  ): Promise<Date> => {
    let now = start;
    for (let i = 0; i < count; i += 1) {
      const wait = await retryAfter(emailOf(i), ip, now);
      now = new Date(now.getTime() + wait * 1000);
      await throttle.reserve(emailOf(i), ip, now);
    }
    return now;
  };

  it('answers 429 with Retry-After after repeated failures over HTTP, then lets the owner in', async () => {
    const email = 'supervisor@tijuana.example';
    for (let i = 0; i < THROTTLE_RULES.pair.free; i += 1) {
      await request(api.url)
        .post('/api/auth/login')
        .send({ email, password: `wrong-guess-${i}` })
        .expect(401);
    }
    const blocked = await request(api.url)
      .post('/api/auth/login')
      .send({ email, password: 'amparo-demo-password' })
      .expect(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'AUTH_TOO_MANY_ATTEMPTS' });
    expect(blocked.body.message).toMatch(/try again in 1 seconds?/);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await login(api, email);
  });

  it('doubles the delay for one address against one account', async () => {
    const email = 'target-one@lima.example';
    const delays: number[] = [];
    let now = new Date('2026-11-23T10:00:00Z');
    for (let i = 0; i < 8; i += 1) {
      now = await failInTurn(1, () => email, '203.0.113.7', now);
      delays.push(await retryAfter(email, '203.0.113.7', now));
    }
    // Three in a row without waiting, then 1 s, doubling.
    expect(delays).toEqual([0, 0, 1, 2, 4, 8, 16, 32]);
  });

  it('never delays the owner by more than 30 s when attacked from another address', async () => {
    const email = 'target-two@lima.example';
    const now = await failInTurn(12, () => email, '198.51.100.9', new Date('2026-11-23T11:00:00Z'));
    expect(await retryAfter(email, '198.51.100.9', now)).toBeGreaterThan(60);
    const owner = await retryAfter(email, '192.0.2.44', now);
    expect(owner).toBeGreaterThan(0);
    expect(owner).toBeLessThanOrEqual(THROTTLE_RULES.account.maxDelaySeconds);
    expect(await retryAfter(email, '192.0.2.44', new Date(now.getTime() + 31_000))).toBe(0);
    expect(
      await retryAfter(email, '198.51.100.9', new Date(now.getTime() + 31_000)),
    ).toBeGreaterThan(0);
  });

  it('slows one address trying many accounts', async () => {
    const now = await failInTurn(
      THROTTLE_RULES.address.free,
      (i) => `someone-${i}@lima.example`,
      '203.0.113.99',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(await retryAfter('fresh-account@lima.example', '203.0.113.99', now)).toBeGreaterThan(0);
    expect(await retryAfter('fresh-account@lima.example', '203.0.113.100', now)).toBe(0);
  });

  it('gives an attempt back when it was not a failure', async () => {
    const email = 'target-three@lima.example';
    const now = new Date('2026-11-23T13:00:00Z');
    for (let i = 0; i < 10; i += 1)
      await throttle.release(await throttle.reserve(email, '192.0.2.7', now), now);
    expect(await retryAfter(email, '192.0.2.7', now)).toBe(0);
  });
});
