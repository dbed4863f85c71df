// Where the owner (migrations) and the application role connect, for either kind of database.
import { join, resolve } from 'node:path';
import type { ClientConfig } from 'pg';
import type { AppConfig } from '../config/app.config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** The role the application runs as: no superuser, no BYPASSRLS, no ownership of tables. */
export const APP_ROLE = 'amparo_app';

export interface DatabaseEndpoints {
  readonly kind: 'embedded' | 'server';
  /** The owning role: runs migrations, never serves requests. */
  readonly owner: ClientConfig;
  /** The application role. */
  readonly app: ClientConfig;
  readonly poolMax: number;
  /** Called once migrations are done, before the application connects. */
  dropToAppRole(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Pick<
    AppConfig,
    | 'DATABASE_URL'
    | 'DATABASE_APP_URL'
    | 'DATABASE_APP_PASSWORD'
    | 'DATABASE_POOL_MAX'
    | 'AMPARO_DATA_DIR'
  >,
  options: { inMemory?: boolean } = {},
): Promise<DatabaseEndpoints> {
  if (config.DATABASE_URL) return serverEndpoints(config.DATABASE_URL, config);
  const dataDir = resolve(config.AMPARO_DATA_DIR);
  const embedded = await startEmbeddedPostgres({
    dataDir: options.inMemory ? undefined : join(dataDir, 'pgdata'),
    socketDir: join(dataDir, 'run'),
    maxConnections: config.DATABASE_POOL_MAX + 4,
  });
  // One connection: PGlite has one session, and the socket server can interleave two connections'
  // extended-protocol messages outside a transaction (seen as "portal does not exist" and requests
  // that never answer once pg-boss polls alongside the app). Queueing in the pool is the same
  // serialisation PGlite imposes anyway.
  return embeddedEndpoints(embedded, 1);
}

function serverEndpoints(
  ownerUrl: string,
  config: Pick<AppConfig, 'DATABASE_APP_URL' | 'DATABASE_APP_PASSWORD' | 'DATABASE_POOL_MAX'>,
): DatabaseEndpoints {
  return {
    kind: 'server',
    owner: { connectionString: ownerUrl },
    app: {
      connectionString:
        config.DATABASE_APP_URL ?? appUrlFrom(ownerUrl, config.DATABASE_APP_PASSWORD),
    },
    poolMax: config.DATABASE_POOL_MAX,
    dropToAppRole: async () => undefined, // the app logs in as its own role
    close: async () => undefined,
  };
}

/** Same server and database as the owner's URL, logging in as amparo_app instead. */
export function appUrlFrom(ownerUrl: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password ?? ''; // the URL setter percent-encodes
  return url.toString();
}

/**
 * PGlite ignores the user of a connection: every connection shares its one session. After
 * migrations the session drops to the app role for good, so every query the application makes
 * runs as amparo_app under row-level security, exactly as on a real server.
 */
function embeddedEndpoints(embedded: EmbeddedPostgres, poolMax: number): DatabaseEndpoints {
  return {
    kind: 'embedded',
    owner: embedded.connection,
    app: embedded.connection,
    poolMax,
    dropToAppRole: () => embedded.exec(`SET ROLE ${APP_ROLE}`),
    close: () => embedded.stop(),
  };
}
