// Entities never leave the API: these build the response types of libs/contracts.
import { permissionsOf } from '@amparo/domain';
import type {
  LoginDto,
  LoginResponse,
  MeResponse,
  RefreshResponse,
  SessionUserResponse,
} from '@amparo/contracts';
import type { UserEntity } from '../organizations/user.entity';
import type { Principal } from './principal';
import type { IssuedTokens } from './sessions.service';

export type SessionMode = NonNullable<LoginDto['mode']>;

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

/** A cookie session's answer carries no token: they are in httpOnly cookies only. */
export function toRefreshResponse(tokens: IssuedTokens, mode: SessionMode): RefreshResponse {
  const expiresAt = tokens.accessExpiresAt.toISOString();
  return mode === 'cookie'
    ? { mode, expiresAt }
    : { mode, accessToken: tokens.accessToken, expiresAt, refreshToken: tokens.refreshToken };
}

export function toLoginResponse(
  tokens: IssuedTokens,
  user: UserEntity,
  mode: SessionMode,
): LoginResponse {
  return { ...toRefreshResponse(tokens, mode), user: toSessionUser(user) };
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
