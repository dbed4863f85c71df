// The supervisor's office overview and member names over HTTP; handlers only delegate.
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type DeadlineAuditResponse,
  type OfficeMemberResponse,
  type SupervisionStatsResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { DeadlineAuditService } from './deadline-audit.service';
import { OfficeMembersService } from './office-members.service';
import { SupervisionStatsService } from './supervision-stats.service';

@ApiTags('supervision')
@Controller('supervision')
export class SupervisionController {
  constructor(
    private readonly statistics: SupervisionStatsService,
    private readonly members: OfficeMembersService,
    private readonly deadlines: DeadlineAuditService,
  ) {}

  /** Every list of the deadline audit with its count, read the one way every screen reads it. */
  @Get('deadline-audit')
  @RequirePermission('deadlines.audit')
  audit(): Promise<DeadlineAuditResponse> {
    return this.deadlines.audit();
  }

  @Get('stats')
  @RequirePermission('deadlines.audit')
  stats(@CurrentPrincipal() principal: Principal): Promise<SupervisionStatsResponse> {
    return this.statistics.stats(principal);
  }

  /** Who is who, for the people who assign cases (and read the audit trail and waivers). */
  @Get('members')
  @RequirePermission('cases.assign')
  list(@CurrentPrincipal() principal: Principal): Promise<OfficeMemberResponse[]> {
    return this.members.list(principal);
  }
}
