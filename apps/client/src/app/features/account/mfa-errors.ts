import { authErrorCodes } from '../../core/auth';
import { errorCode, errorNotice, type Notice } from '../../core/http';

/** A wrong password or code typed to confirm an MFA change gets its own plain message. */
export function mfaNotice(failure: unknown): Notice {
  switch (errorCode(failure)) {
    case authErrorCodes.invalidCredentials:
      return { key: 'account.mfa.wrongPassword' };
    case authErrorCodes.mfaInvalid:
      return { key: 'login.otpInvalid' };
    default:
      return errorNotice(failure);
  }
}

export const sixDigits = /^\d{6}$/;
