// Accounts as admins see them: never a password hash, a token or an MFA secret.
import type { UserResponse } from '@amparo/contracts';
import type { UserEntity } from '../organizations/user.entity';

export function toUserResponse(user: UserEntity): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    disabled: user.disabledAt !== null,
    mfaEnabled: user.totpEnabledAt !== null,
    passwordSet: user.passwordHash !== null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
  };
}
