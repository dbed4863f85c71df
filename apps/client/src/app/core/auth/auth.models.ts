// Client-side copies of the auth contract. They move to @amparo/contracts once the API's auth
// module publishes its DTOs there; the shapes below are the agreed wire format.

export type Role = 'paralegal' | 'attorney' | 'supervisor' | 'admin';

/** Body of `POST /api/auth/login`. `otp` is sent only once the server has asked for it. */
export interface LoginRequest {
  email: string;
  password: string;
  otp?: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organizationId: string;
}

/** Successful answer of `POST /api/auth/login`; `expiresAt` is an ISO-8601 instant. */
export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

/**
 * Reasons the API gives in `details.reason` of a 401 from the login endpoint when the password
 * was right but a second factor is needed (`otp_required`) or was wrong (`otp_invalid`).
 */
export type LoginChallenge = 'otp_required' | 'otp_invalid';
