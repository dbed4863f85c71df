// Office oversight for supervisors: aggregate figures and the names of the office's members.
import { Module } from '@nestjs/common';
import { DeadlineAuditService } from './deadline-audit.service';
import { OfficeMembersService } from './office-members.service';
import { SupervisionController } from './supervision.controller';
import { SupervisionStatsService } from './supervision-stats.service';

@Module({
  controllers: [SupervisionController],
  providers: [SupervisionStatsService, DeadlineAuditService, OfficeMembersService],
})
export class SupervisionModule {}
