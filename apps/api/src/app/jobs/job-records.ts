// The office's own record of each job (background_jobs), which the member who started it reads at
// GET /api/jobs/:id. Every change of status goes through here, whichever instance makes it (the
// one running the job, or one taking back a job whose instance died), so the record follows one
// set of rules: it never says done what is not, and never says running what will not run again.
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { BackgroundJobEntity } from './background-job.entity';

export const CRASH_MESSAGE =
  'The job stopped on an unexpected error and was not finished; nothing half-done was kept. ' +
  'Start it again, and if it fails again give the job id to an administrator.';

/** How a job ended, as its record keeps it. */
export type JobOutcome =
  | { readonly status: 'succeeded'; readonly result: object | null }
  | {
      readonly status: 'failed';
      readonly errorCode: string;
      readonly errorMessage: string;
      readonly errorDetails?: object[] | null;
    };

@Injectable()
export class JobRecords {
  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * Marks the job running for one more attempt and answers its row (with the sealed payload), or
   * null when there is nothing to run: the job is gone (its office or its member was erased) or
   * finished, or an earlier attempt committed the job's whole work (`RunningJob.once`) and was
   * stopped before it could say so, which is said now instead of doing the work twice.
   */
  async begin(organizationId: string, jobId: string): Promise<BackgroundJobEntity | null> {
    const row = await this.transactions.run(organizationId, async ({ manager }) => {
      const job = await manager
        .createQueryBuilder(BackgroundJobEntity, 'job')
        .addSelect('job.payloadSealed')
        .where('job.id = :jobId', { jobId })
        .setLock('pessimistic_write')
        .getOne();
      if (!job || job.status === 'succeeded' || job.status === 'failed') return null;
      if (job.result !== null) return job;
      job.attempts += 1;
      await manager.update(BackgroundJobEntity, jobId, {
        status: 'running',
        attempts: job.attempts,
        startedAt: job.startedAt ?? new Date(),
        updatedAt: new Date(),
      });
      return job;
    });
    if (row?.result) {
      await this.finish(organizationId, jobId, { status: 'succeeded', result: row.result });
      return null;
    }
    return row;
  }

  /**
   * How far the job got; joins the caller's tenant transaction when one is open. Never less than
   * before: an attempt after a crash counts again from its first unit, passing those done before
   * (a batch's filings made before the crash stay made), and the member must not read that as
   * the work going backwards. (Started again after a failure, a job counts from 0: JobsService.)
   */
  async progress(
    organizationId: string,
    jobId: string,
    done: number,
    total?: number,
  ): Promise<void> {
    await this.transactions.run(organizationId, async ({ manager }) => {
      await manager.query(
        `UPDATE background_jobs
            SET progress_done = greatest(progress_done, $2),
                progress_total = coalesce($3, progress_total), updated_at = now()
          WHERE id = $1`,
        [jobId, done, total ?? null],
      );
    });
  }

  async finish(organizationId: string, jobId: string, outcome: JobOutcome): Promise<void> {
    await this.transactions.run(organizationId, async ({ manager }) => {
      const now = new Date();
      await manager.query(
        `UPDATE background_jobs
            SET progress_done = CASE WHEN $2 = 'succeeded'
                                     THEN coalesce(progress_total, progress_done)
                                     ELSE progress_done END
          WHERE id = $1`,
        [jobId, outcome.status],
      );
      await manager.update(BackgroundJobEntity, jobId, {
        ...outcome,
        finishedAt: now,
        updatedAt: now,
      });
    });
  }

  /** Waiting to run again (a crash, or its instance died); what it had done stays counted. */
  async requeue(organizationId: string, jobId: string): Promise<void> {
    await this.transactions.run(organizationId, async ({ manager }) => {
      await manager.update(
        BackgroundJobEntity,
        { id: jobId, status: In(['queued', 'running']) },
        { status: 'queued', updatedAt: new Date() },
      );
    });
  }

  /**
   * The job crashed and has no attempt left: failed, with words a person can act on, unless an
   * attempt had committed its whole work, in which case it succeeded with that attempt's result.
   */
  async crashed(organizationId: string, jobId: string): Promise<void> {
    await this.transactions.run(organizationId, async ({ manager }) => {
      const job = await manager.findOne(BackgroundJobEntity, {
        where: { id: jobId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!job || job.status === 'succeeded' || job.status === 'failed') return;
      await this.finish(
        organizationId,
        jobId,
        job.result !== null
          ? { status: 'succeeded', result: job.result }
          : { status: 'failed', errorCode: 'JOB_CRASHED', errorMessage: CRASH_MESSAGE },
      );
    });
  }
}
