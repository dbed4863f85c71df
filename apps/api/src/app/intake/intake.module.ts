// Taking many people in at once from a CSV file, as a background job.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';

@Module({
  imports: [CasesModule],
  controllers: [IntakeController],
  providers: [IntakeService],
})
export class IntakeModule {}
