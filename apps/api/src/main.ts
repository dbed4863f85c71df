// Starts Amparo: database (embedded or real), migrations, demo data on a first embedded start,
// then the API and the client on one port; values an older version stored in clear are sealed, and
// deadlines computed under an older rule pack recomputed, in the background.
import 'reflect-metadata';
import { loadConfig, ConfigurationError } from './app/config/app.config';
import { createLogger } from './app/common/logging/logger';
import { createApp } from './app/create-app';
import { sealClearValuesOnStart } from './app/crypto/clear-value-sealing.startup';
import { listOrganizationIds } from './app/crypto/key-rotation.command';
import { openDatabase } from './app/database/database-endpoints';
import { migrateUp } from './app/database/migrator';
import { seedDemoCases } from './app/seed/demo-cases.seed';
import { seedDemoIfFirstStart } from './app/seed/demo.seed';
import { recomputeRuleChangesOnStart } from './app/rule-changes/rule-change.startup';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const endpoints = await openDatabase(config);
  try {
    const { applied } = await migrateUp(endpoints);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    // Listed as the owner (the app role sees one office at a time), for the sealing pass below.
    const organizationIds = await listOrganizationIds(endpoints.owner);
    await endpoints.dropToAppRole();

    const app = await createApp(config, endpoints, logger);
    if (endpoints.kind === 'embedded' && config.AMPARO_SEED_DEMO) {
      // The demo caseload only in offices created by this start: never into one already in use.
      if (await seedDemoIfFirstStart(app)) {
        const cases = await seedDemoCases(app);
        logger.info({ cases }, 'demo data created (fictional; see README for the logins)');
      }
    }
    const shutdown = once(async () => {
      await app.close();
      await endpoints.close();
    });
    process.once('SIGINT', () => void shutdown().then(() => process.exit(0)));
    process.once('SIGTERM', () => void shutdown().then(() => process.exit(0)));

    await app.listen(config.PORT, config.HOST);
    const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    const url = `http://${shown}:${config.PORT}/`;
    logger.info({ url, database: endpoints.kind }, 'Amparo is ready');
    void sealClearValuesOnStart(app, organizationIds, logger);
    void recomputeRuleChangesOnStart(app, organizationIds, logger);
    process.stdout.write(`\nAmparo is running at ${url} (${describe(endpoints.kind, config)})\n\n`);
  } catch (error) {
    await endpoints.close();
    throw error;
  }
}

function describe(kind: 'embedded' | 'server', config: { AMPARO_DATA_DIR: string }): string {
  return kind === 'embedded'
    ? `embedded PostgreSQL in ${config.AMPARO_DATA_DIR}/; demo logins in README.md`
    : 'PostgreSQL server from DATABASE_URL';
}

function once(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= task());
}

main().catch((error: unknown) => {
  // Configuration and role problems are the operator's to fix: print the message, not a trace.
  const known =
    error instanceof ConfigurationError ||
    (error instanceof Error && error.name === 'UnsafeDatabaseRoleError');
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
