// Entities never leave the API: these build the response types of libs/contracts.
import { permissionsOf } from '@amparo/domain';
import type {
  LoginResponse,
  MeResponse,
  RefreshResponse,
  SessionUserResponse,
} from '@amparo/contracts';
import type { UserEntity } from '../organizations/user.entity';
import type { Principal } from './principal';
import type { IssuedTokens } from './sessions.service';

export function toSessionUser(
  user: Pick<UserEntity, 'id' | 'email' | 'name' | 'roles' | 'organizationId'>,
): SessionUserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: [...user.roles],
    organizationId: user.organizationId,
  };
}

export function toRefreshResponse(tokens: IssuedTokens): RefreshResponse {
  return {
    accessToken: tokens.accessToken,
    expiresAt: tokens.accessExpiresAt.toISOString(),
    refreshToken: tokens.refreshToken,
    csrfToken: tokens.csrfToken,
  };
}

export function toLoginResponse(tokens: IssuedTokens, user: UserEntity): LoginResponse {
  return { ...toRefreshResponse(tokens), user: toSessionUser(user) };
}

export function toMeResponse(principal: Principal): MeResponse {
  return {
    user: toSessionUser({ ...principal, id: principal.userId }),
    permissions: [...permissionsOf(principal.roles)].sort(),
    mfaEnabled: principal.mfaEnabled,
    mfaEnrolmentRequired: principal.mfaEnrolmentRequired,
    sessionExpiresAt: principal.sessionExpiresAt.toISOString(),
  };
}
