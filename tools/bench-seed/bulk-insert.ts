// Many rows in one statement: every column travels as one text array parameter and is cast to
// its type on the way in (INSERT ... SELECT FROM unnest), so a batch of thousands of rows is one
// round trip and one parse, close to COPY without another dependency.
import type { PoolClient } from 'pg';

export interface Table {
  readonly name: string;
  /** Column name and SQL type, in the order of each row's values. */
  readonly columns: ReadonlyArray<readonly [string, string]>;
}

export async function insertRows(db: PoolClient, table: Table, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const { name, columns } = table;
  const values = columns.map((_, index) => rows.map((row) => textOf(row[index])));
  await db.query(
    `INSERT INTO ${name} (${columns.map(([column]) => column).join(', ')})
     SELECT ${columns.map(([, type], index) => `u.c${index}::${type}`).join(', ')}
       FROM unnest(${columns.map((_, index) => `$${index + 1}::text[]`).join(', ')})
         AS u(${columns.map((_, index) => `c${index}`).join(', ')})`,
    values,
  );
}

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}
