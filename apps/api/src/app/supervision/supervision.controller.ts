// The supervisor's office overview and member names over HTTP; handlers only delegate.
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  SupervisionStatsQueryDto,
  type OfficeMemberResponse,
  type SupervisionStatsResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { OfficeMembersService } from './office-members.service';
import { SupervisionStatsService } from './supervision-stats.service';

@ApiTags('supervision')
@Controller('supervision')
export class SupervisionController {
  constructor(
    private readonly statistics: SupervisionStatsService,
    private readonly members: OfficeMembersService,
  ) {}

  @Get('stats')
  @RequirePermission('deadlines.audit')
  stats(
    @CurrentPrincipal() principal: Principal,
    @Query() query: SupervisionStatsQueryDto,
  ): Promise<SupervisionStatsResponse> {
    return this.statistics.stats(principal, query);
  }

  /** Who is who, for the people who assign cases (and read the audit trail and waivers). */
  @Get('members')
  @RequirePermission('cases.assign')
  list(@CurrentPrincipal() principal: Principal): Promise<OfficeMemberResponse[]> {
    return this.members.list(principal);
  }
}
