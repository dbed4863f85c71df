// Notifications (in-app and e-mail), the deadline sweep that sends reminders and persists missed
// deadlines, and members' calendar feeds.
import { Module } from '@nestjs/common';
import { CalendarFeedService } from './calendar-feed.service';
import { Clock, SystemClock } from './clock';
import { DeadlineSweepService } from './deadline-sweep.service';
import { EmailOutboxService } from './email-outbox.service';
import { Mailer } from './mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [
    { provide: Clock, useClass: SystemClock },
    Mailer,
    NotificationsService,
    EmailOutboxService,
    DeadlineSweepService,
    CalendarFeedService,
  ],
  exports: [
    Clock,
    Mailer,
    NotificationsService,
    EmailOutboxService,
    DeadlineSweepService,
    CalendarFeedService,
  ],
})
export class NotificationsModule {}
