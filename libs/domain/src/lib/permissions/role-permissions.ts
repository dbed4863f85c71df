// Who may do what, by role (domain.md, "People and roles"). The API enforces it on every route
// and the client uses the same map to offer only what a user may do.
import type { Permission } from './permission';
import type { Role } from './role';

const EVERYONE: readonly Permission[] = [
  'self.manage',
  'notifications.read',
  'rules.read',
  'risk-instrument.read',
  'country-profiles.read',
];

/** Paralegals work the cases they are assigned to; they never file, waive, override or delete. */
const PARALEGAL: readonly Permission[] = [
  ...EVERYONE,
  'cases.read',
  'cases.intake',
  'cases.edit',
  'events.record',
  'notes.read',
  'notes.write',
  'tasks.complete',
  'deadlines.read',
  'risk.record',
  'filings.draft',
  'filings.download',
];

/** Attorneys may do all a paralegal may on their cases, and act with legal effect. */
const ATTORNEY: readonly Permission[] = [
  ...PARALEGAL,
  'cases.open',
  // a correction of an event's time that moves the case's clocks is the attorney's to confirm
  'events.confirm-correction',
  'deadlines.complete',
  'deadlines.override',
  'deadlines.request-waiver',
  'risk.sign-off',
  'filings.approve',
  'filings.mark-filed',
];

/** Supervisors oversee the whole office: read every case, assign, waive, audit. */
const SUPERVISOR: readonly Permission[] = [
  ...EVERYONE,
  'cases.read',
  'cases.read-all',
  'cases.assign',
  'cases.archive',
  'clients.erase',
  'notes.read',
  'deadlines.read',
  'deadlines.waive',
  'deadlines.audit',
  'risk.escalations',
  'country-profiles.edit',
  'filings.download',
  'filings.approve',
  'profiles.manage',
  'calendars.manage',
  'audit.read',
];

/** Admins run the office's accounts and settings, and see no case content by that role alone. */
const ADMIN: readonly Permission[] = [
  ...EVERYONE,
  'users.manage',
  'profiles.manage',
  'organization.manage',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  paralegal: new Set(PARALEGAL),
  attorney: new Set(ATTORNEY),
  supervisor: new Set(SUPERVISOR),
  admin: new Set(ADMIN),
};

/** The union of what the given roles allow. */
export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles)
    for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  return granted;
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].has(permission));
}
