// What a person types to sign in.
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 1024, { message: 'password must be between 1 and 1024 characters' })
  password!: string;

  /** The 6-digit code from the authenticator app, when MFA is on. */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'otp must be the 6-digit code from your authenticator app' })
  otp?: string;

  /** A single-use recovery code, instead of the 6-digit code. */
  @IsOptional()
  @Matches(/^[a-z0-9]{5}-[a-z0-9]{5}$/, { message: 'recoveryCode must look like abcde-12345' })
  recoveryCode?: string;

  /**
   * How the session's tokens travel. `bearer` (the default, for API clients): in the JSON answer,
   * no cookies. `cookie` (browsers): only in httpOnly cookies, never in the answer, so a script on
   * the page cannot read them. Refreshing keeps the mode.
   */
  @IsOptional()
  @IsIn(['bearer', 'cookie'], { message: 'mode must be bearer or cookie' })
  mode?: 'bearer' | 'cookie';
}
