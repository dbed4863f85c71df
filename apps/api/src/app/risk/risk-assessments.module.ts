// Screenings on cases and their escalation, built on case access and the office's country profiles.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RiskAssessmentsController } from './risk-assessments.controller';
import { RiskAssessmentsService } from './risk-assessments.service';
import { RiskEscalationsService } from './risk-escalations.service';
import { RiskReferenceModule } from './risk-reference.module';

@Module({
  imports: [CasesModule, RiskReferenceModule],
  controllers: [RiskAssessmentsController],
  providers: [RiskAssessmentsService, RiskEscalationsService],
})
export class RiskAssessmentsModule {}
