// When a rule pack's new version ships, the deadlines computed under an older version are computed
// again from their own events, one office at a time: the dates before go to the deadline's history
// with the reason, the case's attorneys get a rule-change notice, and supervisors see it pending
// until an attorney acknowledges it. A date never moves silently.
//
// Safe to run on every start and on several instances at once: each batch takes its deadlines
// FOR NO KEY UPDATE SKIP LOCKED (with their cases, in the one lock order of every writer), a
// recomputed deadline carries the new version and is not taken again, a deadline that can only be
// flagged is not taken again once its notice exists (one per deadline and version), a new clock is
// inserted ON CONFLICT DO NOTHING, and notifications are deduplicated by key.
import { setTimeout as delay } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import {
  type ComputedDeadline,
  type DeadlineEngine,
  DeadlineError,
  describeRuleChanges,
  type RuleAspect,
  type RuleChangeOutcome,
  ruleChangeNeedsNotice,
  ruleChangeNotice,
  ruleChangesSince,
  shippedRulePacks,
} from '@amparo/domain';
import { auditCode } from '../audit/audit-details';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { CaseEventEntity } from '../cases/case-event.entity';
import { computedColumns, recomputedStatus } from '../cases/deadlines-on-cases.service';
import { TenantTransactions } from '../database/tenant-transactions';
import { DeadlinePreviewService } from '../deadlines/deadline-preview.service';
import { Clock } from '../notifications/clock';
import { NotificationsService } from '../notifications/notifications.service';
import { DeadlineRuleChangeEntity } from './deadline-rule-change.entity';

/** Deadlines per transaction: short enough that requests go on between batches. */
const BATCH = 50;
/** Pauses (growing) for deadlines another transaction held, before leaving them for next time. */
const WAITS_FOR_HELD_ROWS = 5;

export interface RuleChangeReport {
  /** Deadlines computed again under the current version (dates moved or not). */
  recomputed: number;
  /** Of those, the ones whose date moved. */
  moved: number;
  /** Clocks a new rule starts from an event already recorded (still running). */
  started: number;
  /** Deadlines whose rule no longer runs from their event: kept, flagged. */
  flagged: number;
  /** Rule-change notices recorded (each waits for an attorney's acknowledgement). */
  notices: number;
  /** Deadlines still held by other transactions at the end: the next start takes them. */
  leftForNextStart: number;
}

interface Readings {
  dueAt: Date | null;
  latestDueAt: Date | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const readingsOf = (d: Pick<CaseDeadlineEntity, 'dueAt' | 'latestDueAt'>): Readings => ({
  dueAt: d.dueAt,
  latestDueAt: d.latestDueAt,
});
const sameReadings = (a: Readings, b: Readings) =>
  iso(a.dueAt) === iso(b.dueAt) && iso(a.latestDueAt) === iso(b.latestDueAt);

@Injectable()
export class RuleChangeRecomputation {
  /** The version each jurisdiction's deadlines should carry: the shipped pack's. */
  private readonly currentVersions = new Map(
    shippedRulePacks()
      .all()
      .map((pack) => [pack.jurisdiction as string, pack.version]),
  );

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly engines: DeadlinePreviewService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async recompute(organizationId: string): Promise<RuleChangeReport> {
    const report: RuleChangeReport = {
      recomputed: 0,
      moved: 0,
      started: 0,
      flagged: 0,
      notices: 0,
      leftForNextStart: 0,
    };
    for (let wait = 0; ; wait += 1) {
      for (let taken = BATCH; taken > 0;) {
        taken = await this.transactions.run(organizationId, () => this.batch(report));
      }
      // Deadlines someone else held (a member's edit, the minute sweep, another instance) were
      // skipped: wait for them a little, then leave what remains to the next start.
      const left = await this.transactions.run(organizationId, () => this.staleCount());
      if (left === 0 || wait >= WAITS_FOR_HELD_ROWS) {
        report.leftForNextStart = left;
        return report;
      }
      await delay(100 * (wait + 1));
    }
  }

  /** Deadlines still to do: open, overridden or missed, under an older version, not flagged yet. */
  private staleQuery(select: string, tail = ''): [string, unknown[]] {
    const jurisdictions = [...this.currentVersions.keys()];
    const versions = jurisdictions.map((j) => this.currentVersions.get(j));
    return [
      `SELECT ${select} FROM case_deadlines d
         JOIN cases c ON c.id = d.case_id AND c.archived_at IS NULL
         JOIN unnest($1::text[], $2::text[]) AS v(jurisdiction, version)
           ON v.jurisdiction = c.jurisdiction
        WHERE d.status IN ('open', 'overridden', 'missed')
          AND d.pack_version <> v.version
          AND NOT EXISTS (SELECT 1 FROM deadline_rule_changes r
                           WHERE r.deadline_id = d.id AND r.to_version = v.version)
        ${tail}`,
      [jurisdictions, versions],
    ];
  }

