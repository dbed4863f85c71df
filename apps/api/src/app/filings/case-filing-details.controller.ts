// A case's kept filing-form details over HTTP (place, decision, authority, grounds, exhibits).
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CaseFilingDetailsDto, type CaseFilingDetailsResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CaseFilingDetailsService } from './case-filing-details.service';

@ApiTags('filings')
@Controller('cases/:id/filing-details')
export class CaseFilingDetailsController {
  constructor(private readonly details: CaseFilingDetailsService) {}

  @Get()
  @RequirePermission('cases.read')
  get(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
  ): Promise<CaseFilingDetailsResponse> {
    return this.details.get(principal, caseId);
  }

  @Put()
  @RequirePermission('filings.draft')
  replace(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
    @Body() input: CaseFilingDetailsDto,
  ): Promise<CaseFilingDetailsResponse> {
    return this.details.replace(principal, caseId, input);
  }
}
