// The minute notification sweep at scale (npm run bench:sweep): starts the built API on the
// PostgreSQL server of DATABASE_URL (filled by `npm run seed:bench`), lets pg-boss run the
// recurring sweep over every office, and prints how long each run took and what it did, from
// pg-boss's own record of the runs. A run must end well inside its minute, or reminders and
// missed marks fall behind. Prints figures; asserts nothing.
//   BENCH_SWEEPS   completed runs to wait for (3)
import pg from 'pg';
import { startServer } from './support/server.mjs';

const RUNS = Number(process.env.BENCH_SWEEPS ?? 3);
if (!process.env.DATABASE_URL || !process.env.AMPARO_MASTER_KEY) {
  console.error('bench:sweep needs DATABASE_URL and AMPARO_MASTER_KEY (those used by seed:bench)');
  process.exit(1);
}

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const size = await db.query(
  `SELECT relname, reltuples::bigint::text AS n FROM pg_class
    WHERE relname IN ('organizations', 'cases', 'case_deadlines', 'risk_assessments', 'notifications')
    ORDER BY relname`,
);
console.log(
  `rows (estimated): ${size.rows.map((r) => `${r.relname} ${Number(r.n).toLocaleString('en')}`).join(', ')}`,
);

const since = new Date();
const server = await startServer({ LOG_LEVEL: 'warn' });
const deadline = Date.now() + (RUNS + 4) * 60_000 + 10 * 60_000;
let runs = [];
try {
  while (runs.length < RUNS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    ({ rows: runs } = await db.query(
      `SELECT started_on, extract(epoch FROM completed_on - started_on)::float AS seconds, output
         FROM pgboss.job
        WHERE name = 'notifications.sweep' AND state = 'completed' AND started_on > $1
        ORDER BY started_on`,
      [since],
    ));
  }
} finally {
  await server.stop();
  await db.end();
}

if (runs.length === 0) console.log('no sweep completed before the bench gave up');
for (const [index, run] of runs.entries()) {
  const report = run.output ?? {};
  console.log(
    `sweep ${index + 1} (started ${run.started_on.toISOString()}): ${run.seconds.toFixed(1)} s for ` +
      `${report.organizations ?? '?'} offices; ${report.missed ?? 0} missed, ` +
      `${report.reminders ?? 0} reminders, ${report.escalations ?? 0} escalation notices, ` +
      `${report.emailed ?? 0} e-mails`,
  );
}
if (runs.length > 0) {
  const seconds = runs.map((run) => run.seconds).sort((a, b) => a - b);
  console.log(
    `per run: median ${seconds[Math.floor(seconds.length / 2)].toFixed(1)} s, ` +
      `longest ${seconds[seconds.length - 1].toFixed(1)} s (the schedule starts one a minute)`,
  );
}
