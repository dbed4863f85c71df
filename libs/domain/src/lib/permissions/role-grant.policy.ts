// Who may give whom which roles. An admin manages accounts but reads no case unless they also hold
// a case role; an admin who could give themselves one could read every case of the office.
import type { Role } from './role';

/** Roles that open case records: supervisors read all; case workers theirs (or all, if shared). */
export const CASE_ACCESS_ROLES: readonly Role[] = ['supervisor', 'attorney', 'paralegal'];

/** The case-access roles in `next` that `current` does not hold. */
export function caseRolesAdded(current: readonly Role[], next: readonly Role[]): Role[] {
  return CASE_ACCESS_ROLES.filter((role) => next.includes(role) && !current.includes(role));
}
