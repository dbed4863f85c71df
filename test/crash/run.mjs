// The crash project's `test` target: kills the API (SIGKILL) in the middle of background jobs and
// starts it again on the same PostgreSQL database. Without DATABASE_URL there is no server to
// restart on, so it says so and exits 0 (the rest of `npm test` still runs). Extra arguments go to
// jest (a file or test name pattern).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

const started = Date.now();
if (!process.env.DATABASE_URL) {
  console.log(
    'crash-recovery tests skipped: DATABASE_URL is not set. They kill the API process and start ' +
      'it again on a PostgreSQL server; set DATABASE_URL as .ci/run does (docs/testing-crash.md).',
  );
  process.exit(0);
}

// Nx rebuilds only when the sources changed, so a stale bundle is never tested.
const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
});
if (build.status !== 0) {
  console.error('building the API failed (see above)');
  process.exit(1);
}

// The tests start a copy taken now: another suite's build running at the same time (webpack
// empties dist/apps/api before writing) cannot pull the bundle from under a restart. It stays
// inside the repository, so the bundle's packages resolve from node_modules as from dist/.
const output = join('test-output', 'crash');
const bundle = join(output, 'bundle');
rmSync(output, { recursive: true, force: true });
mkdirSync(bundle, { recursive: true });
for (const file of ['main.js', 'cli.js']) writeFileSync(join(bundle, file), whole(file));

const pids = join(output, 'pids');
writeFileSync(pids, '');
const jest = spawnSync(
  process.execPath,
  [
    'node_modules/jest/bin/jest.js',
    '-c',
    'test/crash/jest.config.cjs',
    '--runInBand',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, AMPARO_CRASH_PIDS: pids, AMPARO_CRASH_BUNDLE: bundle },
  },
);

// Whatever the tests left running (jest killed on a timeout, say) is killed here: by process id,
// and only if that process is still one of the API processes they started.
for (const pid of readFileSync(pids, 'utf8').split('\n').filter(Boolean).map(Number)) {
  const command = existsSync(`/proc/${pid}/cmdline`)
    ? readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    : '';
  if (command.includes(join(bundle, 'main.js'))) {
    console.error(`crash tests: API process ${pid} was still running; killed`);
    process.kill(pid, 'SIGKILL');
  }
}
console.log(`crash-recovery tests took ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(jest.status ?? 1);

/**
 * The built file, once it is whole (webpack ends it with its source map comment).
 * @param {string} file
 */
function whole(file) {
  const path = join('dist', 'apps', 'api', file);
  for (let waited = 0; ; waited += 500) {
    const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (source.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`)) {
      new Script(source, { filename: path }); // throws on a file cut short
      return source;
    }
    if (waited > 120_000) throw new Error(`${path} is missing or cut short`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
}
