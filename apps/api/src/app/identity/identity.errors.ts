// The ways sign-in and access can fail, each with a stable code for the client.
import { ForbiddenError, InvalidInputError, UnauthenticatedError } from '@amparo/domain';

export const invalidCredentials = () =>
  new UnauthenticatedError('AUTH_INVALID_CREDENTIALS', 'E-mail or password is incorrect');

export const mfaRequired = () =>
  new UnauthenticatedError(
    'AUTH_MFA_REQUIRED',
    'Enter the 6-digit code from your authenticator app',
  );

export const mfaInvalid = () =>
  new UnauthenticatedError(
    'AUTH_MFA_INVALID',
    'That code is not valid (or was already used); try the next one',
  );

export const mfaCodeMissing = () =>
  new InvalidInputError(
    'MFA_CODE_REQUIRED',
    'Your second factor is on: enter a code from your authenticator app or a recovery code',
    [{ field: 'code', message: 'a 6-digit code or a recovery code is required' }],
  );

export const notSignedIn = () => new UnauthenticatedError('AUTH_REQUIRED', 'Sign in to continue');

export const sessionEnded = () =>
  new UnauthenticatedError('AUTH_SESSION_ENDED', 'Your session has ended; sign in again');

export const accessTokenExpired = () =>
  new UnauthenticatedError('AUTH_TOKEN_EXPIRED', 'Your access token has expired; refresh it');

export const csrfFailed = () =>
  new ForbiddenError(
    'AUTH_CSRF',
    'This request is missing its CSRF token; reload the page and try again',
  );

export const permissionDenied = () =>
  new ForbiddenError('PERMISSION_DENIED', 'Your role does not allow this');

export const mfaEnrolmentRequired = () =>
  new ForbiddenError(
    'AUTH_MFA_ENROLMENT_REQUIRED',
    'Your office requires a second factor: set up your authenticator app to continue',
  );
