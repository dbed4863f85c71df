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

  const retryAfter = async (email: string, ip: string, now: Date) => {
    try {
      await throttle.assertAllowed(email, ip, now);
      return 0;
    } catch (error) {
      return (error as { retryAfterSeconds: number }).retryAfterSeconds;
    }
  };

  it('answers 429 with Retry-After after repeated failures over HTTP, then lets the owner in', async () => {
    const email = 'supervisor@tijuana.example';
    for (let i = 0; i < THROTTLE_RULES.pair.free + 1; i += 1) {
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
    const start = new Date('2026-11-23T10:00:00Z');
    const email = 'target-one@lima.example';
    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const now = new Date(start.getTime() + i * 1_000);
      await throttle.recordFailure(email, '203.0.113.7', now);
      delays.push(await retryAfter(email, '203.0.113.7', now));
    }
    expect(delays).toEqual([0, 0, 0, 1, 2, 4, 8, 16]);
  });

  it('never delays the owner by more than 30 s when attacked from another address', async () => {
    const start = new Date('2026-11-23T11:00:00Z');
    const email = 'target-two@lima.example';
    for (let i = 0; i < 40; i += 1)
      await throttle.recordFailure(email, '198.51.100.9', new Date(start.getTime() + i));
    const now = new Date(start.getTime() + 100);
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
    const start = new Date('2026-11-23T12:00:00Z');
    for (let i = 0; i < THROTTLE_RULES.address.free + 2; i += 1) {
      await throttle.recordFailure(
        `someone-${i}@lima.example`,
        '203.0.113.99',
        new Date(start.getTime() + i),
      );
    }
    expect(
      await retryAfter(
        'fresh-account@lima.example',
        '203.0.113.99',
        new Date(start.getTime() + 50),
      ),
    ).toBeGreaterThan(0);
    expect(
      await retryAfter(
        'fresh-account@lima.example',
        '203.0.113.100',
        new Date(start.getTime() + 50),
      ),
    ).toBe(0);
  });
});
