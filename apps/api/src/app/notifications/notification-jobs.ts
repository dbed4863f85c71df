// Runs the notification sweep every minute over every office. On a real PostgreSQL server it is a
// recurring pg-boss job: pg-boss gives each minute's run to one instance only, and the sweep is
// idempotent besides, so deadlines turn missed and reminders go out on time however many API
// instances run. Embedded (PGlite), one process owns the database, so an in-process timer does
// the same without pg-boss's cron machinery, whose extra polling the single PGlite session,
// multiplexed by pglite-socket, serves badly (interleaved statements: "portal does not exist").
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';
import { TenantTransactions } from '../database/tenant-transactions';
import { JobRunner } from '../jobs/job-runner';
import {
  NotificationSweepService,
  type NotificationSweepReport,
} from './notification-sweep.service';

export const NOTIFICATION_SWEEP_JOB = 'notifications.sweep';
/** Every minute (UTC cron): a PASEE reminder is due within the minute, not the hour. */
export const NOTIFICATION_SWEEP_CRON = '* * * * *';
const EMBEDDED_INTERVAL_MS = 60_000;
const EMBEDDED_FIRST_RUN_MS = 5_000;

@Injectable()
export class NotificationJobs
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private readonly logger = new Logger(NotificationJobs.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | undefined;
  /** Set when the application begins to shut down: a sweep in progress stops after its office. */
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runner: JobRunner,
    private readonly transactions: TenantTransactions,
    private readonly sweep: NotificationSweepService,
  ) {}

  onModuleInit(): void {
    if (this.config.embedded) return;
    // The run's report (offices, missed, reminders, notices, e-mails) is kept as its output.
    this.runner.schedule(NOTIFICATION_SWEEP_JOB, NOTIFICATION_SWEEP_CRON, () => this.sweepAll());
  }

  onApplicationBootstrap(): void {
    if (!this.config.embedded || !this.runner.working) return;
    const tick = () => {
      this.running ??= this.sweepAll()
        .then(() => undefined)
        .catch((error: unknown) =>
          this.logger.error(
            `notification sweep: ${error instanceof Error ? error.name : typeof error}`,
          ),
        )
        .finally(() => (this.running = undefined));
    };
    this.timers = [
      setTimeout(tick, EMBEDDED_FIRST_RUN_MS),
      setInterval(tick, EMBEDDED_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** Stops the timer and lets a sweep in progress finish before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await this.running;
  }

  /** One pass over every office (ids from the migration's SECURITY DEFINER listing). */
  async sweepAll(): Promise<NotificationSweepReport> {
    const rows: { id: string }[] = await this.transactions.run(null, ({ manager }) =>
      manager.query(`SELECT id::text AS id FROM sweep_organization_ids() AS id`),
    );
    const report = await this.sweep.run(
      rows.map((row) => row.id),
      () => this.stopping || this.runner.stopping,
    );
    const told = report.missed + report.reminders + report.escalations + report.emailed;
    if (told > 0 || report.failedOrganizations > 0 || report.emailFailures > 0) {
      this.logger.log(
        `notification sweep: ${report.organizations} office(s), ${report.missed} missed, ` +
          `${report.reminders} reminder(s), ${report.escalations} escalation notice(s), ` +
          `${report.emailed} e-mail(s) sent, ${report.emailFailures} failed, ` +
          `${report.failedOrganizations} office(s) failed`,
      );
    }
    return report;
  }
}
