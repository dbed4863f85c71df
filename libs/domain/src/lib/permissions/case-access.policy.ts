// May this member see or change this case? The one answer every feature asks for, on top of the
// route's permission: assignment, the office's visibility setting, and the supervisor's reach.
import type { Role } from './role';

export type CaseVisibility = 'assigned' | 'organization';
export type CaseAccessMode = 'read' | 'write';

/** `not_found` hides the case's existence; `forbidden` admits it exists but refuses the act. */
export type CaseAccessDecision = 'allowed' | 'not_found' | 'forbidden';

export interface CaseAccessSubject {
  readonly userId: string;
  readonly organizationId: string;
  readonly roles: readonly Role[];
}

export interface CaseAccessTarget {
  readonly organizationId: string;
  readonly leadAttorneyId: string | null;
  readonly assignedUserIds: readonly string[];
}

const CASE_WORKERS: readonly Role[] = ['attorney', 'paralegal'];

/**
 * How far a member reads across the office: every case (supervisors, and case workers where the
 * office shares all cases), only the cases they lead or are assigned to, or none.
 */
export type CaseReadReach = 'organization' | 'assigned' | 'none';

export function caseReadReach(
  subject: Pick<CaseAccessSubject, 'roles'>,
  visibility: CaseVisibility,
): CaseReadReach {
  const worksCases = subject.roles.some((role) => CASE_WORKERS.includes(role));
  if (subject.roles.includes('supervisor') || (worksCases && visibility === 'organization'))
    return 'organization';
  return worksCases ? 'assigned' : 'none';
}

export function decideCaseAccess(
  subject: CaseAccessSubject,
  target: CaseAccessTarget,
  visibility: CaseVisibility,
  mode: CaseAccessMode,
): CaseAccessDecision {
  // Another office's case is indistinguishable from one that does not exist.
  if (subject.organizationId !== target.organizationId) return 'not_found';
  const assigned =
    subject.roles.some((role) => CASE_WORKERS.includes(role)) &&
    (target.leadAttorneyId === subject.userId || target.assignedUserIds.includes(subject.userId));
  if (assigned) return 'allowed';
  if (caseReadReach(subject, visibility) !== 'organization') return 'not_found';
  // Supervisors and office-wide readers see the case; only its assigned team changes it.
  return mode === 'read' ? 'allowed' : 'forbidden';
}
