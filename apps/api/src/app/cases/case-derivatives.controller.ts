// Derivative family members of a case over HTTP; handlers only delegate.
import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AddCaseDerivativeDto, type CaseDerivativeResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CaseDerivativesService } from './case-derivatives.service';

@ApiTags('cases')
@Controller('cases/:id/derivatives')
export class CaseDerivativesController {
  constructor(private readonly derivatives: CaseDerivativesService) {}

  @Get()
  @RequirePermission('cases.read')
  list(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<CaseDerivativeResponse[]> {
    return this.derivatives.list(principal, id);
  }

  @Post()
  @RequirePermission('cases.edit')
  add(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: AddCaseDerivativeDto,
  ): Promise<CaseDerivativeResponse> {
    return this.derivatives.add(principal, id, body);
  }

  @Delete(':clientId')
  @HttpCode(204)
  @RequirePermission('cases.edit')
  remove(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @RecordId('clientId') clientId: string,
  ): Promise<void> {
    return this.derivatives.remove(principal, id, clientId);
  }
}
