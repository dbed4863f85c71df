// Builds and starts Amparo exactly as `npm start` does (node dist/apps/api/main.js, embedded
// PGlite, demo data seeded on first start), but on a free port and in a throwaway data folder so
// a run never touches a developer's .amparo/ and every run starts from the same demo data.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Nx rebuilds the API and client only when their sources changed (cached otherwise, a few
 * seconds), so a stale dist/ can never be tested by mistake.
 */
export function ensureBuilt() {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'client', '--output-style=static'],
    { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } },
  );
  if (result.status !== 0) throw new Error('building the API and client failed (see above)');
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The environment `npm start` sees on a laptop: no database server settings at all, so the app
 * uses the embedded database even when CI has exported DATABASE_URL for the integration tests.
 * @param {number} port
 * @param {string} dataDir
 * @returns {NodeJS.ProcessEnv}
 */
function embeddedEnv(port, dataDir) {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_APP_URL',
    'DATABASE_APP_PASSWORD',
    'AMPARO_MASTER_KEY',
    'AMPARO_OLD_KEYS',
    'AMPARO_CLIENT_DIR',
    'HOST',
    // jest sets NODE_ENV=test; npm start leaves it unset (development).
    'NODE_ENV',
  ]) {
    delete env[name];
  }
  return {
    ...env,
    PORT: String(port),
    AMPARO_DATA_DIR: dataDir,
    AMPARO_SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
}

/**
 * Starts the built app and waits for /api/health. By default in a new throwaway data folder,
 * deleted on stop; `dataDir` reuses one (e.g. to restart on data seeded meanwhile) and `keepData`
 * leaves it in place on stop.
 * @param {{ dataDir?: string, keepData?: boolean }} [options]
 * @returns {Promise<{ url: string, dataDir: string, startupMs: number, stop: () => Promise<void> }>}
 */
export async function startApp(options = {}) {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'amparo-e2e-'));
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: embeddedEnv(port, dataDir),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the app exited with code ${child.exitCode} before answering /api/health`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 120_000) {
      await stop();
      throw new Error('the app did not answer /api/health within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, dataDir, startupMs: Date.now() - started, stop };
}
