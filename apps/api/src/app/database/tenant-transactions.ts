// Every unit of work runs in one transaction that has told PostgreSQL which organization it is
// for; row-level security then hides every other organization's rows, whatever the query says.
import { AsyncLocalStorage } from 'node:async_hooks';
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
