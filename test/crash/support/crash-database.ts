// A fresh database on the PostgreSQL server of DATABASE_URL for one test file, dropped at the end.
// The API migrates it when it starts, as in production. Also: the environment the API runs with,
// the operator commands (cli.js), and reads as the owning role, inside one office's scope where
// row-level security asks for it.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { BUNDLE_DIR } from './api-process';

/** Fictional key for the test's data only. */
const CRASH_MASTER_KEY = `crash-2026:${Buffer.alloc(32, 9).toString('base64')}`;

export interface CrashDatabase {
  /** The API's environment: this database, the settings a real server needs, short timings. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs an operator command (`node cli.js …` of the built API); answers what it printed. */
  cli(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string>;
  /** SQL as the owning role, outside any office (pg-boss's tables, the list of offices). */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** SQL as the owning role in one office's scope (row-level security shows only its rows). */
  inOffice<Row>(organizationId: string, sql: string, params?: readonly unknown[]): Promise<Row[]>;
  offices(): Promise<string[]>;
  drop(): Promise<void>;
}

export async function createCrashDatabase(): Promise<CrashDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('the crash tests need DATABASE_URL (run them with run.mjs)');
  const name = `amparo_crash_${randomBytes(6).toString('hex')}`;
  const server = new Pool({ connectionString: serverUrl, max: 1 });
  await server.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const owner = new Pool({ connectionString: url.toString(), max: 2 });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url.toString(),
    AMPARO_MASTER_KEY: CRASH_MASTER_KEY,
    LOG_LEVEL: 'warn',
    // Product settings (README, Configuration), shortened so a test waits seconds, not half a
    // minute, for a killed instance's job to be taken back and picked up.
    AMPARO_JOB_LOST_SECONDS: '10',
    AMPARO_JOB_POLL_SECONDS: '0.5',
  };
  // jest sets NODE_ENV=test; `npm start` leaves it unset.
  delete env['NODE_ENV'];

  const inOffice = async <Row>(
    organizationId: string,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<Row[]> => {
    const client = await owner.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      const { rows } = await client.query(sql, [...params]);
      await client.query('COMMIT');
      return rows as Row[];
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    env,
    cli: (args, extra = {}) =>
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [join(BUNDLE_DIR, 'cli.js'), ...args],
          { env: { ...env, ...extra }, timeout: 120_000 },
          (error, stdout, stderr) =>
            error
              ? reject(new Error(`cli.js ${args[0]} failed: ${stderr.trim() || error.message}`))
              : resolve(stdout.trim()),
        );
      }),
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await owner.query(sql, [...params])).rows as Row[],
    inOffice,
    offices: async () =>
      (await owner.query<{ id: string }>(`SELECT id FROM organizations ORDER BY id`)).rows.map(
        (row) => row.id,
      ),
    drop: async () => {
      await owner.end();
      await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.end();
    },
  };
}
