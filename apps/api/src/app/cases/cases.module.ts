// Clients, cases, their team and timeline, behind the one case-access policy.
import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access.service';
import { CaseEventsService } from './case-events.service';
import { CaseloadService } from './caseload.service';
import { CaseNotesService } from './case-notes.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ClientsService } from './clients.service';

@Module({
  controllers: [CasesController],
  providers: [
    CaseAccess,
    ClientsService,
    CasesService,
    CaseEventsService,
    CaseNotesService,
    CaseloadService,
  ],
  exports: [CaseAccess],
})
export class CasesModule {}