  private async staleCount(): Promise<number> {
    const [sql, params] = this.staleQuery('count(*)::int AS n');
    const rows: { n: number }[] = await this.transactions.manager.query(sql, params);
    return rows[0]?.n ?? 0;
  }

  /** One batch in the current transaction; answers how many deadlines it took. */
  private async batch(report: RuleChangeReport): Promise<number> {
    const manager = this.transactions.manager;
    const [sql, params] = this.staleQuery(
      'd.id',
      `ORDER BY d.id LIMIT ${BATCH} FOR NO KEY UPDATE OF d, c SKIP LOCKED`,
    );
    const ids = ((await manager.query(sql, params)) as { id: string }[]).map((row) => row.id);
    if (ids.length === 0) return 0;
    const stale = await manager.findBy(CaseDeadlineEntity, { id: In(ids) });
    const eventIds = [...new Set(stale.map((d) => d.eventId))];
    const events = new Map(
      (await manager.findBy(CaseEventEntity, { id: In(eventIds) })).map((e) => [e.id, e]),
    );
    const cases = new Map(
      (await manager.findBy(CaseEntity, { id: In([...new Set(stale.map((d) => d.caseId))]) })).map(
        (c) => [c.id, c],
      ),
    );
    const engine = await this.engines.officeEngine();
    const now = this.clock.now();
    for (const eventId of eventIds) {
      const event = events.get(eventId);
      const ofEvent = stale.filter((d) => d.eventId === eventId);
      const matter = cases.get(ofEvent[0].caseId);
      if (!event || !matter) continue;
      const computed = computeQuietly(engine, matter, event);
      for (const deadline of ofEvent)
        await this.recomputeOne(deadline, matter, computed, now, report);
      await this.startNewClocks(matter, event, computed, now, report);
    }
    return ids.length;
  }

  private async recomputeOne(
    deadline: CaseDeadlineEntity,
    matter: CaseEntity,
    computed: readonly ComputedDeadline[],
    now: Date,
    report: RuleChangeReport,
  ): Promise<void> {
    const manager = this.transactions.manager;
    const from = deadline.packVersion;
    const to = this.currentVersions.get(matter.jurisdiction) ?? from;
    const steps = ruleChangesSince(matter.jurisdiction, deadline.ruleId, from);
    const reason = describeRuleChanges(steps, from, to);
    const aspects = [...new Set(steps.flatMap((step) => step.aspects))];
    const fresh = computed.find((c) => c.ruleId === deadline.ruleId);
    const before = readingsOf(deadline);
    const entry = {
      change: 'rule-changed' as const,
      at: now.toISOString(),
      by: null,
      dueAt: iso(deadline.dueAt),
      latestDueAt: iso(deadline.latestDueAt),
      overrideDueAt: iso(deadline.overrideDueAt),
      status: deadline.status,
    };
    let outcome: RuleChangeOutcome;
    let after: Readings | null;
    if (fresh) {
      Object.assign(deadline, computedColumns(fresh));
      deadline.status = recomputedStatus(deadline, now);
      after = readingsOf(deadline);
      outcome = sameReadings(before, after) ? 'unchanged' : 'moved';
      deadline.history = [...deadline.history, { ...entry, reason: `${reason.en}` }];
      report.recomputed += 1;
      if (outcome === 'moved') report.moved += 1;
    } else {
      // The rule no longer runs from this event (its trigger changed): nothing to compute it
      // from. The date stays, never deleted; the notice says it may be wrong.
      outcome = 'no-longer-started';
      after = null;
      deadline.history = [
        ...deadline.history,
        {
          ...entry,
          reason: `Rule pack ${to}: this rule no longer runs from this event; the date is kept, flagged. ${reason.en}`,
        },
      ];
      report.flagged += 1;
    }
    await manager.save(deadline);
    await this.audit.record(
      {
        action: 'record.updated',
        recordType: 'case_deadline',
        recordId: deadline.id,
        details: {
          change: auditCode('rule_changed'),
          rule: auditCode(deadline.ruleId),
          outcome: auditCode(outcome),
        },
      },
      { organizationId: matter.organizationId },
    );
    if (outcome === 'no-longer-started' || ruleChangeNeedsNotice(outcome, steps))
      await this.notice(report, matter, deadline, {
        from,
        to,
        outcome,
        before,
        after,
        reason,
        aspects,
      });
  }

