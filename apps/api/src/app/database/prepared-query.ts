// A query as a named prepared statement on the transaction's own connection. PostgreSQL then
// parses it once per connection and, after a few runs, keeps a generic plan: for the caseload's
// large statements planning costs more than running them (about 5 ms against 3 ms at a million
// cases), so hot read paths skip it. The name is derived from the text, so every distinct
// statement (one per combination of filters) gets its own.
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

export async function preparedQuery<T>(
  manager: EntityManager,
  text: string,
  values: readonly unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  // Outside a transaction there is no connection of our own to keep the statement on.
  if (!runner) return manager.query(text, [...values]);
  const client = (await runner.connect()) as PoolClient;
  const name = `amparo_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  const result = await client.query<T & object>({ name, text, values: [...values] });
  return result.rows;
}
