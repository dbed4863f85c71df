// Everything a route can require. Object-level rules (is this user on this case?) come on top.
export const PERMISSIONS = [
  // any signed-in member: their own session, profile and MFA
  'self.manage',
  // any signed-in member: the notifications addressed to them
  'notifications.read',
  // reference data every member reads
  'rules.read',
  'risk-instrument.read',
  'country-profiles.read',
  // clients, cases, timeline
  'cases.read',
  'cases.read-all',
  'cases.intake',
  'cases.open',
  'cases.edit',
  'cases.assign',
  'cases.archive',
  'clients.erase',
  'events.record',
  'events.confirm-correction',
  'notes.read',
  'notes.write',
  'tasks.complete',
  // deadlines
  'deadlines.read',
  'deadlines.complete',
  'deadlines.override',
  'deadlines.request-waiver',
  'deadlines.waive',
  'deadlines.audit',
  // risk screening
  'risk.record',
  'risk.sign-off',
  'risk.escalations',
  'country-profiles.edit',
  // filings
  'filings.draft',
  // an attorney's (or supervisor's) review before anything is filed
  'filings.approve',
  'filings.mark-filed',
  'filings.download',
  // office administration and oversight
  'calendars.manage',
  'audit.read',
  'users.manage',
  // another member's professional profile (bar number, EOIR ID, gender of their title)
  'profiles.manage',
  'organization.manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];
