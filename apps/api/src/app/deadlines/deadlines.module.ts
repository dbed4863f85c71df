// Deadlines without cases yet: the rule catalogue, previews, holiday calendars and closure days.
import { Module } from '@nestjs/common';
import { CalendarClosuresService } from './calendar-closures.service';
import { CalendarsController } from './calendars.controller';
import { DeadlinePreviewService } from './deadline-preview.service';
import { DeadlinesController } from './deadlines.controller';
import { HolidayCalendarService } from './holiday-calendar.service';
import { RuleCatalogueService } from './rule-catalogue.service';

@Module({
  controllers: [DeadlinesController, CalendarsController],
  providers: [
    RuleCatalogueService,
    DeadlinePreviewService,
    CalendarClosuresService,
    HolidayCalendarService,
  ],
  exports: [DeadlinePreviewService],
})
export class DeadlinesModule {}
