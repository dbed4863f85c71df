// Wire types come type-only from @amparo/contracts, so class-validator never reaches the bundle.
import type {
  AuditEntryResponse,
  AuditPageResponse,
  AuditQueryDto,
  CalendarClosureResponse,
  CaseDeadlineResponse,
  CountryProfileResponse,
  CreateCalendarClosureDto,
  DeadlineAuditResponse,
  DeadlineAuditRowResponse,
  HolidayCalendarResponse,
  OfficeMemberResponse,
  RiskEscalationAckResponse,
  RiskEscalationResponse,
  RuleChangeNoticePage,
  RuleChangeNoticeResponse,
  SupervisionStatsResponse,
} from '@amparo/contracts';
import type { CountryProfile, RiskLevel } from '@amparo/domain';

export type Deadline = CaseDeadlineResponse;
export type DeadlineAudit = DeadlineAuditResponse;
export type DeadlineAuditRow = DeadlineAuditRowResponse;
export type Escalation = RiskEscalationResponse;
export type EscalationAck = RiskEscalationAckResponse;
export type AuditEntry = AuditEntryResponse;
export type AuditPage = AuditPageResponse;
export type AuditQuery = Omit<AuditQueryDto, 'limit'>;
export type Closure = CalendarClosureResponse;
export type NewClosure = CreateCalendarClosureDto;
export type HolidayCalendar = HolidayCalendarResponse;
export type OfficeMember = OfficeMemberResponse;
export type SupervisionStats = SupervisionStatsResponse;
export type CountryProfileView = CountryProfileResponse;
export type RuleChange = RuleChangeNoticeResponse;
export type RuleChangePage = RuleChangeNoticePage;
export type { CountryProfile, RiskLevel };

/** The API's codes the supervision screens react to beyond the generic message. */
export const supervisionErrorCodes = {
  escalationNotActive: 'RISK_ESCALATION_NOT_ACTIVE',
  closureExists: 'CALENDAR_CLOSURE_EXISTS',
  profileConflict: 'COUNTRY_PROFILE_VERSION_CONFLICT',
  profileInvalid: 'COUNTRY_PROFILE_INVALID',
} as const;
