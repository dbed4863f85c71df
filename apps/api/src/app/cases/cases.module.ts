// Clients, cases, their team and timeline, behind the one case-access policy.
import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { CaseAccess } from './case-access.service';
import { CaseDeadlineActionsService } from './case-deadline-actions.service';
import { DeadlineListService } from './deadline-list.service';
import { CaseDeadlinesController } from './case-deadlines.controller';
import { CaseDerivativesController } from './case-derivatives.controller';
import { CaseDerivativesService } from './case-derivatives.service';
import { CaseEventsService } from './case-events.service';
import { CaseloadService } from './caseload.service';
import { CaseNotesService } from './case-notes.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ClientsService } from './clients.service';
import { DeadlinesOnCases } from './deadlines-on-cases.service';
import { EventCorrectionsController } from './event-corrections.controller';
import { EventCorrectionsService } from './event-corrections.service';
import { NotificationsModule } from '../notifications/notifications.module';

@Module({
  imports: [DeadlinesModule, NotificationsModule],
  controllers: [
    CasesController,
    CaseDeadlinesController,
    CaseDerivativesController,
    EventCorrectionsController,
  ],
  providers: [
    CaseAccess,
    ClientsService,
    CasesService,
    CaseEventsService,
    EventCorrectionsService,
    CaseNotesService,
    CaseloadService,
    DeadlinesOnCases,
    CaseDeadlineActionsService,
    DeadlineListService,
    CaseDerivativesService,
  ],
  exports: [CaseAccess, CaseEventsService, ClientsService, CasesService],
})
export class CasesModule {}
