// A member's own notifications and calendar feed over HTTP; handlers only delegate.
import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateCalendarFeedDto,
  NotificationQueryDto,
  type CalendarFeedCreatedResponse,
  type CalendarFeedResponse,
  type NotificationPage,
  type NotificationResponse,
} from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { WithoutTransaction } from '../database/without-transaction.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Public, RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { CalendarFeedService } from './calendar-feed.service';
import { calendarFeedNotFound } from './notifications.errors';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Get('notifications')
  @RequirePermission('notifications.read')
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: NotificationQueryDto,
  ): Promise<NotificationPage> {
    return this.notifications.list(principal, query);
  }

  @Post('notifications/read-all')
  @HttpCode(200)
  @RequirePermission('notifications.read')
  readAll(@CurrentPrincipal() principal: Principal): Promise<{ marked: number }> {
    return this.notifications.markAllRead(principal);
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @RequirePermission('notifications.read')
  read(
    @CurrentPrincipal() principal: Principal,
    @RecordId() id: string,
  ): Promise<NotificationResponse> {
    return this.notifications.markRead(principal, id);
  }

  @Get('calendar-feed')
  @RequirePermission('deadlines.read')
  feed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedResponse> {
    return this.feeds.get(principal);
  }

  @Post('calendar-feed')
  @HttpCode(201)
  @RequirePermission('deadlines.read')
  createFeed(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateCalendarFeedDto,
  ): Promise<CalendarFeedCreatedResponse> {
    return this.feeds.create(principal, body);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  @RequirePermission('deadlines.read')
  revokeFeed(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.feeds.revoke(principal);
  }

  /** The feed itself: the secret in the address is the credential (calendar apps send no cookie). */
  @Get('calendar/:file')
  @Public()
  @WithoutTransaction()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  icsFeed(@Param('file') file: string): Promise<string> {
    if (!file.endsWith('.ics')) throw calendarFeedNotFound();
    return this.feeds.render(file.slice(0, -'.ics'.length));
  }
}
