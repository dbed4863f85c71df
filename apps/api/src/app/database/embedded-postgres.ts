// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served to the ordinary `pg`
// driver through pglite-socket, so embedded and real servers share one code path.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types, not a module (see the file)
/// <reference path="./pglite-contrib.d.ts" />
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import type { ClientConfig } from 'pg';

/** Port number only names the socket file (.s.PGSQL.<port>); nothing listens on TCP. */
const SOCKET_PORT = 5432;

export interface EmbeddedPostgres {
  /** How `pg` reaches the server: a Unix socket in a folder only this user can read. */
  readonly connection: ClientConfig;
  /** Runs SQL directly on the single PGlite session (used to drop to the app role). */
  exec(sql: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (a folder, kept across restarts) or in memory when dataDir is
 * undefined. PGlite has one backend session: the socket server multiplexes connections onto it,
 * holding other connections back while one is inside a transaction.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  socketDir: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  mkdirSync(options.socketDir, { recursive: true, mode: 0o700 });
  const socketPath = join(options.socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  rmSync(socketPath, { force: true }); // left behind by a process that was killed

  // Contrib extensions must be handed over here before a migration can CREATE EXTENSION them.
  const extensions = { pg_trgm, btree_gin };
  const db = await PGlite.create(
    options.dataDir ? { dataDir: options.dataDir, extensions } : { extensions },
  );
  const server = new PGLiteSocketServer({
    db,
    path: socketPath,
    maxConnections: options.maxConnections,
  });
  await server.start();

  return {
    connection: {
      host: options.socketDir,
      port: SOCKET_PORT,
      user: 'postgres',
      database: 'postgres',
    },
    exec: async (sql) => {
      await db.exec(sql);
    },
    stop: async () => {
      await server.stop();
      await db.close();
      rmSync(socketPath, { force: true });
    },
  };
}
