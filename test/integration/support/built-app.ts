// The webpack bundle (dist/apps/api/main.js) as `npm start` runs it, for the few checks that must
// see the built app rather than the sources: built first (Nx answers from its cache when the
// sources have not changed, so a stale bundle is never tested), then started on a free port with
// a throwaway embedded database.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltApp {
  readonly url: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

export function buildApi(): void {
  const result = spawnSync('npx', ['nx', 'build', 'api', '--output-style=static'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (result.status !== 0) {
    throw new Error(`building the API failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export async function startBuiltApp(): Promise<BuiltApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'amparo-built-'));
  // A laptop start: no database server settings, whatever this test run was given.
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'NODE_ENV']) {
    delete env[name];
  }
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      AMPARO_DATA_DIR: dataDir,
      AMPARO_SEED_DEMO: 'false',
      AMPARO_JOB_WORKERS: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the built app exited with code ${child.exitCode}:\n${stderr}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, stop };
    if (Date.now() - started > 120_000) {
      await stop();
      throw new Error(`the built app did not answer /api/health within 120 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
