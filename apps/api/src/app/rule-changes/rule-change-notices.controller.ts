// Rule-change notices over HTTP: the supervisors' list, a case's notices, an attorney's
// acknowledgement. Handlers only delegate.
import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcknowledgeRuleChangeDto,
  RuleChangeNoticeQueryDto,
  type RuleChangeNoticePage,
  type RuleChangeNoticeResponse,
} from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { RuleChangeNoticesService } from './rule-change-notices.service';

@ApiTags('deadlines')
@Controller()
export class RuleChangeNoticesController {
  constructor(private readonly notices: RuleChangeNoticesService) {}

  /** The office's rule-change notices; by default those no attorney has acknowledged yet. */
  @Get('deadline-rule-changes')
  @RequirePermission('deadlines.audit')
  list(@Query() query: RuleChangeNoticeQueryDto): Promise<RuleChangeNoticePage> {
    return this.notices.list(query);
  }

  @Get('cases/:id/rule-changes')
  @RequirePermission('deadlines.read')
  forCase(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<RuleChangeNoticeResponse[]> {
    return this.notices.forCase(principal, id);
  }

  /** An attorney of the case has checked the new date (or the flag): the notice leaves the list. */
  @Post('deadline-rule-changes/:id/acknowledge')
  @HttpCode(200)
  @RequirePermission('deadlines.override')
  acknowledge(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: AcknowledgeRuleChangeDto,
  ): Promise<RuleChangeNoticeResponse> {
    return this.notices.acknowledge(principal, id, body);
  }
}
