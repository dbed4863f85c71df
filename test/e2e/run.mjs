// The e2e project's `test` target. Browser tests need a Chromium on the machine; where there is
// none, `npm test` must still run everything else, so this says so plainly and exits 0 — unless
// AMPARO_E2E_REQUIRED=1 (set by .ci/run), where a missing browser is a failure.
import { spawnSync } from 'node:child_process';
import { ensureBuilt } from './support/app.mjs';
import { findChromium, installHint } from './support/chromium.mjs';

const required = process.env.AMPARO_E2E_REQUIRED === '1';
const executable = findChromium();

if (!executable) {
  const where = process.env.AMPARO_CHROMIUM
    ? `AMPARO_CHROMIUM=${process.env.AMPARO_CHROMIUM} is not an executable file`
    : 'no Chromium found';
  if (required) {
    console.error(
      `browser tests required (AMPARO_E2E_REQUIRED=1) but ${where}; install it with: ${installHint}`,
    );
    process.exit(1);
  }
  console.log(`browser tests skipped: ${where}; install it with: ${installHint}`);
  process.exit(0);
}

console.log(`browser tests: ${executable}`);
ensureBuilt();

// Extra arguments (a test name pattern, --testNamePattern=…) go straight to jest.
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '-c', 'test/e2e/jest.config.cjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, AMPARO_E2E_CHROMIUM: executable } },
);
process.exit(jest.status ?? 1);
