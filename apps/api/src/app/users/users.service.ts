// Admins manage their office's accounts: invite with a one-time link, change roles, disable
// (ending every session at once) and reset MFA. Another office's account is simply not found.
import { Injectable } from '@nestjs/common';
import type {
  CreateUserDto,
  PasswordSetupResponse,
  UpdateUserRolesDto,
  UserResponse,
} from '@amparo/contracts';
import { caseRolesAdded, DomainError } from '@amparo/domain';
import type { EntityManager } from 'typeorm';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import { hashPassword } from '../identity/password.hasher';
import { assertAcceptablePassword } from '../identity/password.policy';
import type { Principal } from '../identity/principal';
import {
  formatToken,
  hashSecret,
  newSecret,
  parseToken,
  secretMatches,
} from '../identity/session-token';
import { IdentityAudit } from '../identity/identity-audit';
import { SessionsService } from '../identity/sessions.service';
import { CalendarFeedService } from '../notifications/calendar-feed.service';
import { UserEntity } from '../organizations/user.entity';
import { AccountNotices } from './account-notices.service';
import { PasswordSetupEntity } from './password-setup.entity';
import { toUserResponse } from './user.mapper';
import {
  emailTaken,
  lastAdmin,
  selfRoleGrant,
  setupLinkInvalid,
  staleUser,
  userNotFound,
} from './users.errors';

