// Turning the second factor on and off; both ask for the password again.
import { IsString, Length, Matches } from 'class-validator';

export class MfaEnrolDto {
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class MfaConfirmDto {
  @Matches(/^\d{6}$/, { message: 'code must be the 6-digit code from your authenticator app' })
  code!: string;
}

export class MfaDisableDto {
  @IsString()
  @Length(1, 1024)
  password!: string;

  @Matches(/^\d{6}$/, { message: 'code must be the 6-digit code from your authenticator app' })
  code!: string;
}

export interface MfaEnrolmentResponse {
  /** otpauth:// URI, also drawn as the QR code. */
  otpauthUrl: string;
  /** PNG data URL of the QR code to scan. */
  qrCodeDataUrl: string;
  /** The secret in base32, for typing in by hand. */
  secret: string;
}

export interface MfaRecoveryCodesResponse {
  /** Shown once: each works once, instead of a 6-digit code. */
  recoveryCodes: string[];
}
