// Generated filings of a case: templates catalogue, generation, download and lifecycle.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FilingsController } from './filings.controller';
import { FilingsService } from './filings.service';

@Module({
  imports: [CasesModule],
  controllers: [FilingsController],
  providers: [FilingsService],
})
export class FilingsModule {}
