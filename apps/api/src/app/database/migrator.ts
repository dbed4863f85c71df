// Brings the schema up to date as the owning role, before the application connects.
import { DataSource } from 'typeorm';
import type { DatabaseEndpoints } from './database-endpoints';
import { dataSourceOptions } from './data-source.options';

export interface MigrationReport {
  applied: string[];
}

export async function migrateUp(endpoints: DatabaseEndpoints): Promise<MigrationReport> {
  return withOwner(endpoints, async (owner) => {
    const applied = await owner.runMigrations({ transaction: 'each' });
    return { applied: applied.map((migration) => migration.name) };
  });
}

/** Reverts the last `steps` migrations (each migration has a `down`). */
export async function migrateDown(endpoints: DatabaseEndpoints, steps = 1): Promise<string[]> {
  return withOwner(endpoints, async (owner) => {
    const reverted: string[] = [];
    for (let step = 0; step < steps; step += 1) {
      const [last] = await owner.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      if (!last) break;
      await owner.undoLastMigration({ transaction: 'each' });
      reverted.push(last.name);
    }
    return reverted;
  });
}

async function withOwner<T>(
  endpoints: DatabaseEndpoints,
  work: (owner: DataSource) => Promise<T>,
): Promise<T> {
  const owner = new DataSource({
    ...dataSourceOptions(endpoints.owner, {
      poolMax: 1,
      applicationName: 'amparo-migrations',
      withMigrations: true,
    }),
  });
  await owner.initialize();
  try {
    return await work(owner);
  } finally {
    await owner.destroy();
  }
}
