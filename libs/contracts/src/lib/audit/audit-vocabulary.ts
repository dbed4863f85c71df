// The words of the audit trail: what happened, how it ended, and who did it. The API writes only
// these, the supervisor's audit view filters by them.

/** Every action the audit trail records. Add new ones here; never reuse an old one differently. */
export const AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.logout',
  'auth.session.refreshed',
  'auth.session.revoked',
  'auth.password.changed',
  'auth.password.reset_requested',
  'auth.mfa.enrolled',
  'auth.mfa.reset',
  'auth.mfa.disabled',
  'auth.mfa.failed',
  'access.denied',
  'record.created',
  'record.updated',
  'record.deleted',
  'record.read',
  'record.searched',
  'record.exported',
  'user.invited',
  'user.roles_changed',
  'user.disabled',
  'user.enabled',
  'organization.settings_changed',
  'keys.rotated',
  'audit.viewed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** success: it happened; failure: it was attempted and failed (bad password); denied: refused. */
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** user: a signed-in person; anonymous: an unauthenticated request; system: CLI or a job. */
export const AUDIT_ACTOR_KINDS = ['user', 'anonymous', 'system'] as const;

export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/** Record types are short lower-case names such as `client`, `risk_assessment`, `filing`. */
export const AUDIT_RECORD_TYPE_PATTERN = /^[a-z][a-z_]{0,39}$/;

/** Record ids are UUIDs or other opaque identifiers: no spaces, no personal data. */
export const AUDIT_RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
