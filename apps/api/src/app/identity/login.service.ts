// Checks an e-mail and password (and second factor) and opens a session. A wrong e-mail and a
// wrong password look the same and take about as long: the answer never reveals which it was.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { LoginDto } from '@amparo/contracts';
import { DomainError, UnauthenticatedError } from '@amparo/domain';
import { TenantTransactions } from '../database/tenant-transactions';
import { UserEntity } from '../organizations/user.entity';
import { IdentityAudit, type LoginAttempt } from './identity-audit';
import { invalidCredentials, mfaRequired } from './identity.errors';
import { LoginThrottle, type ThrottleSlot } from './login-throttle.service';
import { MfaService } from './mfa.service';
import type { Principal } from './principal';
import { hashPassword, verifyPassword } from './password.hasher';
import { type ClientContext, type IssuedTokens, SessionsService } from './sessions.service';

export interface LoginResult {
  tokens: IssuedTokens;
  user: UserEntity;
}

@Injectable()
export class LoginService implements OnModuleInit {
  /** Verified against when the e-mail is unknown, so that case costs one argon2 run too. */
  private decoyHash = '';

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
    private readonly throttle: LoginThrottle,
    private readonly audit: IdentityAudit,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  async login(credentials: LoginDto, client: ClientContext): Promise<LoginResult> {
    const email = credentials.email.trim().toLowerCase();
    const attempt: LoginAttempt = {};
    let slot: ThrottleSlot;
    try {
      // Counted as a failure before the password is checked, so parallel guesses cannot race.
      slot = await this.throttle.reserve(email, client.ip);
    } catch (error) {
      if (error instanceof DomainError) await this.audit.loginFailed(email, attempt, 'throttled');
      throw error;
    }
    try {
      const result = await this.check(email, credentials, client, attempt);
      await this.throttle.succeeded(slot);
      return result;
    } catch (error) {
      // Asking for the second factor is a normal step (the password was right), not a failure.
      if (error instanceof UnauthenticatedError && error.code !== 'AUTH_MFA_REQUIRED') {
        await this.audit.loginFailed(email, attempt, error.code);
      } else {
        await this.throttle.release(slot);
      }
      throw error;
    }
  }

  private async check(
    email: string,
    credentials: LoginDto,
    client: ClientContext,
    attempt: LoginAttempt,
  ): Promise<LoginResult> {
    const organizationId = await this.organizationOf(email);
    if (!organizationId) {
      await verifyPassword(this.decoyHash, credentials.password);
      throw invalidCredentials();
    }
    attempt.organizationId = organizationId;
    return this.transactions.run(organizationId, async ({ manager }) => {
      const user = await manager.findOneBy(UserEntity, { email });
      attempt.userId = user?.id;
      const passwordOk = await verifyPassword(
        user?.passwordHash ?? this.decoyHash,
        credentials.password,
      );
      if (!user || !user.passwordHash || !passwordOk || user.disabledAt) throw invalidCredentials();
      if (user.totpEnabledAt) {
        if (!credentials.otp && !credentials.recoveryCode) throw mfaRequired();
        await this.mfa.verifySecondFactor(manager, user, credentials);
      }
      const tokens = await this.sessions.open(manager, user, client);
      await this.audit.loginSucceeded(organizationId, user.id);
      return { tokens, user };
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.revoke(principal.organizationId, principal.sessionId, 'logout');
    await this.audit.onUser('auth.logout', principal.userId);
  }

  /** The one cross-tenant read login needs, through a function that answers for one address. */
  private async organizationOf(email: string): Promise<string | null> {
    const [row] = await this.transactions.run(null, ({ manager }) =>
      manager.query(`SELECT auth_organization_of($1) AS organization_id`, [email]),
    );
    return row?.organization_id ?? null;
  }
}
