// A job kind mounted only in tests, to drive the job machinery (queueing inside the request's
// transaction, progress, retries after a crash, typed failures, idempotency keys) end to end.
import { Body, Controller, Module, type OnModuleInit, Post } from '@nestjs/common';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { BackgroundJobResponse } from '@amparo/contracts';
import { ConflictError } from '@amparo/domain';
import { CurrentPrincipal } from '../../../apps/api/src/app/identity/current-principal.decorator';
import { RequirePermission } from '../../../apps/api/src/app/identity/permission.decorator';
import type { Principal } from '../../../apps/api/src/app/identity/principal';
import { JobFailedError } from '../../../apps/api/src/app/jobs/jobs.errors';
import { JobRunner, type RunningJob } from '../../../apps/api/src/app/jobs/job-runner';
import { JobsService } from '../../../apps/api/src/app/jobs/jobs.service';
import type { TestDatabase } from './test-database';

export const FIXTURE_JOB = 'test.count';

export class CountJobDto {
  @IsInt() @Min(1) @Max(50) units!: number;
  /** Throws an unexpected error at this unit on the first attempt (a crash). */
  @IsOptional() @IsInt() @Min(0) crashAt?: number;
  /** Fails for good (a typed error) at this unit. */
  @IsOptional() @IsInt() @Min(0) failAt?: number;
  @IsOptional() @IsString() @MaxLength(100) key?: string;
  /** Does every unit in one `job.once` transaction, then crashes on the first attempt. */
  @IsOptional() @IsBoolean() crashAfterCommit?: boolean;
  /** Throws after queueing, so the request's transaction rolls back. */
  @IsOptional() @IsBoolean() abortRequest?: boolean;
  @IsOptional() @IsString() @MaxLength(100) secret?: string;
}

/** Every unit each job did, in order, with the attempt that did it. */
export const unitsDone = new Map<string, { unit: number; attempt: number }[]>();

interface CountPayload {
  readonly units: number;
  readonly crashAt?: number;
  readonly crashAfterCommit?: boolean;
  readonly failAt?: number;
  readonly secret?: string;
}

@Controller('test-fixtures/jobs')
export class JobsFixtureController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @RequirePermission('self.manage')
  async start(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CountJobDto,
  ): Promise<BackgroundJobResponse> {
    const { job } = await this.jobs.submit<CountPayload>(principal, {
      kind: FIXTURE_JOB,
      payload: {
        units: body.units,
        crashAt: body.crashAt,
        crashAfterCommit: body.crashAfterCommit,
        failAt: body.failAt,
        secret: body.secret,
      },
      idempotencyKey: body.key,
      total: body.units,
    });
    if (body.abortRequest) throw new ConflictError('TEST_ABORT', 'aborted after queueing');
    return job;
  }
}

@Module({ controllers: [JobsFixtureController] })
export class JobsFixtureModule implements OnModuleInit {
  constructor(private readonly runner: JobRunner) {}

  onModuleInit(): void {
    this.runner.register<CountPayload>(FIXTURE_JOB, async (job: RunningJob<CountPayload>) => {
      const done = unitsDone.get(job.id) ?? [];
      unitsDone.set(job.id, done);
      if (job.payload.crashAfterCommit) {
        const result = await job.once(async () => {
          for (let unit = 0; unit < job.payload.units; unit += 1)
            done.push({ unit, attempt: job.attempt });
          return { counted: job.payload.units };
        });
        if (job.attempt === 1) throw new Error('simulated crash after the work committed');
        return result;
      }
      for (let unit = done.length; unit < job.payload.units; unit += 1) {
        if (unit === job.payload.failAt)
          throw new JobFailedError('TEST_UNIT_REFUSED', `unit ${unit} cannot be done`, [
            { field: `unit[${unit}]`, message: 'refused' },
          ]);
        if (unit === job.payload.crashAt && job.attempt === 1) throw new Error('simulated crash');
        done.push({ unit, attempt: job.attempt });
        await job.progress(unit + 1);
      }
      return { counted: done.length };
    });
  }
}

/** The fixture's queue, created the way migrations create real ones. */
export async function createFixtureQueue(database: TestDatabase): Promise<void> {
  const owner = await database.ownerClient();
  // Embedded PGlite has one session, already dropped to the app role: step back up for this.
  const embedded = database.endpoints.kind === 'embedded';
  try {
    if (embedded) await owner.query('RESET ROLE');
    await owner.query(`SELECT pgboss.create_queue($1, $2)`, [
      FIXTURE_JOB,
      JSON.stringify({ policy: 'standard', retryLimit: 2, retryDelay: 0 }),
    ]);
  } finally {
    if (embedded) await owner.query('SET ROLE amparo_app');
    await owner.end();
  }
}
