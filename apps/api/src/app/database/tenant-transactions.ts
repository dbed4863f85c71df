// Every unit of work runs in one transaction that has told PostgreSQL which organization it is
// for; row-level security then hides every other organization's rows, whatever the query says.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface TenantScope {
  /** The organization whose rows this transaction may see; null sees no tenant rows at all. */
  readonly organizationId: string | null;
  readonly manager: EntityManager;
  /**
   * Work to finish inside this transaction after the unit of work returns and before it commits
   * (e.g. audit entries written as one statement); a failure rolls the whole transaction back.
   */
  beforeCommit(task: () => Promise<void>): void;
}

export class NoTenantTransactionError extends Error {
  constructor() {
    super('Database access outside a tenant transaction: wrap the work in TenantTransactions.run');
    this.name = 'NoTenantTransactionError';
  }
}

/** How many times a unit of work runs again after PostgreSQL broke a deadlock or a conflict. */
const RETRIES_AFTER_CONFLICT = 3;

/** deadlock_detected and serialization_failure: the transaction was undone, and may be rerun. */
const TRANSIENT_CONFLICTS = new Set(['40P01', '40001']);

export function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_CONFLICTS.has(code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class TenantTransactions {
  private readonly storage = new AsyncLocalStorage<TenantScope>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a new transaction scoped to `organizationId`. The setting is local to the
   * transaction (`set_config(..., true)`), never to the connection, so a pooled connection (or
   * PGlite's single shared session) cannot carry one organization's scope into another's work.
   * Nested calls for the same organization join the open transaction.
   *
   * When PostgreSQL ends the transaction to break a deadlock or a serialization failure, nothing
   * of it was kept, and the unit of work runs again from the start (a few times): the loser of a
   * race then reads the winner's committed change, and answers as it would have had it come
   * second (a stale version, for instance, is a 409).
   */
  async run<T>(
    organizationId: string | null,
    work: (scope: TenantScope) => Promise<T>,
  ): Promise<T> {
    if (organizationId !== null && !UUID.test(organizationId)) {
      throw new Error('organizationId must be a UUID');
    }
    const open = this.storage.getStore();
    if (open) {
      if (open.organizationId !== organizationId) {
        throw new Error('A tenant transaction cannot open another for a different organization');
      }
      return work(open);
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.once(organizationId, work);
      } catch (error) {
        if (attempt >= RETRIES_AFTER_CONFLICT + 1 || !isTransientConflict(error)) throw error;
        // Another transaction won a lock or a serialization check: run the unit again from the
        // start, on fresh reads, after a short random pause so the two do not meet again.
        await delay(5 + Math.random() * 20 * attempt);
      }
    }
  }

  private once<T>(
    organizationId: string | null,
    work: (scope: TenantScope) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [
        organizationId ?? '',
      ]);
      const tasks: Array<() => Promise<void>> = [];
      const scope: TenantScope = {
        organizationId,
        manager,
        beforeCommit: (task) => tasks.push(task),
      };
      return this.storage.run(scope, async () => {
        const result = await work(scope);
        // A task may add another (in order); each runs once.
        for (let next = tasks.shift(); next; next = tasks.shift()) await next();
        return result;
      });
    });
  }

  /**
   * Runs one statement that scopes itself to `organizationId` (a function that sets the office
   * with `set_config(..., true)` before it reads, so the setting ends with the statement), without
   * the round trips of a transaction. Inside an open tenant transaction it runs there: on the
   * embedded database's single connection another one would wait for ever.
   */
  async statement<T>(organizationId: string, sql: string, params: unknown[]): Promise<T[]> {
    if (!UUID.test(organizationId)) throw new Error('organizationId must be a UUID');
    const open = this.storage.getStore();
    if (open && open.organizationId !== organizationId) {
      throw new Error('A tenant transaction cannot run a statement for a different organization');
    }
    return (open?.manager ?? this.dataSource.manager).query(sql, params);
  }

  /** The transaction of the work in progress. */
  get current(): TenantScope {
    const scope = this.storage.getStore();
    if (!scope) throw new NoTenantTransactionError();
    return scope;
  }

  get manager(): EntityManager {
    return this.current.manager;
  }
}
