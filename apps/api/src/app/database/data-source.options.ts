// TypeORM settings shared by the API, the CLI and the tests: one definition, no synchronize.
import type { ClientConfig } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from '@amparo/migrations';
import { entities } from './entities';

export function dataSourceOptions(
  connection: ClientConfig,
  options: { poolMax?: number; applicationName?: string; withMigrations?: boolean } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.connectionString,
    host: connection.host,
    port: connection.port,
    username: connection.user,
    password: typeof connection.password === 'string' ? connection.password : undefined,
    database: connection.database,
    applicationName: options.applicationName ?? 'amparo',
    entities,
    migrations: options.withMigrations ? migrations : [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: false,
    extra: { max: options.poolMax ?? 10, connectionTimeoutMillis: 10_000 },
  };
}