  /**
   * Rules new in the current version that the same event starts, whose clock still runs: a
   * recorded sanction now also starts Peru's appeal. Clocks already over are not started (they
   * would only read as missed for a rule that did not exist when they ran).
   */
  private async startNewClocks(
    matter: CaseEntity,
    event: CaseEventEntity,
    computed: readonly ComputedDeadline[],
    now: Date,
    report: RuleChangeReport,
  ): Promise<void> {
    const manager = this.transactions.manager;
    const existing = new Set(
      (await manager.findBy(CaseDeadlineEntity, { eventId: event.id })).map((d) => d.ruleId),
    );
    const to = this.currentVersions.get(matter.jurisdiction) ?? '';
    for (const fresh of computed) {
      const end = fresh.latestDueAt ?? fresh.dueAt;
      if (existing.has(fresh.ruleId) || fresh.kind !== 'due' || !end) continue;
      if (Date.parse(end) <= now.getTime()) continue;
      const deadline = manager.create(CaseDeadlineEntity, {
        organizationId: matter.organizationId,
        caseId: matter.id,
        eventId: event.id,
        ...computedColumns(fresh),
        status: 'open',
        history: [],
      });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseDeadlineEntity)
        .values(deadline)
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) continue; // another instance started it first
      deadline.id = id;
      report.started += 1;
      await this.audit.record(
        {
          action: 'record.created',
          recordType: 'case_deadline',
          recordId: id,
          details: { rule: auditCode(fresh.ruleId), change: auditCode('rule_changed') },
        },
        { organizationId: matter.organizationId },
      );
      const steps = ruleChangesSince(matter.jurisdiction, fresh.ruleId, '0.0.0');
      await this.notice(report, matter, deadline, {
        from: null,
        to,
        outcome: 'starts',
        before: null,
        after: readingsOf(deadline),
        reason: describeRuleChanges(
          steps.filter((step) => step.kind === 'added'),
          null,
          to,
        ),
        aspects: [],
      });
    }
  }

  /** Records the notice (once per deadline and version) and tells the case's attorneys. */
  private async notice(
    report: RuleChangeReport,
    matter: CaseEntity,
    deadline: CaseDeadlineEntity,
    change: {
      from: string | null;
      to: string;
      outcome: RuleChangeOutcome;
      before: Readings | null;
      after: Readings | null;
      reason: { en: string; es: string };
      aspects: RuleAspect[];
    },
  ): Promise<void> {
    const manager = this.transactions.manager;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(DeadlineRuleChangeEntity)
      .values({
        organizationId: matter.organizationId,
        caseId: matter.id,
        deadlineId: deadline.id,
        ruleId: deadline.ruleId,
        fromVersion: change.from,
        toVersion: change.to,
        outcome: change.outcome,
        dueBefore: change.before?.dueAt ?? null,
        latestBefore: change.before?.latestDueAt ?? null,
        dueAfter: change.after?.dueAt ?? null,
        latestAfter: change.after?.latestDueAt ?? null,
        overrideDueAt: deadline.overrideDueAt,
        timeZone: deadline.timeZone,
        reason: change.reason,
        aspects: change.aspects,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return;
    report.notices += 1;
    const ms = (value: Date | null | undefined) => (value ? value.getTime() : null);
    const side = (r: Readings | null) =>
      r ? { dueAtMs: ms(r.dueAt), latestDueAtMs: ms(r.latestDueAt) } : null;
    await this.notifications.notify(await caseAttorneys(manager, matter.id), {
      kind: 'deadline.rule-changed',
      caseId: matter.id,
      deadlineId: deadline.id,
      ...ruleChangeNotice({
        caseReference: matter.reference,
        ruleTitle: deadline.title,
        outcome: change.outcome,
        fromVersion: change.from,
        toVersion: change.to,
        before: side(change.before),
        after: side(change.after),
        overrideDueAtMs: ms(deadline.overrideDueAt),
        timeZone: deadline.timeZone,
        reason: change.reason,
      }),
      data: {
        caseReference: matter.reference,
        ruleId: deadline.ruleId,
        dueAt: iso(change.after?.dueAt ?? change.before?.dueAt ?? null),
        timeZone: deadline.timeZone,
        fromVersion: change.from,
        toVersion: change.to,
        outcome: change.outcome,
      },
      dedupeKey: `rule-change:${deadline.id}:${change.to}`,
    });
  }
}

/** The case's attorneys (its lead and any assigned attorney), not disabled: whose date it is. */
async function caseAttorneys(manager: EntityManager, caseId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u
      WHERE u.disabled_at IS NULL AND 'attorney' = ANY(u.roles)
        AND (u.id = (SELECT lead_attorney_id FROM cases WHERE id = $1)
             OR u.id IN (SELECT user_id FROM case_members WHERE case_id = $1))
      ORDER BY u.id`,
    [caseId],
  );
  return rows.map((row) => row.id);
}

/**
 * The deadlines the current packs compute from an event. A case whose procedure or event type a
 * pack no longer knows computes nothing (its deadlines are then flagged, never dropped).
 */
function computeQuietly(
  engine: DeadlineEngine,
  matter: CaseEntity,
  event: CaseEventEntity,
): ComputedDeadline[] {
  try {
    return engine.compute({
      jurisdiction: matter.jurisdiction,
      procedure: matter.procedure,
      eventType: event.eventType,
      occurredAt: event.occurredAt.toISOString(),
      timeZone: event.timeZone,
    });
  } catch (error) {
    if (error instanceof DeadlineError) return [];
    throw error;
  }
}
