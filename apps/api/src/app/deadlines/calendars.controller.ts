// Holiday calendars for everyone; closure days for supervisors. Handlers only delegate.
import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CalendarClosureQueryDto,
  CreateCalendarClosureDto,
  HolidayCalendarQueryDto,
  type CalendarClosureResponse,
  type HolidayCalendarResponse,
} from '@amparo/contracts';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CalendarClosuresService } from './calendar-closures.service';
import { HolidayCalendarService } from './holiday-calendar.service';
import { RecordId } from '../common/http/record-id.decorator';

@ApiTags('calendars')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly closures: CalendarClosuresService,
    private readonly holidays: HolidayCalendarService,
  ) {}

  @Get('holidays')
  @RequirePermission('rules.read')
  holidayCalendar(@Query() query: HolidayCalendarQueryDto): Promise<HolidayCalendarResponse> {
    return this.holidays.year(query);
  }

  @Get('closures')
  @RequirePermission('calendars.manage')
  list(@Query() query: CalendarClosureQueryDto): Promise<CalendarClosureResponse[]> {
    return this.closures.list(query);
  }

  @Post('closures')
  @RequirePermission('calendars.manage')
  add(
    @CurrentPrincipal() supervisor: Principal,
    @Body() body: CreateCalendarClosureDto,
  ): Promise<CalendarClosureResponse> {
    return this.closures.add(supervisor, body);
  }

  @Delete('closures/:id')
  @HttpCode(204)
  @RequirePermission('calendars.manage')
  remove(@RecordId() id: string): Promise<void> {
    return this.closures.remove(id);
  }
}
