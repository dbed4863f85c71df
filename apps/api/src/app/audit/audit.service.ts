// Records who did what to which record, in the same transaction as the change, as the next link
// of the organization's hash chain.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDIT_RECORD_ID_PATTERN,
  AUDIT_RECORD_TYPE_PATTERN,
  type AuditAction,
  type AuditOutcome,
} from '@amparo/contracts';
import { TenantTransactions, type TenantScope } from '../database/tenant-transactions';
import { SYSTEM_ACTOR, type AuditActor } from './audit-actor';
import { auditEntryFields, auditEntryHash } from './audit-chain';
import { checkAuditDetails, type AuditDetails } from './audit-details';
import type { AuditEntryRecord } from './audit-entry.model';
import { AuditRequestContext } from './audit-request.context';
import { AuditEntryRejectedError } from './audit.errors';

export interface AuditEvent {
  readonly action: AuditAction;
  /** Defaults to `success`. */
  readonly outcome?: AuditOutcome;
  readonly recordType?: string;
  readonly recordId?: string;
  /** Ids, codes, counts and flags only (see audit-details.ts). */
  readonly details?: AuditDetails;
}

export interface RecordedAuditEntry {
  readonly id: string;
  readonly organizationId: string | null;
  readonly seq: number;
  readonly hash: string;
}

const EMAIL_HASH = /^[A-Za-z0-9:_-]{32,160}$/;
/** Entries per statement (17 parameters each, well under PostgreSQL's 65,535). */
const WRITE_EVERY = 500;

interface PendingEntry {
  readonly entry: AuditEntryRecord;
  readonly hash: string;
}

/** The head of a chain as this transaction left it, once it holds the chain's lock. */
interface HeldHead {
  readonly seq: number;
  readonly hash: string;
  readonly clock: Date;
}

