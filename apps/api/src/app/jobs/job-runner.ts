// Runs background work on pg-boss: queues and schedules come from migrations; handlers register
// here at module init; pg-boss hands each job to exactly one worker of however many API
// instances run and retries what crashed. A job whose instance was killed is taken back once its
// heartbeat stops (StaleJobRecovery), not only when pg-boss lets it expire. Every attempt reloads
// the job's own row, so a handler can skip what it already did.
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { DomainError } from '@amparo/domain';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/app-config.token';
import { AuditRequestContext } from '../audit/audit-request.context';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import { BackgroundJobEntity } from './background-job.entity';
import { JOB_PAYLOAD } from './background-job-sealed-columns';
import { JobHeartbeats } from './job-heartbeats';
import { queueSql } from './job-queue-sql';
import { JobRecords } from './job-records';
import { JobQueueMissingError } from './jobs.errors';
import { StaleJobRecovery } from './stale-job-recovery';

/** What pg-boss carries: ids only. Whatever the job is about stays sealed in its office's row. */
interface QueuedJob {
  readonly jobId: string;
  readonly organizationId: string;
}

/** A job as its handler sees it. */
export interface RunningJob<Payload = unknown> {
  readonly id: string;
  readonly organizationId: string;
  /** Who started it (null once that account was erased). */
  readonly actorId: string | null;
  readonly payload: Payload;
  /** 1 on the first run, more when a crash or a stopped instance made pg-boss offer it again. */
  readonly attempt: number;
  /**
   * Records how far the job got. Called between units of work it is seen at once; called inside
   * a unit's tenant transaction it joins it and is seen when that unit commits.
   */
  progress(done: number, total?: number): Promise<void>;
  /**
   * Reports how far a job got while it works inside one long transaction (an all-or-nothing
   * import), where a saved progress would only show at the end: kept in this instance's memory
   * and shown by `GET /api/jobs/:id` until the job finishes.
   */
  report(done: number, total?: number): void;
  /**
   * Runs the job's whole work in one tenant transaction that also records its result, so the work
   * is done once however often the job runs: an attempt that finds the result of an earlier one
   * that committed (and was stopped before saying so) answers it without doing anything, and two
   * attempts at once (one taken for dead while still alive) take turns.
   */
  once<Result extends object>(work: () => Promise<Result>): Promise<Result>;
}

export type JobHandler<Payload = unknown> = (job: RunningJob<Payload>) => Promise<unknown>;

/**
 * A recurring job of the installation (a sweep over every office), on a cron schedule in UTC;
 * what it answers is kept as the run's output in pg-boss (for operators and bench:sweep).
 */
export type ScheduledHandler = () => Promise<object | void>;

/** Beats per stale time: a few may be late (a busy pool) before the job is taken for dead. */
const BEATS_PER_STALE = 6;
/** Looks for stale jobs this often per stale time. */
const SCANS_PER_STALE = 3;
/** Heartbeat rows untouched for this many stale times belong to nobody. */
const FORGET_AFTER_STALE = 10;

