import type { AuditAction, AuditOutcome, AuditRecordType } from '@amparo/contracts';
import type { AuditBucket } from '@amparo/domain/deadline-status';
import type { MessageKey } from '../../core/i18n';
import type { RiskLevel } from './supervision.models';

export const riskLevelKeys = {
  low: 'supervision.risk.low',
  moderate: 'supervision.risk.moderate',
  high: 'supervision.risk.high',
  extreme: 'supervision.risk.extreme',
} as const satisfies Record<RiskLevel, MessageKey>;

/** Every audit action and outcome named for people; the compiler insists on each. */
export const auditActionKeys = {
  'auth.login.succeeded': 'supervision.audit.a.loginSucceeded',
  'auth.login.failed': 'supervision.audit.a.loginFailed',
  'auth.logout': 'supervision.audit.a.logout',
  'auth.session.refreshed': 'supervision.audit.a.sessionRefreshed',
  'auth.session.revoked': 'supervision.audit.a.sessionRevoked',
  'auth.password.changed': 'supervision.audit.a.passwordChanged',
  'auth.password.reset_requested': 'supervision.audit.a.passwordReset',
  'auth.mfa.enrolled': 'supervision.audit.a.mfaEnrolled',
  'auth.mfa.reset': 'supervision.audit.a.mfaReset',
  'auth.mfa.disabled': 'supervision.audit.a.mfaDisabled',
  'auth.mfa.failed': 'supervision.audit.a.mfaFailed',
  'access.denied': 'supervision.audit.a.accessDenied',
  'record.created': 'supervision.audit.a.created',
  'record.updated': 'supervision.audit.a.updated',
  'record.deleted': 'supervision.audit.a.deleted',
  'record.read': 'supervision.audit.a.read',
  'record.searched': 'supervision.audit.a.searched',
  'record.exported': 'supervision.audit.a.exported',
  'user.invited': 'supervision.audit.a.userInvited',
  'user.roles_changed': 'supervision.audit.a.rolesChanged',
  'user.disabled': 'supervision.audit.a.userDisabled',
  'user.enabled': 'supervision.audit.a.userEnabled',
  'organization.settings_changed': 'supervision.audit.a.settingsChanged',
  'keys.rotated': 'supervision.audit.a.keysRotated',
  'audit.viewed': 'supervision.audit.a.auditViewed',
} as const satisfies Record<AuditAction, MessageKey>;

export const auditOutcomeKeys = {
  success: 'supervision.audit.o.success',
  failure: 'supervision.audit.o.failure',
  denied: 'supervision.audit.o.denied',
} as const satisfies Record<AuditOutcome, MessageKey>;

/** Every record type of the audit trail named for people (the record-type picker's options). */
export const auditRecordTypeKeys = {
  case: 'supervision.audit.t.case',
  client: 'supervision.audit.t.client',
  case_deadline: 'supervision.audit.t.caseDeadline',
  case_event: 'supervision.audit.t.caseEvent',
  event_correction: 'supervision.audit.t.eventCorrection',
  case_derivative: 'supervision.audit.t.caseDerivative',
  note: 'supervision.audit.t.note',
  risk_assessment: 'supervision.audit.t.riskAssessment',
  risk_escalation_ack: 'supervision.audit.t.riskEscalationAck',
  filing: 'supervision.audit.t.filing',
  case_filing_facts: 'supervision.audit.t.caseFilingFacts',
  case_filing_details: 'supervision.audit.t.caseFilingDetails',
  user: 'supervision.audit.t.user',
  member_profile: 'supervision.audit.t.memberProfile',
  organization: 'supervision.audit.t.organization',
  calendar_closure: 'supervision.audit.t.calendarClosure',
  calendar_feed: 'supervision.audit.t.calendarFeed',
  country_profile: 'supervision.audit.t.countryProfile',
  deadline_rule_change: 'supervision.audit.t.deadlineRuleChange',
  audit_log: 'supervision.audit.t.auditLog',
} as const satisfies Record<AuditRecordType, MessageKey>;

/** The title of each list of the deadline audit (auditBucketOf), on the audit and the overview. */
export const auditBucketKeys = {
  dueSoon: 'supervision.deadlines.dueSoon',
  missed: 'supervision.deadlines.missed',
  openings: 'supervision.deadlines.openings',
  actNow: 'supervision.deadlines.actNow',
  watch: 'supervision.deadlines.watch',
  history: 'supervision.deadlines.history',
  waived: 'supervision.deadlines.waived',
} as const satisfies Record<AuditBucket, MessageKey>;
