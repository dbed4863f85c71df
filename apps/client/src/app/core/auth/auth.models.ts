// The auth wire types come from @amparo/contracts (type-only imports, so class-validator never
// reaches the bundle); the codes below are the API's stable error codes for sign-in and sessions.
export type {
  LoginDto as LoginRequest,
  LoginResponse,
  MeResponse,
  RefreshResponse,
  SessionUserResponse as SessionUser,
} from '@amparo/contracts';
export type { Permission, Role } from '@amparo/domain';

export const authErrorCodes = {
  invalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  mfaRequired: 'AUTH_MFA_REQUIRED',
  mfaInvalid: 'AUTH_MFA_INVALID',
  mfaEnrolmentRequired: 'AUTH_MFA_ENROLMENT_REQUIRED',
  required: 'AUTH_REQUIRED',
  sessionEnded: 'AUTH_SESSION_ENDED',
  tokenExpired: 'AUTH_TOKEN_EXPIRED',
  csrf: 'AUTH_CSRF',
} as const;

/** What a failed sign-in asks of the person next, beyond "try again". */
export type LoginChallenge = 'otp_required' | 'otp_invalid';
