// Who is calling: resolved from the session on every request, so a role change or a disabled
// account takes effect at once.
import type { CaseVisibility, Role } from '@amparo/domain';

export interface Principal {
  userId: string;
  organizationId: string;
  sessionId: string;
  email: string;
  name: string;
  roles: Role[];
  mfaEnabled: boolean;
  /** The office requires MFA for one of this user's roles and they have not enrolled yet. */
  mfaEnrolmentRequired: boolean;
  sessionExpiresAt: Date;
  /** Cookies are sent by the browser on its own, so cookie-authenticated writes need CSRF proof. */
  via: 'bearer' | 'cookie';
  /**
   * The office's case visibility, read with the session (so a change takes effect on the next
   * request); absent where the principal was not made from a session (jobs), and then read from
   * the office.
   */
  caseVisibility?: CaseVisibility;
}

export interface RequestWithPrincipal {
  user?: Principal;
}
