// An attorney's decision on a correction of an event's time that waits for one; handlers only
// delegate.
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DecideEventCorrectionDto, type CaseEventResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { EventCorrectionsService } from './event-corrections.service';

@ApiTags('cases')
@Controller('event-corrections')
export class EventCorrectionsController {
  constructor(private readonly corrections: EventCorrectionsService) {}

  @Post(':id/confirm')
  @HttpCode(200)
  @RequirePermission('events.confirm-correction')
  confirm(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: DecideEventCorrectionDto,
  ): Promise<CaseEventResponse> {
    return this.corrections.confirm(principal, id, body);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @RequirePermission('events.confirm-correction')
  decline(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
    @Body() body: DecideEventCorrectionDto,
  ): Promise<CaseEventResponse> {
    return this.corrections.decline(principal, id, body);
  }
}
