// Operator commands: `node dist/apps/api/cli.js <command>`; the npm scripts wrap them.
//   migrate [--revert N]   apply pending migrations (or revert the last N)
//   seed:demo              create the fictional demo offices and Lima's demo caseload (never
//                          automatic on a real server)
//   admin:create           create an organization's first admin (asks for the password)
//   audit:verify           check every audit chain (--heads FILE: and that none was cut short)
//   keys:rotate            re-encrypt every encrypted field under the active key
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from './app/config/app.config';
import { createLogger } from './app/common/logging/logger';
import { auditVerifyCommand } from './app/audit/audit-verify.command';
import { createApp } from './app/create-app';
import { rotateKeysCommand } from './app/crypto/key-rotation.command';
import { openDatabase, type DatabaseEndpoints } from './app/database/database-endpoints';
import { migrateDown, migrateUp } from './app/database/migrator';
import { seedDemoCases } from './app/seed/demo-cases.seed';
import { seedDemoIfFirstStart } from './app/seed/demo.seed';
import { createAdmin } from './app/seed/admin.create';

type Command = (endpoints: DatabaseEndpoints, args: string[]) => Promise<string>;

const commands: Record<string, Command> = {
  'audit:verify': (endpoints, args) => auditVerifyCommand(endpoints, args),
  migrate: async (endpoints, args) => {
    const { values } = parseArgs({ args, options: { revert: { type: 'string' } } });
    if (values.revert !== undefined) {
      const steps = Number(values.revert);
      if (!Number.isInteger(steps) || steps < 1)
        throw new UsageError('--revert takes a positive whole number');
      const reverted = await migrateDown(endpoints, steps);
      return reverted.length ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert';
    }
    const { applied } = await migrateUp(endpoints);
    return applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date';
  },
  'seed:demo': async (endpoints) =>
    withApp(endpoints, async (app) => {
      if (!(await seedDemoIfFirstStart(app))) return 'Demo offices already present';
      const cases = await seedDemoCases(app);
      return `Demo offices created (fictional data), with ${cases} demo cases in Lima`;
    }),
  'admin:create': async (endpoints, args) => {
    const { values } = parseArgs({
      args,
      options: {
        organization: { type: 'string' },
        slug: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
      },
    });
    const { organization, slug, email, name } = values;
    if (!organization || !email || !name) {
      throw new UsageError(
        'admin:create -- --organization "Office name" --email admin@office.org --name "Full Name" [--slug office-slug]; the password is read from AMPARO_ADMIN_PASSWORD or asked for',
      );
    }
    return withApp(endpoints, (app) => createAdmin(app, { organization, slug, email, name }));
  },
  'keys:rotate': (endpoints, args) => rotateKeysCommand(endpoints, args, withApp),
};

class UsageError extends Error {}

async function withApp<T>(
  endpoints: DatabaseEndpoints,
  work: (app: Awaited<ReturnType<typeof createApp>>) => Promise<T>,
): Promise<T> {
  await migrateUp(endpoints);
  await endpoints.dropToAppRole();
  // An operator command is not a job worker: it takes nothing off the queues and runs no
  // schedule (a sweep started here would be cut short when the command ends).
  const config = Object.assign(loadConfig(), { AMPARO_JOB_WORKERS: false });
  const app = await createApp(config, endpoints, createLogger('warn'));
  await app.init();
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function run(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command)
    throw new UsageError(`Usage: cli.js <${Object.keys(commands).join('|')}> [options]`);
  const config = loadConfig();
  const endpoints = await openDatabase(config);
  try {
    process.stdout.write(`${await command(endpoints, args)}\n`);
  } finally {
    await endpoints.close();
  }
}

run().catch((error: unknown) => {
  // Operators act on the message; the stack is for developers (DEBUG=1).
  console.error(error instanceof Error && !process.env['DEBUG'] ? error.message : error);
  process.exit(1);
});
