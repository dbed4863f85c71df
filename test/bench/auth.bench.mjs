// Issue 3 figures: login time with the chosen argon2id cost, and what authentication plus the
// permission check add to a request. Prints figures; asserts nothing. Run: npm run bench:auth
// (embedded database; set DATABASE_URL to measure against a PostgreSQL server).
import { percentile, startServer, timed } from './support/server.mjs';

const LOGINS = 40;
const REQUESTS = 1000;
const body = JSON.stringify({ email: 'attorney@lima.example', password: 'amparo-demo-password' });
const json = { 'Content-Type': 'application/json' };

const server = await startServer({ AMPARO_SEED_DEMO: 'true' });
try {
  const loginTimes = [];
  let token = '';
  for (let i = 0; i < LOGINS; i += 1) {
    loginTimes.push(
      await timed(async () => {
        const response = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: json,
          body,
        });
        token = (await response.json()).accessToken;
      }),
    );
  }
  const measure = async (path, headers = {}) => {
    for (let i = 0; i < 100; i += 1)
      await (await fetch(`${server.url}${path}`, { headers })).arrayBuffer();
    const samples = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      samples.push(
        await timed(async () => (await fetch(`${server.url}${path}`, { headers })).arrayBuffer()),
      );
    }
    return samples;
  };
  const anonymous = await measure('/api/health');
  const authenticated = await measure('/api/auth/me', { Authorization: `Bearer ${token}` });
  const p50 = (xs) => percentile(xs, 50).toFixed(2);
  console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}`);
  console.log(
    `login (argon2id m=19456 KiB, t=2, p=1): p50 ${p50(loginTimes)} ms, p95 ${percentile(loginTimes, 95).toFixed(2)} ms over ${LOGINS}`,
  );
  console.log(`GET /api/health (public, no session): p50 ${p50(anonymous)} ms over ${REQUESTS}`);
  console.log(
    `GET /api/auth/me (bearer token → session + user lookup, permission check, request transaction): p50 ${p50(authenticated)} ms`,
  );
  console.log(
    `added by authentication + permission check: p50 ${(percentile(authenticated, 50) - percentile(anonymous, 50)).toFixed(2)} ms`,
  );
} finally {
  await server.stop();
}
