// Takes back the jobs whose instance died. pg-boss holds such a job as active until it expires
// (15 minutes for an import), and a stately queue such as the minute sweep's runs nothing else
// meanwhile. A job whose instance has not beaten for the stale time is failed in pg-boss, which
// offers it again after the queue's retry delay (or fails it for good when its attempts ran out),
// and its office record says so in the same transaction: queued, or failed with the crash
// message. Each job's own work is idempotent (it skips what a committed earlier attempt did), so
// taking back a job that was in fact alive costs time, never a duplicate.
import { Injectable, Logger } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { JobHeartbeats } from './job-heartbeats';
import { queueSql } from './job-queue-sql';
import { JobRecords } from './job-records';

export interface StaleJobScan {
  /** The queues this instance works. */
  readonly queues: readonly string[];
  /** Those whose jobs have an office record (background_jobs) to keep truthful. */
  readonly recorded: ReadonlySet<string>;
  /**
   * Seconds without a sign of life after which a job's instance is taken for dead; 0 takes back
   * every active job (the embedded database at start, which no other process can be using).
   */
  readonly staleSeconds: number;
}

interface StaleJob {
  readonly queue: string;
  readonly id: string;
  readonly jobId: string | null;
  readonly organizationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Active, and no beat (or, never having beaten, no start) for the stale time. */
const STALE = `j.state = 'active'
  AND coalesce(h.beat_at, j.started_on) <= now() - make_interval(secs => $2)`;

@Injectable()
export class StaleJobRecovery {
  private readonly logger = new Logger(StaleJobRecovery.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly records: JobRecords,
    private readonly heartbeats: JobHeartbeats,
  ) {}

  /** Hands back every stale job of these queues; answers how many. */
  async recover(boss: PgBoss, scan: StaleJobScan): Promise<number> {
    const stale: StaleJob[] = await this.dataSource.query(
      `SELECT j.name AS queue, j.id::text AS id, j.data->>'jobId' AS "jobId",
              j.data->>'organizationId' AS "organizationId"
         FROM pgboss.job j LEFT JOIN job_heartbeats h ON h.queue_job_id = j.id
        WHERE j.name = ANY($1::text[]) AND ${STALE}`,
      [scan.queues, scan.staleSeconds],
    );
    let recovered = 0;
    for (const job of stale) {
      if (this.heartbeats.holds(job.id)) continue; // alive here, only slow to beat
      if (await this.handBack(boss, job, scan)) recovered += 1;
    }
    return recovered;
  }

  private async handBack(boss: PgBoss, job: StaleJob, scan: StaleJobScan): Promise<boolean> {
    const record =
      scan.recorded.has(job.queue) &&
      job.jobId !== null &&
      job.organizationId !== null &&
      UUID.test(job.organizationId)
        ? { organizationId: job.organizationId, jobId: job.jobId }
        : undefined;
    return this.transactions.run(record?.organizationId ?? null, async ({ manager }) => {
      // Checked again under a lock: another instance may be handing it back at this moment, or
      // its own instance may have finished it or beaten since the scan.
      const still: unknown[] = await manager.query(
        `SELECT 1 FROM pgboss.job j LEFT JOIN job_heartbeats h ON h.queue_job_id = j.id
          WHERE j.name = $1 AND j.id = $3 AND ${STALE}
            FOR UPDATE OF j SKIP LOCKED`,
        [job.queue, scan.staleSeconds, job.id],
      );
      if (still.length === 0) return false;
      const db = queueSql((text, values) => manager.query(text, values));
      await boss.fail(job.queue, job.id, { message: 'its instance stopped' }, { db });
      await manager.query(`DELETE FROM job_heartbeats WHERE queue_job_id = $1`, [job.id]);
      const [after]: { state: string }[] = await manager.query(
        `SELECT state FROM pgboss.job WHERE name = $1 AND id = $2`,
        [job.queue, job.id],
      );
      const again = after?.state === 'retry';
      if (record && again) await this.records.requeue(record.organizationId, record.jobId);
      else if (record) await this.records.crashed(record.organizationId, record.jobId);
      this.logger.warn(
        `job ${record?.jobId ?? job.id} (${job.queue}): its instance stopped ` +
          `${scan.staleSeconds > 0 ? `(no sign of life for ${scan.staleSeconds} s)` : 'before this start'}; ` +
          (again ? 'offered again' : 'no attempt left, failed'),
      );
      return true;
    });
  }
}
