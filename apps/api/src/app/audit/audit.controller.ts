// GET /api/audit: the organization's audit trail, for supervisors.
import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuditQueryDto, type AuditPageResponse } from '@amparo/contracts';
import { AuditLogService } from './audit-log.service';
import { SupervisorOnlyGuard } from './supervisor-only.guard';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @UseGuards(SupervisorOnlyGuard)
  @ApiOkResponse({ description: 'A page of entries, newest first, and the cursor of the next' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not a supervisor' })
  list(@Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.log.list(query);
  }
}
