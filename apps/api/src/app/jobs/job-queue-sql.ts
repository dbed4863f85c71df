// pg-boss's statements run through TypeORM (the pool, or an open transaction), so its work shares
// the application's connections and, when asked, a request's transaction.
import type PgBoss from 'pg-boss';

export function queueSql(run: (text: string, values: unknown[]) => Promise<unknown>): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[] = []) => ({
      rows: rowsOf(await run(text, values)),
    }),
  };
}

function rowsOf(result: unknown): unknown[] {
  // TypeORM answers UPDATE and DELETE as [rows, rowCount].
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
