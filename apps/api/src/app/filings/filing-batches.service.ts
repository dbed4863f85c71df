// One template for many cases (everyone from one intake) as a background job. Submission checks
// every case first — writable by the caller, the template fits, the data is there — and queues
// nothing unless all pass. The job makes each case's filing in its own transaction, marked with
// the job's id, and skips the cases already done: a crash or restart mid-batch leaves no
// half-made filing, and the retried job finishes the rest without making any twice.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  BackgroundJobResponse,
  CreateFilingBatchDto,
  FilingBatchResult,
} from '@amparo/contracts';
import { can, DomainError, type Role } from '@amparo/domain';
import { AuditRequestContext } from '../audit/audit-request.context';
import { CaseAccess } from '../cases/case-access.service';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { JobRunner, type RunningJob } from '../jobs/job-runner';
import { JobsService } from '../jobs/jobs.service';
import { UserEntity } from '../organizations/user.entity';
import { FilingEntity } from './filing.entity';
import {
  batchActorCannotDraft,
  FilingBatchRefusedError,
  type BatchProblem,
} from './filings.errors';
import { FilingsService } from './filings.service';

export const FILING_BATCH_JOB = 'filings.batch';

interface FilingBatchPayload {
  readonly templateId: string;
  readonly language: 'es' | 'en';
  readonly caseIds: readonly string[];
  readonly details: CreateFilingBatchDto['details'];
}

@Injectable()
export class FilingBatchesService implements OnModuleInit {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
    private readonly filings: FilingsService,
    private readonly jobs: JobsService,
    private readonly runner: JobRunner,
    private readonly auditContext: AuditRequestContext,
  ) {}

  onModuleInit(): void {
    this.runner.register<FilingBatchPayload>(FILING_BATCH_JOB, (job) => this.run(job));
  }

  async submit(principal: Principal, input: CreateFilingBatchDto): Promise<BackgroundJobResponse> {
    const template = this.filings.templateOf(input.templateId);
    const language = input.language ?? template.languages[0];
    const problems: BatchProblem[] = [];
    for (const [index, caseId] of input.caseIds.entries()) {
      const problem = await this.check(principal, caseId, {
        templateId: template.id,
        language,
        details: input.details,
      });
      if (problem) problems.push({ ...problem, field: `caseIds[${index}]`, caseId });
    }
    if (problems.length > 0) throw new FilingBatchRefusedError(problems);
    const payload: FilingBatchPayload = {
      templateId: template.id,
      language,
      caseIds: input.caseIds,
      details: input.details,
    };
    const { job } = await this.jobs.submit(principal, {
      kind: FILING_BATCH_JOB,
      idempotencyKey: input.idempotencyKey,
      payload,
      total: input.caseIds.length,
    });
    return job;
  }

  /** Why this case cannot be in the batch, or undefined when it can. */
  private async check(
    principal: Principal,
    caseId: string,
    input: { templateId: string; language: 'es' | 'en'; details: CreateFilingBatchDto['details'] },
  ): Promise<Omit<BatchProblem, 'field' | 'caseId'> | undefined> {
    try {
      // A check only: each case is locked when its filing is made.
      const matter = await this.access.requireCase(principal, caseId, 'write', { lock: false });
      await this.filings.readyData(matter, this.filings.templateOf(input.templateId), input);
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === 'not_found' || error.kind === 'forbidden') {
        return { code: 'CASE_NOT_WRITABLE', message: 'You cannot change this case' };
      }
      return { code: error.code, message: error.message, missing: error.details };
    }
  }

  /** The job: every case in order, each in its own transaction, those already done skipped. */
  private async run(job: RunningJob<FilingBatchPayload>): Promise<FilingBatchResult> {
    const { templateId, language, caseIds, details } = job.payload;
    const principal = await this.actor(job);
    const result: FilingBatchResult = { templateId, language, filings: [], failed: [] };
    let done = 0;
    for (const caseId of caseIds) {
      const outcome = await this.asActor(job, principal, () =>
        this.transactions.run(job.organizationId, () =>
          this.unit(principal, job.id, caseId, { templateId, language, details }),
        ),
      ).catch((error: unknown) => {
        if (error instanceof DomainError) return { code: error.code, message: error.message };
        throw error;
      });
      if ('filingId' in outcome) result.filings.push({ caseId, filingId: outcome.filingId });
      else result.failed.push({ caseId, ...outcome });
      done += 1;
      await job.progress(done, caseIds.length);
    }
    return result;
  }

  /** One case: its batch filing if a previous run made it, else a new one (all or nothing). */
  private async unit(
    principal: Principal,
    jobId: string,
    caseId: string,
    input: { templateId: string; language: 'es' | 'en'; details: CreateFilingBatchDto['details'] },
  ): Promise<{ filingId: string }> {
    const manager = this.transactions.manager;
    const made = await manager.findOneBy(FilingEntity, { batchJobId: jobId, caseId });
    if (made) return { filingId: made.id };
    // Access is checked again: the case may have been reassigned since the batch was queued.
    const matter = await this.access.requireCase(principal, caseId, 'write');
    const filing = await this.filings.generateFor(principal, matter, input, jobId);
    return { filingId: filing.id };
  }

  /** The member who submitted the batch, as they are now (disabled or demoted: the job stops). */
  private async actor(job: RunningJob<FilingBatchPayload>): Promise<Principal> {
    const actorId = job.actorId;
    const user = actorId
      ? await this.transactions.run(job.organizationId, () =>
          this.transactions.manager.findOneBy(UserEntity, { id: actorId }),
        )
      : null;
    if (!user || user.disabledAt || !can(user.roles as Role[], 'filings.draft')) {
      throw batchActorCannotDraft();
    }
    return {
      userId: user.id,
      organizationId: user.organizationId,
      sessionId: `job:${job.id}`,
      email: user.email,
      name: user.name,
      roles: user.roles,
      mfaEnabled: user.totpEnabledAt !== null,
      mfaEnrolmentRequired: false,
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
      via: 'bearer',
    };
  }

  /** Audit entries written by the job name the member who submitted it. */
  private asActor<T>(
    job: RunningJob<FilingBatchPayload>,
    principal: Principal,
    work: () => Promise<T>,
  ): Promise<T> {
    return this.auditContext.run(
      {
        user: { userId: principal.userId, organizationId: job.organizationId },
        headers: {},
        id: `job-${job.id}`,
      },
      work,
    );
  }
}
