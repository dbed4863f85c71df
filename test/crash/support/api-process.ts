// The API as `npm start` runs it (node dist/apps/api/main.js), as a real child process on a real
// PostgreSQL database, that a test can kill with SIGKILL and start again. Every process started
// here is written down (pid file, for run.mjs) and killed when the test file ends, so a failing or
// timed-out test leaves none behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const OUTPUT_DIR = join(process.cwd(), 'test-output', 'crash');
/** The built API: run.mjs's copy of dist/apps/api (see there), else dist/apps/api itself. */
export const BUNDLE_DIR = process.env['AMPARO_CRASH_BUNDLE'] ?? join('dist', 'apps', 'api');

/** A started API process. */
export interface ApiProcess {
  readonly url: string;
  readonly pid: number;
  /** Where its log lines go (test-output/crash/). */
  readonly logFile: string;
  /** SIGKILL: no shutdown hook runs, open transactions are cut off mid-statement. */
  kill(): Promise<void>;
  /** SIGTERM: the ordinary stop. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let started = 0;

/** Kills whatever this file started and is still running (afterAll, and on exit). */
export async function killLeftovers(): Promise<void> {
  await Promise.all([...running].map((child) => killed(child, 'SIGKILL')));
}
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startApi(env: NodeJS.ProcessEnv, label: string): Promise<ApiProcess> {
  const port = await freePort();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  started += 1;
  const logFile = join(OUTPUT_DIR, `${label}-${started}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(BUNDLE_DIR, 'main.js')], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (child.pid === undefined) throw new Error('the API process did not start');
  if (process.env['AMPARO_CRASH_PIDS'])
    appendFileSync(process.env['AMPARO_CRASH_PIDS'], `${child.pid}\n`);
  const url = `http://127.0.0.1:${port}`;
  const since = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode} before answering (see ${logFile})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - since > 120_000) {
      await killed(child, 'SIGKILL');
      throw new Error(`the API did not answer /api/health within 120 s (see ${logFile})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid,
    logFile,
    kill: () => killed(child, 'SIGKILL'),
    stop: () => killed(child, 'SIGTERM'),
  };
}

async function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}