@Injectable()
export class AuditService {
  /**
   * audit_chain_head() locks the chain until the transaction ends, so no one else can append to
   * it meanwhile: later entries of the same transaction follow the head it left without asking
   * again (an import of a thousand people writes thousands of entries in one transaction). The
   * database still checks every link (audit_entries_check_link).
   */
  private readonly heldHeads = new WeakMap<EntityManager, Map<string, HeldHead>>();
  /**
   * Entries chained but not yet written, per transaction: they go in as multi-row statements
   * before it commits (or when enough wait), so a unit of work that writes many entries pays one
   * round trip per batch instead of one per entry. They commit or roll back with the change all
   * the same; the database checks every link as before.
   */
  private readonly pending = new WeakMap<EntityManager, PendingEntry[]>();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly context: AuditRequestContext,
  ) {}

  /**
   * Appends one entry. The actor is the current request's (or the system's outside a request);
   * `actor` overrides parts of it, e.g. the user who has just signed in.
   *
   * Inside a tenant transaction the entry joins it (and its organization's chain) and commits or
   * rolls back with the change. Outside one it opens and commits its own transaction for the
   * actor's organization, or for the system chain when there is none.
   */
  async record(event: AuditEvent, actor: Partial<AuditActor> = {}): Promise<RecordedAuditEntry> {
    const who = this.resolveActor(actor);
    const open = this.openScope();
    if (open) {
      if (who.organizationId !== null && who.organizationId !== open.organizationId)
        throw new AuditEntryRejectedError(
          "the actor's organization is not the organization of the open transaction",
        );
      return this.append(open, who, event);
    }
    return this.transactions.run(who.organizationId, (scope) => this.append(scope, who, event));
  }

  /** Writes the open transaction's waiting entries now (before reading the trail back). */
  async flush(): Promise<void> {
    const open = this.openScope();
    if (open) await this.write(open.manager);
  }

  private resolveActor(override: Partial<AuditActor>): AuditActor {
    const base = this.context.actor() ?? SYSTEM_ACTOR;
    // An override of `undefined` keeps the request's value.
    const given = Object.fromEntries(
      Object.entries(override).filter(([, value]) => value !== undefined),
    ) as Partial<AuditActor>;
    const merged: AuditActor = { ...base, ...given };
    const kind =
      override.kind ?? (merged.userId ? 'user' : base.kind === 'system' ? 'system' : 'anonymous');
    if (merged.emailHash !== null && !EMAIL_HASH.test(merged.emailHash))
      throw new AuditEntryRejectedError('emailHash must be a keyed hash, never an e-mail');
    return { ...merged, kind };
  }

  private openScope(): TenantScope | undefined {
    try {
      return this.transactions.current;
    } catch {
      return undefined;
    }
  }

  private async append(
    scope: TenantScope,
    actor: AuditActor,
    event: AuditEvent,
  ): Promise<RecordedAuditEntry> {
    const { manager, organizationId } = scope;
    checkEvent(event);
    const chain = organizationId ?? 'system';
    const held = this.heldHeads.get(manager)?.get(chain);
    // Takes this chain's lock until the transaction ends: writers of one organization queue here.
    const [head] = held
      ? [
          {
            head_seq: String(held.seq),
            head_hash: held.hash,
            clock: new Date(Math.max(held.clock.getTime(), Date.now())),
          },
        ]
      : ((await manager.query(`SELECT head_seq, head_hash, clock FROM audit_chain_head()`)) as {
          head_seq: string;
          head_hash: string | null;
          clock: Date;
        }[]);
    const entry: AuditEntryRecord = {
      id: randomUUID(),
      organizationId,
      seq: Number(head.head_seq) + 1,
      occurredAt: head.clock,
      actorKind: actor.kind,
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorEmailHash: actor.emailHash,
      action: event.action,
      outcome: event.outcome ?? 'success',
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      ip: actor.ip,
      userAgent: actor.userAgent,
      requestId: actor.requestId,
      details: checkAuditDetails(event.details),
      prevHash: head.head_hash,
    };
    const hash = auditEntryHash(entry);
    let waiting = this.pending.get(manager);
    if (!waiting) {
      waiting = [];
      this.pending.set(manager, waiting);
      scope.beforeCommit(() => this.write(manager));
    }
    waiting.push({ entry, hash });
    const heads = this.heldHeads.get(manager) ?? new Map<string, HeldHead>();
    heads.set(chain, { seq: entry.seq, hash, clock: entry.occurredAt });
    this.heldHeads.set(manager, heads);
    if (waiting.length >= WRITE_EVERY) await this.write(manager);
    return { id: entry.id, organizationId, seq: entry.seq, hash };
  }

  /** The waiting entries of a transaction, in chain order, a batch per statement. */
  private async write(manager: EntityManager): Promise<void> {
    const waiting = this.pending.get(manager);
    if (!waiting || waiting.length === 0) return;
    const batch = waiting.splice(0, waiting.length);
    for (let start = 0; start < batch.length; start += WRITE_EVERY) {
      const rows = batch.slice(start, start + WRITE_EVERY);
      const params: unknown[] = [];
      const values = rows.map(({ entry, hash }) => {
        const first = params.length;
        params.push(...auditEntryFields(entry, (details) => JSON.stringify(details)), hash);
        const at = (n: number) => `$${first + n}`;
        return `(${at(1)}::uuid, ${at(2)}::uuid, ${at(3)}::bigint, ${at(4)}::timestamptz, ${at(5)}, ${at(6)}::uuid,
                 ${at(7)}, ${at(8)}, ${at(9)}, ${at(10)}, ${at(11)}, ${at(12)}, ${at(13)}, ${at(14)},
                 ${at(15)}::jsonb, ${at(16)}, ${at(17)})`;
      });
      // Rows go in in chain order; the link check of each sees those before it in the statement.
      // No RETURNING: the system chain is insert-only for the application role.
      await manager.query(
        `INSERT INTO audit_entries (id, organization_id, seq, occurred_at, actor_kind, actor_user_id,
           actor_email_hash, action, outcome, record_type, record_id, ip, user_agent, request_id,
           details, prev_hash, hash)
         VALUES ${values.join(', ')}`,
        params,
      );
    }
  }
}

/** Callers may cast: check at run time what the types promise. */
function checkEvent(event: AuditEvent): void {
  if (!(AUDIT_ACTIONS as readonly string[]).includes(event.action))
    throw new AuditEntryRejectedError('unknown action');
  if (event.outcome !== undefined && !(AUDIT_OUTCOMES as readonly string[]).includes(event.outcome))
    throw new AuditEntryRejectedError('unknown outcome');
  if (event.recordType !== undefined && !AUDIT_RECORD_TYPE_PATTERN.test(event.recordType))
    throw new AuditEntryRejectedError('recordType must be a lower-case record name');
  if (event.recordId !== undefined && !AUDIT_RECORD_ID_PATTERN.test(event.recordId))
    throw new AuditEntryRejectedError('recordId must be a record identifier');
}
