// The review trail's moving part: deadlines recomputed when a rule pack's version changes a rule,
// and the rule-change notices their attorneys acknowledge and supervisors follow.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RuleChangeNoticesController } from './rule-change-notices.controller';
import { RuleChangeNoticesService } from './rule-change-notices.service';
import { RuleChangeRecomputation } from './rule-change-recompute.service';

@Module({
  imports: [CasesModule, DeadlinesModule, NotificationsModule],
  controllers: [RuleChangeNoticesController],
  providers: [RuleChangeNoticesService, RuleChangeRecomputation],
  exports: [RuleChangeRecomputation],
})
export class RuleChangesModule {}
