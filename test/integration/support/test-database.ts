// A fresh, migrated database for one test file: a new database on the real server when
// DATABASE_URL is set (dropped afterwards), else an in-memory PGlite.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../../../apps/api/src/app/config/app.config';
import {
  openDatabase,
  type DatabaseEndpoints,
} from '../../../apps/api/src/app/database/database-endpoints';
import { migrateUp } from '../../../apps/api/src/app/database/migrator';

export type DatabaseKind = 'embedded' | 'server';

const TEST_MASTER_KEY = `test-2026:${Buffer.alloc(32, 7).toString('base64')}`;

/** Every kind this run can test: embedded always, the real server when DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env['DATABASE_URL'] ? ['embedded', 'server'] : ['embedded'];
}

/** The kind most tests use: the real server when there is one. */
export function defaultDatabaseKind(): DatabaseKind {
  return process.env['DATABASE_URL'] ? 'server' : 'embedded';
}

export interface TestDatabase {
  readonly config: AppConfig;
  readonly endpoints: DatabaseEndpoints;
  /** Connects as the owning role (for checks the app role may not make). */
  ownerClient(): Promise<Client>;
  drop(): Promise<void>;
}

export async function createTestDatabase(
  kind: DatabaseKind = defaultDatabaseKind(),
  options: {
    migrate?: boolean;
    /** Take jobs off the queues (off by default: tests that need workers say so). */
    jobWorkers?: boolean;
  } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'amparo-test-'));
  const serverUrl = process.env['DATABASE_URL'];
  let databaseUrl: string | undefined;
  let dropServerDatabase = async () => undefined as void;

  if (kind === 'server') {
    if (!serverUrl) throw new Error('DATABASE_URL is not set');
    const name = `amparo_test_${randomBytes(6).toString('hex')}`;
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropServerDatabase = () =>
      withClient(serverUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
  }

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_APP_PASSWORD: process.env['DATABASE_APP_PASSWORD'],
    // A fixed, test-only key: a real server refuses to start without one.
    AMPARO_MASTER_KEY: kind === 'server' ? TEST_MASTER_KEY : undefined,
    AMPARO_DATA_DIR: dataDir,
    // A stand-in client, served at / exactly as npm start serves the built one.
    AMPARO_CLIENT_DIR: join(__dirname, 'client'),
    DATABASE_POOL_MAX: '4',
    LOG_LEVEL: 'silent',
    AMPARO_JOB_WORKERS: options.jobWorkers ? 'true' : 'false',
    AMPARO_JOB_POLL_SECONDS: '0.5',
  });
  const endpoints = await openDatabase(config, { inMemory: true });
  if (options.migrate !== false) {
    await migrateUp(endpoints);
    await endpoints.dropToAppRole();
  }

  return {
    config,
    endpoints,
    ownerClient: async () => {
      const client = new Client(endpoints.owner);
      await client.connect();
      return client;
    },
    drop: async () => {
      await endpoints.close();
      await dropServerDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
