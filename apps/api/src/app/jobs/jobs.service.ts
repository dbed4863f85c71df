// Starting background jobs and reading how they went. A job is started inside the request's
// transaction (its row and its place on the queue commit together, or neither does) and is seen
// only by the member who started it.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { BackgroundJobResponse } from '@amparo/contracts';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { BackgroundJobEntity } from './background-job.entity';
import { toBackgroundJobResponse } from './background-job.mapper';
import { JOB_PAYLOAD } from './background-job-sealed-columns';
import { JobRunner } from './job-runner';
import { jobNotFound } from './jobs.errors';

export interface JobRequest<Payload> {
  readonly kind: string;
  readonly payload: Payload;
  /**
   * The same key from the same member for the same kind gives back the job they already started
   * (queued, running or done) instead of a second one; after a failure the key starts afresh.
   * Another member's key is theirs alone.
   */
  readonly idempotencyKey?: string;
  /** How many units the job will work through, when known up front. */
  readonly total?: number;
}

export interface SubmittedJob {
  readonly job: BackgroundJobResponse;
  /** False when the idempotency key matched a job started earlier. */
  readonly created: boolean;
}

@Injectable()
export class JobsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly runner: JobRunner,
    private readonly cipher: FieldCipher,
  ) {}

  async submit<Payload>(principal: Principal, request: JobRequest<Payload>): Promise<SubmittedJob> {
    const { manager } = this.transactions.current;
    const organizationId = principal.organizationId;
    if (request.idempotencyKey !== undefined) {
      // The member's own key: another member's job under the same key is none of theirs.
      const earlier = await manager.findOne(BackgroundJobEntity, {
        where: {
          organizationId,
          createdBy: principal.userId,
          kind: request.kind,
          idempotencyKey: request.idempotencyKey,
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (earlier && earlier.status !== 'failed') {
        return { job: toBackgroundJobResponse(earlier), created: false };
      }
      // After a failure the key starts the job again under the same id, so units it had done
      // (marked with that id, like a batch's filings) are recognised and skipped, never redone.
      if (earlier) return { job: await this.restart(principal, earlier, request), created: true };
    }

    const id = randomUUID();
    const sealed = this.cipher.encrypt(
      organizationId,
      JOB_PAYLOAD.name,
      JSON.stringify(request.payload),
      { rowId: id },
    );
    // ON CONFLICT: two requests with one key at the same instant; the loser reads the winner's.
    const inserted: unknown[] = await manager.query(
      `INSERT INTO background_jobs
              (id, organization_id, kind, idempotency_key, payload_sealed, progress_total, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (organization_id, created_by, kind, idempotency_key) DO NOTHING
       RETURNING id`,
      [
        id,
        organizationId,
        request.kind,
        request.idempotencyKey ?? null,
        sealed,
        request.total ?? null,
        principal.userId,
      ],
    );
    if (inserted.length === 0) {
      const winner = await manager.findOneOrFail(BackgroundJobEntity, {
        where: {
          organizationId,
          createdBy: principal.userId,
          kind: request.kind,
          idempotencyKey: request.idempotencyKey,
        },
      });
      return { job: toBackgroundJobResponse(winner), created: false };
    }
    await this.runner.enqueue(request.kind, { jobId: id, organizationId }, manager);
    const job = await manager.findOneOrFail(BackgroundJobEntity, { where: { id } });
    return { job: toBackgroundJobResponse(job), created: true };
  }

  private async restart<Payload>(
    principal: Principal,
    failed: BackgroundJobEntity,
    request: JobRequest<Payload>,
  ): Promise<BackgroundJobResponse> {
    const { manager } = this.transactions.current;
    await manager.update(BackgroundJobEntity, failed.id, {
      status: 'queued',
      payloadSealed: this.cipher.encrypt(
        principal.organizationId,
        JOB_PAYLOAD.name,
        JSON.stringify(request.payload),
        { rowId: failed.id },
      ),
      progressDone: 0,
      progressTotal: request.total ?? null,
      result: null,
      errorCode: null,
      errorMessage: null,
      errorDetails: null,
      attempts: 0,
      createdBy: principal.userId,
      startedAt: null,
      finishedAt: null,
      updatedAt: new Date(),
    });
    await this.runner.enqueue(
      request.kind,
      { jobId: failed.id, organizationId: principal.organizationId },
      manager,
    );
    return toBackgroundJobResponse(
      await manager.findOneOrFail(BackgroundJobEntity, { where: { id: failed.id } }),
    );
  }

  /** A job the caller started; anyone else's answers 404 as if it did not exist. */
  async get(principal: Principal, jobId: string): Promise<BackgroundJobResponse> {
    const job = await this.transactions.manager.findOne(BackgroundJobEntity, {
      where: { id: jobId, createdBy: principal.userId },
    });
    if (!job) throw jobNotFound();
    const live = job.status === 'running' ? this.runner.liveProgress(job.id) : undefined;
    if (live) {
      job.progressDone = live.done;
      job.progressTotal = live.total ?? job.progressTotal;
    }
    return toBackgroundJobResponse(job);
  }
}
