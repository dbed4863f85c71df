// The kinds of record the audit trail names: what the supervisor's record-type picker offers, and
// which of them the audit view resolves to a human name.

/** Every record type the API writes to the audit trail. Add new ones here when a feature does. */
export const AUDIT_RECORD_TYPES = [
  'case',
  'client',
  'case_deadline',
  'case_event',
  'event_correction',
  'case_derivative',
  'note',
  'risk_assessment',
  'risk_escalation_ack',
  'filing',
  'case_filing_facts',
  'case_filing_details',
  'user',
  'member_profile',
  'organization',
  'calendar_closure',
  'calendar_feed',
  'country_profile',
  'deadline_rule_change',
  'audit_log',
] as const;

export type AuditRecordType = (typeof AUDIT_RECORD_TYPES)[number];

/** The case page's tabs a record of the trail opens on. */
export const AUDIT_CASE_TABS = [
  'overview',
  'timeline',
  'deadlines',
  'risk',
  'filings',
  'filing-facts',
  'notes',
] as const;

export type AuditCaseTab = (typeof AUDIT_CASE_TABS)[number];
