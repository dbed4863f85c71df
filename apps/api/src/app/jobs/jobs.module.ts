// Background jobs on pg-boss, for every feature: features inject JobsService to start a job and
// JobRunner to declare its handler.
import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { JobHeartbeats } from './job-heartbeats';
import { JobRecords } from './job-records';
import { JobRunner } from './job-runner';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { StaleJobRecovery } from './stale-job-recovery';

@Global()
@Module({
  imports: [AuditModule],
  controllers: [JobsController],
  providers: [JobRunner, JobsService, JobRecords, JobHeartbeats, StaleJobRecovery],
  exports: [JobRunner, JobsService],
})
export class JobsModule {}