const SETUP_LINK_TTL_MS = 24 * 60 * 60_000;

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: SessionsService,
    private readonly audit: IdentityAudit,
    private readonly notices: AccountNotices,
    private readonly feeds: CalendarFeedService,
  ) {}

  async list(): Promise<UserResponse[]> {
    const users = await this.transactions.manager.find(UserEntity, { order: { name: 'ASC' } });
    return users.map(toUserResponse);
  }

  async invite(admin: Principal, input: CreateUserDto): Promise<PasswordSetupResponse> {
    const { manager } = this.transactions.current;
    const email = input.email.trim().toLowerCase();
    const [taken] = await manager.query(`SELECT auth_organization_of($1) AS organization_id`, [
      email,
    ]);
    if (taken?.organization_id) throw emailTaken();
    const user = await manager.save(
      manager.create(UserEntity, {
        organizationId: admin.organizationId,
        email,
        name: input.name.trim(),
        roles: input.roles,
      }),
    );
    await this.audit.onUser('user.invited', user.id);
    await this.notices.memberAdded(admin, user);
    return { user: toUserResponse(user), ...(await this.issueSetupLink(manager, user)).link };
  }

  /** A new one-time link, e.g. for someone who forgot their password; older links stop working. */
  async resetPassword(admin: Principal, userId: string): Promise<PasswordSetupResponse> {
    const { manager } = this.transactions.current;
    const user = await this.find(manager, userId);
    await this.sessions.revokeAllOf(manager, user.id, 'password reset by admin');
    await this.feeds.revokeAllOf(user.id, 'password_reset');
    await this.audit.onUser('auth.password.reset_requested', user.id);
    const { link, linkId } = await this.issueSetupLink(manager, user);
    await this.notices.passwordLinkIssued(admin, user, linkId);
    return { user: toUserResponse(user), ...link };
  }

  /**
   * No one adds a case role to their own account (an admin could otherwise open every case to
   * themselves); the refusal is audited in a transaction of its own, since the request's is
   * rolled back. Any other change is told to the member and the office's supervisors.
   */
  async updateRoles(
    admin: Principal,
    userId: string,
    input: UpdateUserRolesDto,
  ): Promise<UserResponse> {
    try {
      return await this.transactions.run(admin.organizationId, async ({ manager }) => {
        const user = await this.find(manager, userId, true);
        if (user.version !== input.version) throw staleUser(toUserResponse(user));
        if (user.roles.includes('admin') && !input.roles.includes('admin'))
          await this.keepAnAdmin(manager, user.id);
        const selfGranted = user.id === admin.userId ? caseRolesAdded(user.roles, input.roles) : [];
        if (selfGranted.length > 0) throw selfRoleGrant(selfGranted);
        const before = [...user.roles];
        user.roles = input.roles;
        const saved = await manager.save(user);
        await this.audit.onUser('user.roles_changed', user.id, 'success', {
          from: before.map(auditCode),
          to: saved.roles.map(auditCode),
        });
        if (!sameRoles(before, saved.roles)) await this.feeds.revokeAllOf(user.id, 'roles_changed');
        await this.notices.rolesChanged(admin, saved, before, saved.roles, saved.version);
        return toUserResponse(saved);
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'USER_SELF_ROLE_GRANT')
        await this.audit.onUser('user.roles_changed', userId, 'denied', {
          to: input.roles.map(auditCode),
        });
      throw error;
    }
  }

  async disable(userId: string, reason = 'disabled by admin'): Promise<UserResponse> {
    const { manager } = this.transactions.current;
    const user = await this.find(manager, userId, true);
    if (user.roles.includes('admin')) await this.keepAnAdmin(manager, user.id);
    user.disabledAt = user.disabledAt ?? new Date();
    const saved = await manager.save(user);
    await this.sessions.revokeAllOf(manager, user.id, reason);
    await this.feeds.revokeAllOf(user.id, 'disabled');
    await this.audit.onUser('user.disabled', user.id);
    return toUserResponse(saved);
  }

  async enable(userId: string): Promise<UserResponse> {
    const { manager } = this.transactions.current;
    const user = await this.find(manager, userId, true);
    user.disabledAt = null;
    const saved = await manager.save(user);
    await this.audit.onUser('user.enabled', user.id);
    return toUserResponse(saved);
  }

  /** For a member who lost their authenticator: they enrol again at next sign-in. */
  async resetMfa(userId: string): Promise<UserResponse> {
    const { manager } = this.transactions.current;
    const user = await this.find(manager, userId, true);
    user.totpSecret = null;
    user.totpPendingSecret = null;
    user.totpEnabledAt = null;
    user.totpLastStep = null;
    const saved = await manager.save(user);
    await manager.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [user.id]);
    await this.sessions.revokeAllOf(manager, user.id, 'MFA reset by admin');
    await this.audit.onUser('auth.mfa.reset', user.id);
    return toUserResponse(saved);
  }

  /** Redeems a one-time link (public route: the token itself names the office). */
  async setPassword(token: string, password: string): Promise<void> {
    const parsed = parseToken(token);
    if (!parsed) throw setupLinkInvalid();
    await this.transactions.run(parsed.organizationId, async ({ manager }) => {
      const link = await manager.findOne(PasswordSetupEntity, {
        where: { id: parsed.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (
        !link ||
        link.usedAt ||
        link.expiresAt <= new Date() ||
        !secretMatches(parsed.secret, link.tokenHash)
      ) {
        throw setupLinkInvalid();
      }
      const user = await this.find(manager, link.userId);
      assertAcceptablePassword(password, { email: user.email, name: user.name });
      user.passwordHash = await hashPassword(password);
      user.passwordChangedAt = new Date();
      await manager.save(user);
      link.usedAt = new Date();
      await manager.save(link);
      await this.sessions.revokeAllOf(manager, user.id, 'password changed');
      await this.feeds.revokeAllOf(user.id, 'password_changed');
      await this.audit.onUser('auth.password.changed', user.id);
    });
  }

  private async issueSetupLink(
    manager: EntityManager,
    user: UserEntity,
  ): Promise<{ link: Omit<PasswordSetupResponse, 'user'>; linkId: string }> {
    await manager.query(
      `UPDATE password_setup_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
      [user.id],
    );
    const secret = newSecret();
    const link = await manager.save(
      manager.create(PasswordSetupEntity, {
        organizationId: user.organizationId,
        userId: user.id,
        tokenHash: hashSecret(secret),
        expiresAt: new Date(Date.now() + SETUP_LINK_TTL_MS),
      }),
    );
    const setupToken = formatToken(user.organizationId, link.id, secret);
    return {
      link: {
        setupToken,
        setupPath: `/set-password#${setupToken}`,
        expiresAt: link.expiresAt.toISOString(),
      },
      linkId: link.id,
    };
  }

  private async find(
    manager: EntityManager,
    userId: string,
    forUpdate = false,
  ): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, {
      where: { id: userId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!user) throw userNotFound();
    return user;
  }

  private async keepAnAdmin(manager: EntityManager, leavingUserId: string): Promise<void> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL AND id <> $1`,
      [leavingUserId],
    );
    if (n === 0) throw lastAdmin();
  }
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
