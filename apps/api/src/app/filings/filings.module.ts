// Generated filings of a case: templates catalogue, generation, download and lifecycle.
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RiskReferenceModule } from '../risk/risk-reference.module';
import { CaseFilingDetailsController } from './case-filing-details.controller';
import { CaseFilingDetailsService } from './case-filing-details.service';
import { CaseFilingFactsController } from './case-filing-facts.controller';
import { CaseFilingFactsService } from './case-filing-facts.service';
import { FilingBatchesService } from './filing-batches.service';
import { FilingsController } from './filings.controller';
import { FilingSourcesService } from './filing-sources.service';
import { FilingsService } from './filings.service';

@Module({
  imports: [CasesModule, RiskReferenceModule],
  controllers: [FilingsController, CaseFilingFactsController, CaseFilingDetailsController],
  providers: [
    FilingsService,
    CaseFilingFactsService,
    CaseFilingDetailsService,
    FilingSourcesService,
    FilingBatchesService,
  ],
})
export class FilingsModule {}
