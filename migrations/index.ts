// Every migration, in order. Landed migrations are never edited: add a new one instead.
import { Foundation1763900000000 } from './1763900000000-foundation';
import { AuditTrail1763900001000 } from './1763900001000-audit-trail';
import { Identity1763900002000 } from './1763900002000-identity';
import { KeyRotationSupport1763900003000 } from './1763900003000-key-rotation-support';
import { CalendarClosures1763900004000 } from './1763900004000-calendar-closures';
import { CountryProfiles1763900005000 } from './1763900005000-country-profiles';
import { ClientsCases1763900006000 } from './1763900006000-clients-cases';
import { CaseDeadlines1763900007000 } from './1763900007000-case-deadlines';
import { RiskAssessments1763900008000 } from './1763900008000-risk-assessments';
import { Filings1763900009000 } from './1763900009000-filings';
import { JobQueue1763900010000 } from './1763900010000-job-queue';
import { Notifications1763900020000 } from './1763900020000-notifications';
import { NotificationSweep1763900021000 } from './1763900021000-notification-sweep';
import { CaseloadAtScale1763900030000 } from './1763900030000-caseload-at-scale';
import { CaseDerivativesAdded1763900031000 } from './1763900031000-case-derivatives-added';
import { ClientSearchTerms1763900032000 } from './1763900032000-client-search-terms';
import { FilingFactsAndBatches1763900040000 } from './1763900040000-filing-facts-and-batches';
import { FilingBatchQueue1763900041000 } from './1763900041000-filing-batch-queue';
import { IntakeQueue1763900050000 } from './1763900050000-intake-queue';
import { CaseNextDeadline1763900060000 } from './1763900060000-case-next-deadline';
import { SessionCaller1763900061000 } from './1763900061000-session-caller';
import { SweepIndexes1763900062000 } from './1763900062000-sweep-indexes';
import { SessionCallerVisibility1763900063000 } from './1763900063000-session-caller-visibility';
import { EventCorrectionRequests1763900070000 } from './1763900070000-event-correction-requests';
import { AccountSafeguards1763900072000 } from './1763900072000-account-safeguards';
import { SealedCategories1763900073000 } from './1763900073000-sealed-categories';
import { JobHeartbeats1763900079000 } from './1763900079000-job-heartbeats';
import { IdempotencyPerMember1763900080000 } from './1763900080000-idempotency-per-member';
import { DeadlineRuleChanges1763900081000 } from './1763900081000-deadline-rule-changes';
import { DeadlineParty1763900100000 } from './1763900100000-deadline-party';
import { CaseUrgency1763900110000 } from './1763900110000-case-urgency';
import { OfficeDefaults1763900140001 } from './1763900140001-office-defaults';
import { UrgencySyncByCase1763900150000 } from './1763900150000-urgency-sync-by-case';
import { UrgencyClockReading1763900170000 } from './1763900170000-urgency-clock-reading';
import { UrgencySyncSetBased1763900180000 } from './1763900180000-urgency-sync-set-based';
import { FilingApproval1763900130001 } from './1763900130001-filing-approval';
import { MemberProfile1763900130002 } from './1763900130002-member-profile';
import { CaseFilingDetails1763900130003 } from './1763900130003-case-filing-details';

export const migrations = [
  Foundation1763900000000,
  AuditTrail1763900001000,
  Identity1763900002000,
  KeyRotationSupport1763900003000,
  CalendarClosures1763900004000,
  CountryProfiles1763900005000,
  ClientsCases1763900006000,
  CaseDeadlines1763900007000,
  RiskAssessments1763900008000,
  Filings1763900009000,
  JobQueue1763900010000,
  Notifications1763900020000,
  NotificationSweep1763900021000,
  CaseloadAtScale1763900030000,
  CaseDerivativesAdded1763900031000,
  ClientSearchTerms1763900032000,
  FilingFactsAndBatches1763900040000,
  FilingBatchQueue1763900041000,
  IntakeQueue1763900050000,
  CaseNextDeadline1763900060000,
  SessionCaller1763900061000,
  SweepIndexes1763900062000,
  SessionCallerVisibility1763900063000,
  EventCorrectionRequests1763900070000,
  AccountSafeguards1763900072000,
  SealedCategories1763900073000,
  JobHeartbeats1763900079000,
  IdempotencyPerMember1763900080000,
  DeadlineRuleChanges1763900081000,
  DeadlineParty1763900100000,
  CaseUrgency1763900110000,
  FilingApproval1763900130001,
  MemberProfile1763900130002,
  CaseFilingDetails1763900130003,
  OfficeDefaults1763900140001,
  UrgencySyncByCase1763900150000,
  UrgencyClockReading1763900170000,
  UrgencySyncSetBased1763900180000,
];
