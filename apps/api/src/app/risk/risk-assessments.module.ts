// Screenings on cases and their escalation, built on case access and the office's country profiles.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RiskAssessmentsController } from './risk-assessments.controller';
import { RiskAssessmentsService } from './risk-assessments.service';
import { RiskEscalationNotifier } from './risk-escalation-notifier.service';
import { RiskEscalationsService } from './risk-escalations.service';
import { RiskReferenceModule } from './risk-reference.module';

@Module({
  imports: [CasesModule, RiskReferenceModule, NotificationsModule],
  controllers: [RiskAssessmentsController],
  providers: [RiskAssessmentsService, RiskEscalationsService, RiskEscalationNotifier],
  exports: [RiskEscalationsService, RiskEscalationNotifier],
})
export class RiskAssessmentsModule {}
