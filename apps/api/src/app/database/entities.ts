// Every TypeORM entity of the API; features add theirs here.
import type { DataSourceOptions } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { CaseEventEntity, CaseEventRevisionEntity } from '../cases/case-event.entity';
import { CaseMemberEntity } from '../cases/case-member.entity';
import { CaseDerivativeEntity } from '../cases/case-derivative.entity';
import { CaseNoteEntity } from '../cases/case-note.entity';
import { ClientEntity } from '../cases/client.entity';
import { EventCorrectionRequestEntity } from '../cases/event-correction-request.entity';
import { CalendarClosureEntity } from '../deadlines/calendar-closure.entity';
import { CaseFilingDetailsEntity } from '../filings/case-filing-details.entity';
import { CaseFilingFactsEntity } from '../filings/case-filing-facts.entity';
import { FilingEntity } from '../filings/filing.entity';
import { CalendarFeedEntity } from '../notifications/calendar-feed.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { BackgroundJobEntity } from '../jobs/background-job.entity';
import { PasswordSetupEntity } from '../users/password-setup.entity';
import { RecoveryCodeEntity } from '../identity/recovery-code.entity';
import { SessionEntity } from '../identity/session.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CountryProfileEntity } from '../risk/country-profile.entity';
import { RiskAssessmentEntity } from '../risk/risk-assessment.entity';
import { RiskEscalationAckEntity } from '../risk/risk-escalation-ack.entity';
import { DeadlineRuleChangeEntity } from '../rule-changes/deadline-rule-change.entity';
import { UserEntity } from '../organizations/user.entity';

export const entities: NonNullable<DataSourceOptions['entities']> = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  RecoveryCodeEntity,
  PasswordSetupEntity,
  ClientEntity,
  CaseEntity,
  CaseMemberEntity,
  CaseDerivativeEntity,
  CaseEventEntity,
  CaseEventRevisionEntity,
  EventCorrectionRequestEntity,
  CaseNoteEntity,
  CaseDeadlineEntity,
  DeadlineRuleChangeEntity,
  CountryProfileEntity,
  RiskAssessmentEntity,
  RiskEscalationAckEntity,
  CalendarClosureEntity,
  FilingEntity,
  CaseFilingFactsEntity,
  CaseFilingDetailsEntity,
  NotificationEntity,
  CalendarFeedEntity,
  BackgroundJobEntity,
];
