// GET /api/audit: the organization's audit trail, for supervisors.
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuditQueryDto, type AuditPageResponse } from '@amparo/contracts';
import { RequirePermission } from '../identity/permission.decorator';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'A page of entries, newest first, and the cursor of the next' })
  @ApiUnauthorizedResponse({ description: 'Not signed in' })
  @ApiForbiddenResponse({ description: 'Not allowed to read the audit trail (supervisors are)' })
  list(@Query() query: AuditQueryDto): Promise<AuditPageResponse> {
    return this.log.list(query);
  }
}
