// The published screening instrument, for every member who screens or reviews; read-only.
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ScreeningInstrumentResponse } from '@amparo/contracts';
import { SCREENING_INSTRUMENT } from '@amparo/domain';
import { RequirePermission } from '../identity/permission.decorator';
import { toInstrumentResponse } from './screening-instrument.mapper';

@ApiTags('risk')
@Controller('risk')
export class RiskInstrumentController {
  @Get('instrument')
  @RequirePermission('risk-instrument.read')
  instrument(): ScreeningInstrumentResponse {
    return toInstrumentResponse(SCREENING_INSTRUMENT);
  }
}
