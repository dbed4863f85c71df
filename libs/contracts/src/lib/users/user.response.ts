// An account as admins see it (never its password hash or MFA secret).
import type { Role } from '@amparo/domain';

export interface UserResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  disabled: boolean;
  mfaEnabled: boolean;
  passwordSet: boolean;
  version: number;
  createdAt: string;
}

/** A one-time link the admin hands to the person (no password ever travels by e-mail). */
export interface PasswordSetupResponse {
  user: UserResponse;
  setupToken: string;
  setupPath: string;
  expiresAt: string;
}
