// The recurring sweep of notifications: needs the deadline sweep and e-mail outbox
// (NotificationsModule), the escalation notifier (RiskAssessmentsModule) and the job runner.
import { Module } from '@nestjs/common';
import { RiskAssessmentsModule } from '../risk/risk-assessments.module';
import { NotificationJobs } from './notification-jobs';
import { NotificationSweepService } from './notification-sweep.service';
import { NotificationsModule } from './notifications.module';

@Module({
  imports: [NotificationsModule, RiskAssessmentsModule],
  providers: [NotificationSweepService, NotificationJobs],
  exports: [NotificationSweepService, NotificationJobs],
})
export class NotificationJobsModule {}
