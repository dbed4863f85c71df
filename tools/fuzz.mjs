// npm run fuzz -- --runs N [--seed S]: the fuzz suite of test/integration with N requests of
// each kind per operation (npm test sends 3) and a seed (random unless given, printed so a run
// can be repeated), then its figures. Uses a real PostgreSQL server when DATABASE_URL is set.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '50' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- --runs N [--seed S]   (N ≥ 1, S an integer)');
  process.exit(2);
}
const summaryFile = join(import.meta.dirname, '..', 'test-output', 'fuzz', 'summary.json');
// A summary left by an earlier run must never pass for this one's.
rmSync(summaryFile, { force: true });
console.log(`fuzz: ${runs} requests of each kind per operation, seed ${seed}`);
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '-c',
    'test/integration/jest.config.cjs',
    'test/integration/fuzz.integration-spec.ts',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      AMPARO_FUZZ_RUNS: String(runs),
      AMPARO_FUZZ_SEED: String(seed),
      AMPARO_FUZZ_VERBOSE: '1',
    },
  },
);

if (!existsSync(summaryFile)) {
  console.error('fuzz: the suite ended before it could send its requests (see above)');
  process.exit(jest.status || 1);
}
const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
const count = (n) => (n ?? 0).toLocaleString('en');
console.log(`
fuzz figures (seed ${summary.seed}, ${summary.runsPerKind} per kind, ${summary.seconds} s)
  operations covered  ${summary.operationsCovered} of ${summary.operations} in /api/openapi.json
  requests sent       ${count(summary.requests)}
  answers             2xx ${count(summary.answers['2xx'])}, 4xx ${count(summary.answers['4xx'])}, 5xx (or none) ${count(summary.answers['5xx'])}
  failures            ${summary.failures}${summary.failureList.map((line) => `\n    ${line}`).join('')}
  slowest             ${summary.slowest.join('; ')}`);
process.exit(jest.status ?? 1);
