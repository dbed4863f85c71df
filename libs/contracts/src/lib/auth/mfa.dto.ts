// Turning the second factor on, replacing it and turning it off; each asks for the password again
// and, once MFA is on, for a current code or a recovery code as well.
import { IsOptional, IsString, Length, Matches } from 'class-validator';

/** The password again and, once MFA is on, a current code or a recovery code. */
export class MfaRecheckDto {
  @IsString()
  @Length(1, 1024)
  password!: string;

  /** With MFA on: a current 6-digit code from the authenticator app. */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be the 6-digit code from your authenticator app' })
  code?: string;

  /** With MFA on, instead of `code` (the phone is lost): an unused recovery code. */
  @IsOptional()
  @Matches(/^[a-z0-9]{5}-[a-z0-9]{5}$/, { message: 'recoveryCode must look like abcde-12345' })
  recoveryCode?: string;
}

/** Starts enrolment, or the replacement of the authenticator when MFA is already on. */
export class MfaEnrolDto extends MfaRecheckDto {}

export class MfaConfirmDto {
  @Matches(/^\d{6}$/, { message: 'code must be the 6-digit code from your authenticator app' })
  code!: string;
}

/** Turns MFA off: the password and a current code or a recovery code. */
export class MfaDisableDto extends MfaRecheckDto {}

export interface MfaEnrolmentResponse {
  /** otpauth:// URI, also drawn as the QR code. */
  otpauthUrl: string;
  /** PNG data URL of the QR code to scan. */
  qrCodeDataUrl: string;
  /** The secret in base32, for typing in by hand. */
  secret: string;
  /**
   * True when this replaces a second factor already on: the old authenticator (and its recovery
   * codes) keep working until a code from the new one confirms it.
   */
  replacing: boolean;
}

export interface MfaRecoveryCodesResponse {
  /** Shown once: each works once, instead of a 6-digit code. */
  recoveryCodes: string[];
}
