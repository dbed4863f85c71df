// What the API says about the signed-in user and their tokens.
import type { Permission, Role } from '@amparo/domain';

export interface SessionUserResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organizationId: string;
}

/**
 * Bearer mode (API clients): the tokens, to keep and send as `Authorization: Bearer`. No cookie is
 * set.
 */
export interface BearerTokensResponse {
  mode: 'bearer';
  accessToken: string;
  /** When the access token stops working (ISO 8601, UTC); refresh before then. */
  expiresAt: string;
  refreshToken: string;
}

/**
 * Cookie mode (browsers): the tokens are in httpOnly cookies only, out of reach of any script on
 * the page; the body says when the access token stops working.
 */
export interface CookieSessionResponse {
  mode: 'cookie';
  expiresAt: string;
}

export type RefreshResponse = BearerTokensResponse | CookieSessionResponse;

export type BearerLoginResponse = BearerTokensResponse & { user: SessionUserResponse };
export type CookieLoginResponse = CookieSessionResponse & { user: SessionUserResponse };
export type LoginResponse = BearerLoginResponse | CookieLoginResponse;

export interface MeResponse {
  user: SessionUserResponse;
  permissions: Permission[];
  mfaEnabled: boolean;
  /** The office requires a second factor for this user's role: only MFA enrolment is open. */
  mfaEnrolmentRequired: boolean;
  sessionExpiresAt: string;
}
