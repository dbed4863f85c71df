import { authErrorCodes } from '../../core/auth';
import { errorCode, errorNotice, type Notice } from '../../core/http';

/** A wrong password or code typed to confirm an MFA change gets its own plain message. */
export function mfaNotice(failure: unknown): Notice {
  switch (errorCode(failure)) {
    case authErrorCodes.invalidCredentials:
      return { key: 'account.mfa.wrongPassword' };
    case authErrorCodes.mfaInvalid:
      return { key: 'login.otpInvalid' };
    case 'MFA_CODE_REQUIRED':
      return { key: 'account.mfa.codeRequired' };
    case 'AUTH_TOO_MANY_ATTEMPTS':
      return { key: 'account.mfa.tooManyAttempts' };
    default:
      return errorNotice(failure);
  }
}

export const sixDigits = /^\d{6}$/;

/** What confirms a change once MFA is on: a 6-digit code, or a recovery code (abcde-12345). */
export const codeOrRecoveryCode = /^\s*(\d{6}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})\s*$/;
