// Slows password guessing with growing delays, without letting a stranger lock a real user out:
// delays are steep for one address against one account, and for one address against many
// accounts, but capped at seconds for an account under attack from many addresses.
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { TooManyRequestsError } from '@amparo/domain';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';

interface Rule {
  /** Failures in a row allowed without waiting. */
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
const SCOPES = Object.keys(THROTTLE_RULES) as Scope[];

interface CounterRow {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

/**
 * A failure counted before the password is checked. The caller settles it: kept when the attempt
 * failed, given back when it did not (`release`), or cleared with the account's counters.
 */
export interface ThrottleSlot {
  readonly keys: Readonly<Record<Scope, string>>;
}

/** The wait after the `failures`-th failure in a row: 1 s once the free ones are used, doubling. */
export function delaySecondsAfter(rule: Rule, failures: number): number {
  return failures >= rule.free ? Math.min(rule.maxDelaySeconds, 2 ** (failures - rule.free)) : 0;
}

@Injectable()
export class LoginThrottle {
  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * Counts this attempt as a failure before any password is checked, or refuses it (429) while
   * one of its counters is in its delay. The three counters are locked (in one order, so two
   * attempts never deadlock) for the check and the increment: parallel attempts queue on the rows
   * and each sees the ones before it, so a burst gets no more checks than attempts one by one.
   */
  async reserve(email: string, ip: string | undefined, now = new Date()): Promise<ThrottleSlot> {
    const keys = this.keys(email, ip);
    const sorted = Object.values(keys).sort();
    await this.transactions.run(null, async ({ manager }) => {
      await manager.query(
        `INSERT INTO login_throttle (key, failures, last_failure_at)
           SELECT key, 0, $2 FROM unnest($1::text[]) AS key ORDER BY key
         ON CONFLICT (key) DO NOTHING`,
        [sorted, now],
      );
      const rows = (await manager.query(
        `SELECT key, failures, last_failure_at, blocked_until FROM login_throttle
          WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
        [sorted],
      )) as CounterRow[];
      const byKey = new Map(rows.map((row) => [row.key, row]));
      const until = Math.max(
        0,
        ...rows.map((row) => (row.blocked_until ? new Date(row.blocked_until).getTime() : 0)),
      );
      if (until > now.getTime()) throw tooManyAttempts(until - now.getTime());
      for (const scope of SCOPES) {
        const row = byKey.get(keys[scope]);
        const stale =
          !row || now.getTime() - new Date(row.last_failure_at).getTime() > FORGET_AFTER_MS;
        await this.setFailures(manager, keys[scope], (stale ? 0 : row.failures) + 1, scope, now);
      }
    });
    return { keys };
  }

  /** The attempt was not a failure (a right password that now asks for the code): give it back. */
  async release(slot: ThrottleSlot, now = new Date()): Promise<void> {
    await this.giveBack([slot.keys.pair, slot.keys.address, slot.keys.account], now);
  }

  /**
   * A successful sign-in clears what concerned this account; the address's own counter only gets
   * this attempt back (the address may still be trying other accounts).
   */
  async succeeded(slot: ThrottleSlot, now = new Date()): Promise<void> {
    await this.transactions.run(null, ({ manager }) =>
      manager.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [
        [slot.keys.pair, slot.keys.account],
      ]),
    );
    await this.giveBack([slot.keys.address], now);
  }

  private async giveBack(keys: string[], now: Date): Promise<void> {
    await this.transactions.run(null, async ({ manager }) => {
      const rows = (await manager.query(
        `SELECT key, failures, last_failure_at, blocked_until FROM login_throttle
          WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
        [[...keys].sort()],
      )) as CounterRow[];
      for (const row of rows) {
        const scope = SCOPES.find((candidate) => row.key.startsWith(PREFIX[candidate]));
        if (!scope) continue;
        await this.setFailures(manager, row.key, Math.max(0, row.failures - 1), scope, now, row);
      }
    });
  }

  /** Stores a count and the delay it brings (a count given back keeps no longer delay than due). */
  private async setFailures(
    manager: EntityManager,
    key: string,
    failures: number,
    scope: Scope,
    now: Date,
    current?: CounterRow,
  ): Promise<void> {
    const delay = delaySecondsAfter(THROTTLE_RULES[scope], failures);
    const blockedUntil =
      delay === 0 ? null : current ? current.blocked_until : new Date(now.getTime() + delay * 1000);
    await manager.query(
      `UPDATE login_throttle SET failures = $2, last_failure_at = $3, blocked_until = $4
        WHERE key = $1`,
      [key, failures, current ? current.last_failure_at : now, blockedUntil],
    );
  }

  private keys(email: string, ip: string | undefined): Record<Scope, string> {
    const account = email.trim().toLowerCase();
    const address = ip ?? 'unknown';
    const hash = (value: string) => createHash('sha256').update(value).digest('base64url');
    return {
      pair: `${PREFIX.pair}${hash(`${account}\n${address}`)}`,
      address: `${PREFIX.address}${hash(address)}`,
      account: `${PREFIX.account}${hash(account)}`,
    };
  }
}

const PREFIX: Record<Scope, string> = { pair: 'pair:', address: 'ip:', account: 'acct:' };

function tooManyAttempts(waitMs: number): TooManyRequestsError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new TooManyRequestsError(
    'AUTH_TOO_MANY_ATTEMPTS',
    `Too many failed sign-in attempts; try again in ${seconds} seconds`,
    seconds,
  );
}
