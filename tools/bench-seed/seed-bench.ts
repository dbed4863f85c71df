// `npm run seed:bench -- --orgs 100 --cases 1000000`: fills the PostgreSQL server at DATABASE_URL
// with the benchmark data set (bench.seed.ts). It is a developer's tool, kept out of the product:
// the production CLI (dist/apps/api/cli.js) does not carry it.
import 'reflect-metadata';
import { loadConfig } from '../../apps/api/src/app/config/app.config';
import { openDatabase } from '../../apps/api/src/app/database/database-endpoints';
import { seedBenchCommand } from './bench.seed';

async function run(): Promise<void> {
  const config = loadConfig();
  const endpoints = await openDatabase(config);
  try {
    process.stdout.write(`${await seedBenchCommand(endpoints, process.argv.slice(2), config)}\n`);
  } finally {
    await endpoints.close();
  }
}

run().catch((error: unknown) => {
  console.error(error instanceof Error && !process.env['DEBUG'] ? error.message : error);
  process.exit(1);
});
