// Asks a signed-in member for their password again before a change to how they sign in (MFA on,
// replaced or off). Counted and delayed exactly like sign-in, on the same counters: someone who
// holds a stolen session cannot use these routes to guess the password at leisure.
import { Injectable } from '@nestjs/common';
import { DomainError, UnauthenticatedError } from '@amparo/domain';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { UserEntity } from '../organizations/user.entity';
import { IdentityAudit } from './identity-audit';
import { invalidCredentials } from './identity.errors';
import { LoginThrottle, type ThrottleSlot } from './login-throttle.service';
import { verifyPassword } from './password.hasher';
import type { Principal } from './principal';
import type { ClientContext } from './sessions.service';

/** What the re-check is for, as recorded in the audit trail. */
export type RecheckPurpose = 'mfa_enrol' | 'mfa_disable';

@Injectable()
export class PasswordRecheck {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly throttle: LoginThrottle,
    private readonly audit: IdentityAudit,
  ) {}

  /**
   * Checks `password`, then runs `work` with the caller's row locked, in one transaction of their
   * office. The route must run without the request transaction: a failure is counted (and
   * audited) in transactions of its own, which the refused change must not roll back. A failure
   * raised by `work` itself (a wrong second factor) counts like a wrong password.
   */
  async run<T>(
    principal: Principal,
    client: ClientContext,
    purpose: RecheckPurpose,
    password: string,
    work: (manager: EntityManager, user: UserEntity) => Promise<T>,
  ): Promise<T> {
    let slot: ThrottleSlot;
    try {
      slot = await this.throttle.reserve(principal.email, client.ip);
    } catch (error) {
      if (error instanceof DomainError)
        await this.audit.recheckFailed(principal.userId, purpose, 'throttled');
      throw error;
    }
    try {
      const result = await this.transactions.run(principal.organizationId, async ({ manager }) => {
        const user = await manager.findOne(UserEntity, {
          where: { id: principal.userId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password)))
          throw invalidCredentials();
        return work(manager, user);
      });
      await this.throttle.release(slot);
      return result;
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        await this.audit.recheckFailed(principal.userId, purpose, error.code);
      } else {
        await this.throttle.release(slot);
      }
      throw error;
    }
  }
}
