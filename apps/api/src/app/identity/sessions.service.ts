// Opens, checks, refreshes and ends sessions. Every check reads the session and the user afresh,
// so logout, a disabled account or a role change take effect on the very next request.
import { Injectable } from '@nestjs/common';
import { type EntityManager, IsNull } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../organizations/user.entity';
import { accessTokenExpired, csrfFailed, sessionEnded } from './identity.errors';
import type { Principal } from './principal';
import { SessionEntity } from './session.entity';
import { SESSION_POLICY } from './session.policy';
import { formatToken, hashSecret, newSecret, parseToken, secretMatches } from './session-token';

export interface IssuedTokens {
  sessionId: string;
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  csrfToken: string;
  sessionExpiresAt: Date;
}

export interface ClientContext {
  ip?: string;
  userAgent?: string;
}

@Injectable()
export class SessionsService {
  constructor(private readonly transactions: TenantTransactions) {}

  /** Opens a session for a user whose credentials were just checked (inside their tenant scope). */
  async open(
    manager: EntityManager,
    user: UserEntity,
    client: ClientContext,
    now = new Date(),
  ): Promise<IssuedTokens> {
    const access = newSecret();
    const refresh = newSecret();
    const csrf = newSecret();
    const session = await manager.save(
      manager.create(SessionEntity, {
        organizationId: user.organizationId,
        userId: user.id,
        accessHash: hashSecret(access),
        accessExpiresAt: new Date(now.getTime() + SESSION_POLICY.accessTtlMs),
        refreshHash: hashSecret(refresh),
        csrfHash: hashSecret(csrf),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_POLICY.absoluteTimeoutMs),
        ip: client.ip ?? null,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return this.issued(session, access, refresh, csrf);
  }

  /**
   * Resolves an access token to the caller. `csrfToken` is checked when given a cookie-borne
   * token on a write (browsers send cookies by themselves; an attacker's page cannot read the
   * CSRF cookie to echo it).
   */
  async authenticate(
    token: string,
    options: { via: Principal['via']; csrfToken?: string | null; checkCsrf: boolean },
    now = new Date(),
  ): Promise<Principal> {
    const parsed = parseToken(token);
    if (!parsed) throw sessionEnded();
    return this.transactions.run(parsed.organizationId, async ({ manager }) => {
      const session = await this.liveSession(manager, parsed.sessionId, now);
      if (!secretMatches(parsed.secret, session.accessHash)) throw sessionEnded();
      if (session.accessExpiresAt <= now) throw accessTokenExpired();
      if (
        options.checkCsrf &&
        !(options.csrfToken && secretMatches(options.csrfToken, session.csrfHash))
      ) {
        throw csrfFailed();
      }
      const user = await this.activeUser(manager, session);
      if (now.getTime() - session.lastSeenAt.getTime() > SESSION_POLICY.touchEveryMs) {
        await manager.update(SessionEntity, { id: session.id }, { lastSeenAt: now });
      }
      return {
        userId: user.id,
        organizationId: user.organizationId,
        sessionId: session.id,
        email: user.email,
        name: user.name,
        roles: user.roles,
        mfaEnabled: user.totpEnabledAt !== null,
        mfaEnrolmentRequired: await this.mfaEnrolmentRequired(manager, user),
        sessionExpiresAt: session.expiresAt,
        via: options.via,
      };
    });
  }

  /** Swaps a refresh token for new tokens. A refresh token used twice ends the session. */
  async refresh(refreshToken: string, now = new Date()): Promise<IssuedTokens> {
    const parsed = parseToken(refreshToken);
    if (!parsed) throw sessionEnded();
    const outcome = await this.transactions.run(parsed.organizationId, async ({ manager }) => {
      const session = await this.liveSession(manager, parsed.sessionId, now, true);
      if (!secretMatches(parsed.secret, session.refreshHash)) {
        // Someone holds an old refresh token: the session may be stolen, so end it.
        await this.revokeIn(manager, session.id, 'refresh token reused', now);
        return null;
      }
      await this.activeUser(manager, session);
      const access = newSecret();
      const refresh = newSecret();
      const csrf = newSecret();
      session.accessHash = hashSecret(access);
      session.accessExpiresAt = new Date(
        Math.min(now.getTime() + SESSION_POLICY.accessTtlMs, session.expiresAt.getTime()),
      );
      session.refreshHash = hashSecret(refresh);
      session.csrfHash = hashSecret(csrf);
      session.lastSeenAt = now;
      await manager.save(session);
      return this.issued(session, access, refresh, csrf);
    });
    if (!outcome) throw sessionEnded();
    return outcome;
  }

  async revoke(
    organizationId: string,
    sessionId: string,
    reason: string,
    now = new Date(),
  ): Promise<void> {
    await this.transactions.run(organizationId, ({ manager }) =>
      this.revokeIn(manager, sessionId, reason, now),
    );
  }

  /** Ends every live session of a user at once (disabling, password reset). */
  async revokeAllOf(
    manager: EntityManager,
    userId: string,
    reason: string,
    now = new Date(),
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now, revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }

  private async revokeIn(
    manager: EntityManager,
    sessionId: string,
    reason: string,
    now: Date,
  ): Promise<void> {
    await manager.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: now, revokedReason: reason },
    );
  }

  private async liveSession(
    manager: EntityManager,
    sessionId: string,
    now: Date,
    forUpdate = false,
  ): Promise<SessionEntity> {
    const session = await manager.findOne(SessionEntity, {
      where: { id: sessionId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!session || session.revokedAt) throw sessionEnded();
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (session.expiresAt <= now || idleSince > SESSION_POLICY.idleTimeoutMs) {
      await this.revokeIn(
        manager,
        session.id,
        session.expiresAt <= now ? 'absolute timeout' : 'idle timeout',
        now,
      );
      throw sessionEnded();
    }
    return session;
  }

  private async activeUser(manager: EntityManager, session: SessionEntity): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { id: session.userId });
    if (!user || user.disabledAt) throw sessionEnded();
    return user;
  }

  private async mfaEnrolmentRequired(manager: EntityManager, user: UserEntity): Promise<boolean> {
    if (user.totpEnabledAt) return false;
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id: user.organizationId },
      select: { id: true, mfaRequiredRoles: true },
    });
    return user.roles.some((role) => organization?.mfaRequiredRoles.includes(role));
  }

  private issued(
    session: SessionEntity,
    access: string,
    refresh: string,
    csrf: string,
  ): IssuedTokens {
    return {
      sessionId: session.id,
      accessToken: formatToken(session.organizationId, session.id, access),
      accessExpiresAt: session.accessExpiresAt,
      refreshToken: formatToken(session.organizationId, session.id, refresh),
      csrfToken: csrf,
      sessionExpiresAt: session.expiresAt,
    };
  }
}
