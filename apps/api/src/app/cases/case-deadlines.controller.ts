// A case's deadlines and what members do about them over HTTP; handlers only delegate.
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import {
  CompleteDeadlineDto,
  DeadlineQueryDto,
  OverrideDeadlineDto,
  WaiveDeadlineDto,
  type CaseDeadlineResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CaseDeadlineActionsService } from './case-deadline-actions.service';
import { DeadlineListService } from './deadline-list.service';
import { withNextPageLink } from './next-page-link';
import { DeadlinesOnCases } from './deadlines-on-cases.service';
import { RecordId } from '../common/http/record-id.decorator';

@ApiTags('deadlines')
@Controller()
export class CaseDeadlinesController {
  constructor(
    private readonly deadlines: DeadlinesOnCases,
    private readonly actions: CaseDeadlineActionsService,
    private readonly office: DeadlineListService,
  ) {}

  @Get('cases/:id/deadlines')
  @RequirePermission('cases.read')
  forCase(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<CaseDeadlineResponse[]> {
    return this.deadlines.listForCase(principal, id);
  }

  @Get('deadlines')
  @RequirePermission('deadlines.read')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: DeadlineQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseDeadlineResponse[]> {
    return withNextPageLink(request, response, await this.office.list(principal, query));
  }

  @Post('deadlines/:id/complete')
  @HttpCode(200)
  @RequirePermission('deadlines.complete')
  complete(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: CompleteDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    return this.actions.complete(principal, id, body);
  }

  @Post('deadlines/:id/override')
  @HttpCode(200)
  @RequirePermission('deadlines.override')
  override(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: OverrideDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    return this.actions.override(principal, id, body);
  }

  @Post('deadlines/:id/waive')
  @HttpCode(200)
  @RequirePermission('deadlines.waive')
  waive(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: WaiveDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    return this.actions.waive(principal, id, body);
  }
}
