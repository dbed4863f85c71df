// Background jobs over HTTP: how far a job got, and what it produced or why it failed.
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BackgroundJobResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id')
  @RequirePermission('self.manage')
  get(
    @CurrentPrincipal() principal: Principal,
    @RecordId() jobId: string,
  ): Promise<BackgroundJobResponse> {
    return this.jobs.get(principal, jobId);
  }
}
