// What the API says about the signed-in user and their tokens.
import type { Permission, Role } from '@amparo/domain';

export interface SessionUserResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organizationId: string;
}

export interface LoginResponse {
  accessToken: string;
  /** When the access token stops working (ISO 8601, UTC); refresh before then. */
  expiresAt: string;
  /** For API clients; browsers get it as an httpOnly cookie instead. */
  refreshToken: string;
  /** Echo in the X-CSRF-Token header on cookie-authenticated writes. */
  csrfToken: string;
  user: SessionUserResponse;
}

export interface MeResponse {
  user: SessionUserResponse;
  permissions: Permission[];
  mfaEnabled: boolean;
  /** The office requires a second factor for this user's role: only MFA enrolment is open. */
  mfaEnrolmentRequired: boolean;
  sessionExpiresAt: string;
}

export interface RefreshResponse {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  csrfToken: string;
}
