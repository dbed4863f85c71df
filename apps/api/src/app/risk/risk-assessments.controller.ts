// Screenings on cases, attorney sign-off and the supervisors' escalations over HTTP; handlers only delegate.
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcknowledgeEscalationDto,
  type CaseRiskEscalationResponse,
  CreateRiskAssessmentDto,
  type RiskAssessmentResponse,
  type RiskEscalationAckResponse,
  type RiskEscalationResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { RiskAssessmentsService } from './risk-assessments.service';
import { RiskEscalationsService } from './risk-escalations.service';
import { RecordId } from '../common/http/record-id.decorator';

@ApiTags('risk')
@Controller()
export class RiskAssessmentsController {
  constructor(
    private readonly assessments: RiskAssessmentsService,
    private readonly escalations: RiskEscalationsService,
  ) {}

  @Post('cases/:id/risk-assessments')
  @RequirePermission('risk.record')
  create(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
    @Body() body: CreateRiskAssessmentDto,
  ): Promise<RiskAssessmentResponse> {
    return this.assessments.create(principal, caseId, body);
  }

  @Get('cases/:id/risk-assessments')
  @RequirePermission('cases.read')
  history(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
  ): Promise<RiskAssessmentResponse[]> {
    return this.assessments.history(principal, caseId);
  }

  @Get('cases/:id/risk-escalation')
  @RequirePermission('cases.read')
  escalation(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
  ): Promise<CaseRiskEscalationResponse> {
    return this.escalations.forCase(principal, caseId);
  }

  @Post('risk-assessments/:id/sign-off')
  @HttpCode(200)
  @RequirePermission('risk.sign-off')
  signOff(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<RiskAssessmentResponse> {
    return this.assessments.signOff(principal, id);
  }

  @Get('risk/escalations')
  @RequirePermission('risk.escalations')
  list(): Promise<RiskEscalationResponse[]> {
    return this.escalations.list();
  }

  @Post('risk/escalations/:caseId/acknowledge')
  @HttpCode(200)
  @RequirePermission('risk.escalations')
  acknowledge(
    @CurrentPrincipal() principal: Principal,
    @RecordId('caseId') caseId: string,
    @Body() body: AcknowledgeEscalationDto,
  ): Promise<RiskEscalationAckResponse> {
    return this.escalations.acknowledge(principal, caseId, body.reason);
  }
}
