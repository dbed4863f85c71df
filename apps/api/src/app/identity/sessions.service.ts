// Opens, checks, refreshes and ends sessions. Every check reads the session and the user afresh,
// so logout, a disabled account or a role change take effect on the very next request.
import { Injectable } from '@nestjs/common';
import type { CaseVisibility, Role } from '@amparo/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
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

/** A session with its user (absent if deleted) and the office's MFA rule. */
interface CallerRow {
  id: string;
  organizationId: string;
  accessHash: Buffer;
  csrfHash: Buffer;
  accessExpiresAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  userId: string | null;
  email: string;
  name: string;
  roles: Role[];
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  mfaRequiredRoles: Role[] | null;
  caseVisibility: CaseVisibility | null;
}

const CALLER_SQL = `
  SELECT id, organization_id AS "organizationId", access_hash AS "accessHash",
         csrf_hash AS "csrfHash", access_expires_at AS "accessExpiresAt",
         last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
         user_id AS "userId", email, name, roles, disabled_at AS "disabledAt",
         totp_enabled_at AS "totpEnabledAt", mfa_required_roles AS "mfaRequiredRoles",
         case_visibility AS "caseVisibility"
    FROM app_session_caller($1, $2)`;

function lapseReason(session: Pick<SessionEntity, 'expiresAt'>, now: Date): string {
  return session.expiresAt <= now ? 'absolute timeout' : 'idle timeout';
}

/** Past the session's absolute end, or idle for longer than the policy allows. */
function lapsed(session: Pick<SessionEntity, 'expiresAt' | 'lastSeenAt'>, now: Date): boolean {
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  return session.expiresAt <= now || idleSince > SESSION_POLICY.idleTimeoutMs;
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
    // The session, its user and the office's MFA rule in one statement, outside a transaction
    // (the function scopes itself to the token's office): this runs on every request.
    const [found] = await this.transactions.statement<CallerRow>(
      parsed.organizationId,
      CALLER_SQL,
      [parsed.organizationId, parsed.sessionId],
    );
    if (!found) throw sessionEnded();
    if (found.revokedAt) throw sessionEnded();
    if (lapsed(found, now)) {
      // Ended for good (committed), then refused.
      await this.transactions.run(parsed.organizationId, ({ manager }) =>
        this.revokeIn(manager, found.id, lapseReason(found, now), now),
      );
      throw sessionEnded();
    }
    if (!secretMatches(parsed.secret, found.accessHash)) throw sessionEnded();
    if (found.accessExpiresAt <= now) throw accessTokenExpired();
    if (
      options.checkCsrf &&
      !(options.csrfToken && secretMatches(options.csrfToken, found.csrfHash))
    ) {
      throw csrfFailed();
    }
    if (!found.userId || found.disabledAt) throw sessionEnded();
    if (now.getTime() - found.lastSeenAt.getTime() > SESSION_POLICY.touchEveryMs) {
      await this.transactions.run(parsed.organizationId, ({ manager }) =>
        manager.update(SessionEntity, { id: found.id }, { lastSeenAt: now }),
      );
    }
    return {
      userId: found.userId,
      organizationId: found.organizationId,
      sessionId: found.id,
      email: found.email,
      name: found.name,
      roles: found.roles,
      mfaEnabled: found.totpEnabledAt !== null,
      mfaEnrolmentRequired:
        found.totpEnabledAt === null &&
        found.roles.some((role) => (found.mfaRequiredRoles ?? []).includes(role)),
      sessionExpiresAt: found.expiresAt,
      via: options.via,
      caseVisibility: found.caseVisibility ?? undefined,
    };
  }

  /** Swaps a refresh token for new tokens. A refresh token used twice ends the session. */
  async refresh(refreshToken: string, now = new Date()): Promise<IssuedTokens> {
    const parsed = parseToken(refreshToken);
    if (!parsed) throw sessionEnded();
    const outcome = await this.transactions.run(parsed.organizationId, async ({ manager }) => {
      const session = await this.liveSession(manager, parsed.sessionId, now, true);
      if (!session) return null; // over: refused once this transaction has committed its end
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

  /** The session if it is live; null if it is over (a lapsed one is ended here, for good). */
  private async liveSession(
    manager: EntityManager,
    sessionId: string,
    now: Date,
    forUpdate = false,
  ): Promise<SessionEntity | null> {
    const session = await manager.findOne(SessionEntity, {
      where: { id: sessionId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!session || session.revokedAt) return null;
    if (lapsed(session, now)) {
      await this.revokeIn(manager, session.id, lapseReason(session, now), now);
      return null;
    }
    return session;
  }

  private async activeUser(manager: EntityManager, session: SessionEntity): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { id: session.userId });
    if (!user || user.disabledAt) throw sessionEnded();
    return user;
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
