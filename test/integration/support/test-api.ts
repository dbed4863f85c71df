// The API as production builds it, on a fresh database, listening on an ephemeral port.
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Writable } from 'node:stream';
import { createLogger } from '../../../apps/api/src/app/common/logging/logger';
import type { AppConfig } from '../../../apps/api/src/app/config/app.config';
import { createApp } from '../../../apps/api/src/app/create-app';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './test-database';

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

export interface TestApi {
  readonly app: NestExpressApplication;
  readonly database: TestDatabase;
  readonly url: string;
  /** Every JSON log line the API wrote, to check what is (not) logged. */
  readonly logs: LogLine[];
  close(): Promise<void>;
}

export async function startTestApi(
  options: {
    kind?: DatabaseKind;
    modules?: Type[];
    config?: Partial<AppConfig>;
    jobWorkers?: boolean;
    /** Arranges the migrated database before the app starts (e.g. a fixture job queue). */
    prepare?: (database: TestDatabase) => Promise<void>;
  } = {},
): Promise<TestApi> {
  const database = await createTestDatabase(options.kind, { jobWorkers: options.jobWorkers });
  // Settings a suite needs on top of the test defaults (an SMTP server of its own, a public URL).
  Object.assign(database.config, options.config ?? {});
  await options.prepare?.(database);
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const app = await createApp(database.config, database.endpoints, logger, options.modules);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    database,
    url: `http://127.0.0.1:${address.port}`,
    logs,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
