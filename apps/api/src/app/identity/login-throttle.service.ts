// Slows password guessing with growing delays, without letting a stranger lock a real user out:
// delays are steep for one address against one account, and for one address against many
// accounts, but capped at seconds for an account under attack from many addresses.
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { TooManyRequestsError } from '@amparo/domain';
import { TenantTransactions } from '../database/tenant-transactions';

interface Rule {
  /** Failures allowed before any delay. */
  free: number;
  /** The longest delay, in seconds. */
  maxDelaySeconds: number;
}

export const THROTTLE_RULES = {
  pair: { free: 3, maxDelaySeconds: 15 * 60 },
  address: { free: 20, maxDelaySeconds: 15 * 60 },
  account: { free: 10, maxDelaySeconds: 30 },
} as const satisfies Record<string, Rule>;

/** Counters forget failures after this long without a new one. */
const FORGET_AFTER_MS = 60 * 60_000;

type Scope = keyof typeof THROTTLE_RULES;

@Injectable()
export class LoginThrottle {
  constructor(private readonly transactions: TenantTransactions) {}

  /** Refuses, before any password check, while one of the counters is in its delay. */
  async assertAllowed(email: string, ip: string | undefined, now = new Date()): Promise<void> {
    const keys = this.keys(email, ip);
    const rows: { blocked_until: Date | null }[] = await this.transactions.run(
      null,
      ({ manager }) =>
        manager.query(
          `SELECT blocked_until FROM login_throttle WHERE key = ANY($1) AND blocked_until > $2`,
          [Object.values(keys), now],
        ),
    );
    if (rows.length === 0) return;
    const until = Math.max(...rows.map((row) => new Date(row.blocked_until ?? now).getTime()));
    const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new TooManyRequestsError(
      'AUTH_TOO_MANY_ATTEMPTS',
      `Too many failed sign-in attempts; try again in ${seconds} seconds`,
      seconds,
    );
  }

  async recordFailure(email: string, ip: string | undefined, now = new Date()): Promise<void> {
    const keys = this.keys(email, ip);
    await this.transactions.run(null, async ({ manager }) => {
      for (const scope of Object.keys(keys) as Scope[]) {
        const rule: Rule = THROTTLE_RULES[scope];
        const [row] = (await manager.query(
          `SELECT failures, last_failure_at FROM login_throttle WHERE key = $1 FOR UPDATE`,
          [keys[scope]],
        )) as { failures: number; last_failure_at: Date }[];
        const stale =
          !row || now.getTime() - new Date(row.last_failure_at).getTime() > FORGET_AFTER_MS;
        const failures = stale ? 1 : row.failures + 1;
        // Delays double with each failure past the free ones: 1 s, 2 s, 4 s, ... up to the cap.
        const delaySeconds =
          failures > rule.free
            ? Math.min(rule.maxDelaySeconds, 2 ** (failures - rule.free - 1))
            : 0;
        await manager.query(
          `INSERT INTO login_throttle (key, failures, last_failure_at, blocked_until) VALUES ($1, $2, $3, $4)
           ON CONFLICT (key) DO UPDATE
             SET failures = EXCLUDED.failures, last_failure_at = EXCLUDED.last_failure_at,
                 blocked_until = EXCLUDED.blocked_until`,
          [
            keys[scope],
            failures,
            now,
            delaySeconds > 0 ? new Date(now.getTime() + delaySeconds * 1000) : null,
          ],
        );
      }
    });
  }

  /** A successful sign-in clears what concerned this account (not the address's own counter). */
  async recordSuccess(email: string, ip: string | undefined): Promise<void> {
    const keys = this.keys(email, ip);
    await this.transactions.run(null, ({ manager }) =>
      manager.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [[keys.pair, keys.account]]),
    );
  }

  private keys(email: string, ip: string | undefined): Record<Scope, string> {
    const account = email.trim().toLowerCase();
    const address = ip ?? 'unknown';
    const hash = (value: string) => createHash('sha256').update(value).digest('base64url');
    return {
      pair: `pair:${hash(`${account}\n${address}`)}`,
      address: `ip:${hash(address)}`,
      account: `acct:${hash(account)}`,
    };
  }
}
