// Issue 4 figure: CSV intake of 1,000 retained people, from upload to the job done (every person,
// case, event and deadline saved in one transaction). Prints figures; asserts nothing.
// Run: npm run bench:intake (embedded database; set DATABASE_URL to measure on a PostgreSQL server).
import { spawnSync } from 'node:child_process';
import { startServer } from './support/server.mjs';

const ROWS = Number(process.env.BENCH_INTAKE_ROWS ?? 1000);
const HEADER =
  'given_names,family_names,birth_date,nationalities,jurisdiction,procedure,custody_status,event_type,event_occurred_at';
// A different file on every run: the same file twice is one import (idempotent), done at once.
const run = Date.now().toString(36);
const rows = Array.from({ length: ROWS }, (_, i) =>
  [
    `Persona ${i + 1}`,
    `Bench ${run} (fictional)`,
    `19${70 + (i % 30)}-0${(i % 9) + 1}-${10 + (i % 18)}`,
    'VE',
    'PE',
    'pasee-expulsion',
    'detained',
    'police-retention',
    '2026-11-22 21:30',
  ].join(','),
);
const file = [HEADER, ...rows].join('\n');

// On a PostgreSQL server the demo offices are seeded by the CLI (the embedded start seeds itself).
if (process.env.DATABASE_URL) {
  const seeded = spawnSync(process.execPath, ['dist/apps/api/cli.js', 'seed:demo'], {
    stdio: 'inherit',
  });
  if (seeded.status !== 0) process.exit(seeded.status ?? 1);
}
const server = await startServer({ AMPARO_SEED_DEMO: 'true', AMPARO_JOB_POLL_SECONDS: '0.5' });
try {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'paralegal@lima.example', password: 'amparo-demo-password' }),
  });
  const auth = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const started = performance.now();
  const response = await fetch(`${server.url}/api/intake/csv/import`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'text/csv' },
    body: file,
  });
  const accepted = performance.now();
  const { job } = await response.json();
  let state = job;
  while (state.status !== 'succeeded' && state.status !== 'failed') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await (await fetch(`${server.url}/api/jobs/${job.id}`, { headers: auth })).json();
  }
  const done = performance.now();
  console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}`);
  console.log(
    `CSV intake of ${ROWS} rows (person + case + police retention → PASEE deadlines): ${state.status}`,
  );
  console.log(`  upload and check (HTTP 202): ${(accepted - started).toFixed(0)} ms`);
  console.log(`  until the job is done: ${((done - started) / 1000).toFixed(2)} s`);
} finally {
  await server.stop();
}