@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly schedules = new Map<string, { cron: string; handler: ScheduledHandler }>();
  private shuttingDown = false;
  /** pg-boss's own statements on the pool, still running. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private boss: PgBoss | undefined;
  private readonly live = new Map<string, { done: number; total?: number }>();
  private timers: NodeJS.Timeout[] = [];
  /** The heartbeat and recovery passes in progress, by name (one of each at a time). */
  private readonly passes = new Map<string, Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly auditContext: AuditRequestContext,
    private readonly records: JobRecords,
    private readonly heartbeats: JobHeartbeats,
    private readonly recovery: StaleJobRecovery,
  ) {}

  /** Progress reported in memory by a job this instance is running, if any. */
  liveProgress(jobId: string): { done: number; total?: number } | undefined {
    return this.live.get(jobId);
  }

  /** Declares the handler of a job kind; call it from a module's onModuleInit. */
  register<Payload>(kind: string, handler: JobHandler<Payload>): void {
    if (this.handlers.has(kind)) throw new Error(`Job kind ${kind} has two handlers`);
    this.handlers.set(kind, handler as JobHandler<never>);
  }

  /** Declares a recurring job (its queue must exist); call it from a module's onModuleInit. */
  schedule(name: string, cron: string, handler: ScheduledHandler): void {
    if (this.schedules.has(name)) throw new Error(`Scheduled job ${name} is declared twice`);
    this.schedules.set(name, { cron, handler });
  }

  /** Whether this instance takes jobs off the queues (AMPARO_JOB_WORKERS). */
  get working(): boolean {
    return this.config.AMPARO_JOB_WORKERS;
  }

  async onApplicationBootstrap(): Promise<void> {
    const working = this.working;
    const boss = new PgBoss({
      db: queueSql((text, values) => this.poolQuery(text, values)),
      migrate: false, // the schema is the migrations' business (1763900010000-job-queue)
      supervise: working,
      schedule: working && this.schedules.size > 0,
    });
    boss.on('error', (error) => this.logger.error(`job queue: ${describe(error)}`));
    await boss.start();
    this.boss = boss;

    const kinds = [...this.handlers.keys(), ...this.schedules.keys()];
    const missing: string[] = [];
    for (const kind of kinds) if (!(await boss.getQueue(kind))) missing.push(kind);
    if (missing.length > 0) throw new JobQueueMissingError(missing);
    if (!working) return;

    // The embedded database is opened by this process alone: whatever pg-boss holds as active
    // was left by the previous one and is taken back at once. A server may have other instances
    // at work: only jobs that stopped beating are.
    await this.recoverStale(this.config.embedded ? 0 : this.config.AMPARO_JOB_LOST_SECONDS);
    const pollingIntervalSeconds = this.config.AMPARO_JOB_POLL_SECONDS;
    for (const kind of this.handlers.keys()) {
      await boss.work<QueuedJob>(
        kind,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds },
        async ([job]) => {
          if (job) await this.heartbeats.around(kind, job.id, () => this.execute(kind, job));
        },
      );
    }
    for (const [name, { cron, handler }] of this.schedules) {
      await boss.schedule(name, cron, {}, { tz: 'UTC' });
      await boss.work(name, { batchSize: 1, pollingIntervalSeconds }, ([job]) =>
        job ? this.heartbeats.around(name, job.id, handler) : Promise.resolve(),
      );
    }
    if (!this.config.embedded) this.watchOverJobs(this.config.AMPARO_JOB_LOST_SECONDS);
  }

  /**
   * Beats for the jobs this instance runs and takes back those whose instance stopped beating.
   * Not on the embedded database: one process, so nothing there can stop beating and live on.
   */
  private watchOverJobs(staleSeconds: number): void {
    this.timers = [
      setInterval(
        () => this.pass('heartbeat', () => this.heartbeats.beat()),
        (staleSeconds * 1000) / BEATS_PER_STALE,
      ),
      setInterval(
        () =>
          this.pass('recovery', async () => {
            if (this.shuttingDown) return; // its own jobs still beat until they end
            await this.recoverStale(staleSeconds);
            await this.heartbeats.forget(staleSeconds * FORGET_AFTER_STALE);
          }),
        (staleSeconds * 1000) / SCANS_PER_STALE,
      ),
    ];
  }

  private pass(name: string, work: () => Promise<void>): void {
    if (this.passes.has(name)) return;
    const running = work()
      .catch((error: unknown) => this.logger.error(`job ${name}: ${describe(error)}`))
      .finally(() => this.passes.delete(name));
    this.passes.set(name, running);
  }

  private async recoverStale(staleSeconds: number): Promise<void> {
    const boss = this.boss;
    if (!boss) return; // stopping
    await this.recovery.recover(boss, {
      queues: [...this.handlers.keys(), ...this.schedules.keys()],
      recorded: new Set(this.handlers.keys()),
      staleSeconds,
    });
  }

  /**
   * Set once the application is shutting down: long handlers (the sweep over every office) stop
   * at their next safe point, so the job in hand ends before pg-boss's stop timeout and the pool
   * is not closed under it.
   */
  get stopping(): boolean {
    return this.shuttingDown;
  }

  // Before the database closes (TypeORM closes its pool on application shutdown).
  async beforeApplicationShutdown(): Promise<void> {
    this.shuttingDown = true;
    const boss = this.boss;
    this.boss = undefined;
    // Waits for the jobs in hand (they keep beating meanwhile); what a killed process leaves
    // active is taken back once its heartbeat is stale.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    // pg-boss marks a finished job complete without awaiting it, so its worker may look idle
    // while that statement is still running: let it end before the pool closes under it.
    await Promise.allSettled([...this.inFlight, ...this.passes.values()]);
  }

  /**
   * Puts a job on its queue inside the caller's transaction: if that transaction rolls back, the
   * job was never queued.
   */
  async enqueue(kind: string, job: QueuedJob, manager: EntityManager): Promise<void> {
    const boss = this.started();
    const queuedId = await boss.send(kind, { ...job } as object, {
      db: queueSql((text, values) => manager.query(text, values)),
    });
    if (!queuedId) throw new JobQueueMissingError([kind]);
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not running (the app has not started)');
    return this.boss;
  }

  private async poolQuery(text: string, values: unknown[]): Promise<unknown> {
    const query: Promise<unknown> = this.dataSource.query(text, values);
    this.inFlight.add(query);
    try {
      return await query;
    } finally {
      this.inFlight.delete(query);
    }
  }

  private async execute(kind: string, queued: PgBoss.JobWithMetadata<QueuedJob>): Promise<void> {
    const { jobId, organizationId } = queued.data;
    const handler = this.handlers.get(kind);
    if (!handler) return;

    const row = await this.records.begin(organizationId, jobId);
    if (!row) return; // gone (the office or the person was erased) or already finished

    const payload: unknown = JSON.parse(
      this.cipher.decrypt(organizationId, JOB_PAYLOAD.name, row.payloadSealed, { rowId: jobId }),
    );
    const running: RunningJob<never> = {
      id: jobId,
      organizationId,
      actorId: row.createdBy,
      payload: payload as never,
      attempt: row.attempts,
      progress: (done, total) => this.records.progress(organizationId, jobId, done, total),
      report: (done, total) => {
        this.live.set(jobId, { done, total: total ?? this.live.get(jobId)?.total });
      },
      once: (work) => this.once(organizationId, jobId, work),
    };

    try {
      // Audit entries written by the job name the member who started it, as their request would.
      const actor = row.createdBy ? { userId: row.createdBy, organizationId } : undefined;
      const result = await this.auditContext.run({ user: actor, headers: {}, id: undefined }, () =>
        handler(running),
      );
      await this.records.finish(organizationId, jobId, {
        status: 'succeeded',
        result: (result ?? null) as object | null,
      });
    } catch (error) {
      if (error instanceof DomainError) {
        await this.records.finish(organizationId, jobId, {
          status: 'failed',
          errorCode: error.code,
          errorMessage: error.message.slice(0, 2000),
          errorDetails: error.details ? [...error.details] : null,
        });
        return;
      }
      // Names and codes only: an error message can quote the data it choked on.
      this.logger.error(`job ${jobId} (${kind}) attempt ${row.attempts}: ${describe(error)}`);
      if (queued.retryCount >= queued.retryLimit) {
        await this.records.crashed(organizationId, jobId);
        return;
      }
      await this.records.requeue(organizationId, jobId);
      throw error; // pg-boss offers it again after the queue's retry delay
    } finally {
      this.live.delete(jobId);
    }
  }

  private once<Result extends object>(
    organizationId: string,
    jobId: string,
    work: () => Promise<Result>,
  ): Promise<Result> {
    return this.transactions.run(organizationId, async ({ manager }) => {
      // Held until this transaction ends: a second attempt waits here, then finds the result.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `background-job:${jobId}`,
      ]);
      const [earlier]: { result: Result | null }[] = await manager.query(
        `SELECT result FROM background_jobs WHERE id = $1`,
        [jobId],
      );
      if (earlier?.result) return earlier.result;
      const result = await work();
      await manager.update(BackgroundJobEntity, jobId, { result, updatedAt: new Date() });
      return result;
    });
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}
