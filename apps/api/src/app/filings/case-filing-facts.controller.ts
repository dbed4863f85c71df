// A case's filing facts over HTTP (sworn statements, late-filing reasons, authorized persons).
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CaseFilingFactsDto, type CaseFilingFactsResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CaseFilingFactsService } from './case-filing-facts.service';

@ApiTags('filings')
@Controller('cases/:id/filing-facts')
export class CaseFilingFactsController {
  constructor(private readonly facts: CaseFilingFactsService) {}

  @Get()
  @RequirePermission('cases.read')
  get(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
  ): Promise<CaseFilingFactsResponse> {
    return this.facts.get(principal, caseId);
  }

  @Put()
  @RequirePermission('filings.draft')
  replace(
    @CurrentPrincipal() principal: Principal,
    @RecordId() caseId: string,
    @Body() input: CaseFilingFactsDto,
  ): Promise<CaseFilingFactsResponse> {
    return this.facts.replace(principal, caseId, input);
  }
}
