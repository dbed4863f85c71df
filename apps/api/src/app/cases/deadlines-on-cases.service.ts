// Events start deadlines: recording one computes its deadlines on the office's calendars, and
// correcting its time recomputes them, keeping the previous dates in history. A judge's override
// survives recomputation and stays flagged. Runs inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CaseDeadlineResponse, DeadlineMoveResponse } from '@amparo/contracts';
import { type ComputedDeadline, recordedStatusAt } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import { DeadlinePreviewService } from '../deadlines/deadline-preview.service';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import type { CaseEntity } from './case.entity';
import { CaseDeadlineEntity } from './case-deadline.entity';
import { toDeadlineResponse } from './case-deadline.mapper';
import { factsOf } from './deadline-facts';
import type { CaseEventEntity } from './case-event.entity';

@Injectable()
export class DeadlinesOnCases {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly engines: DeadlinePreviewService,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async listForCase(principal: Principal, caseId: string): Promise<CaseDeadlineResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    const deadlines = await this.transactions.manager.find(CaseDeadlineEntity, {
      where: { caseId },
      order: { dueAt: { direction: 'ASC', nulls: 'FIRST' }, ruleId: 'ASC' },
    });
    const now = new Date();
    return deadlines.map((deadline) => toDeadlineResponse(deadline, now));
  }

  /** Computes and stores the deadlines a newly recorded event starts. */
  async started(matter: CaseEntity, event: CaseEventEntity): Promise<void> {
    const { manager } = this.transactions.current;
    const deadlines = (await this.compute(matter, event)).map((computed) =>
      this.newDeadline(matter, event, computed),
    );
    if (deadlines.length === 0) return;
    // One statement for all of them (a retention starts three clocks; an intake, hundreds).
    await manager.insert(CaseDeadlineEntity, deadlines);
    for (const deadline of deadlines) await this.recordStarted(deadline);
  }

  /**
   * Recomputes the deadlines of a corrected event. The dates before are kept in history; an
   * override, a completion and a waiver stay as they are.
   */
  async recomputed(
    principal: Principal,
    matter: CaseEntity,
    event: CaseEventEntity,
    reason: string,
  ): Promise<void> {
    const { manager } = this.transactions.current;
    const existing = await manager.find(CaseDeadlineEntity, {
      where: { eventId: event.id },
      lock: { mode: 'pessimistic_write' },
    });
    const now = new Date();
    for (const computed of await this.compute(matter, event)) {
      const deadline = existing.find((row) => row.ruleId === computed.ruleId);
      if (!deadline) {
        await this.startedOne(matter, event, computed);
        continue;
      }
      deadline.history = [
        ...deadline.history,
        {
          change: 'recomputed',
          at: now.toISOString(),
          by: principal.userId,
          dueAt: deadline.dueAt?.toISOString() ?? null,
          latestDueAt: deadline.latestDueAt?.toISOString() ?? null,
          overrideDueAt: deadline.overrideDueAt?.toISOString() ?? null,
          status: deadline.status,
          reason,
        },
      ];
      Object.assign(deadline, computedColumns(computed));
      deadline.status = recomputedStatus(deadline, now);
      await manager.save(deadline);
      await this.audit.record({
        action: 'record.updated',
        recordType: 'case_deadline',
        recordId: deadline.id,
        details: { change: auditCode('recomputed'), rule: auditCode(deadline.ruleId) },
      });
    }
  }

  /**
   * What correcting `event` to `corrected` would do to its clocks, without doing it: each deadline
   * it would move (its effective due instant or latest reading), reopen (missed only because of
   * the old time) or start. A met or waived deadline keeps its outcome: moving it changes nothing
   * anyone counts on, so it is not listed.
   */
  async movesOf(
    matter: CaseEntity,
    event: CaseEventEntity,
    corrected: { occurredAt: Date; timeZone: string },
  ): Promise<DeadlineMoveResponse[]> {
    const existing = await this.transactions.manager.find(CaseDeadlineEntity, {
      where: { eventId: event.id },
    });
    const now = new Date();
    const moves: DeadlineMoveResponse[] = [];
    for (const computed of await this.compute(matter, { ...event, ...corrected })) {
      const before = existing.find((row) => row.ruleId === computed.ruleId);
      if (!before) {
        moves.push({
          deadlineId: null,
          ruleId: computed.ruleId,
          title: computed.title,
          change: 'starts',
          from: null,
          to: { dueAt: computed.dueAt ?? null, latestDueAt: computed.latestDueAt ?? null },
        });
        continue;
      }
      if (before.status === 'met' || before.status === 'waived') continue;
      const after = Object.assign(new CaseDeadlineEntity(), before, computedColumns(computed));
      after.status = recomputedStatus(after, now);
      const from = effectiveReadings(before);
      const to = effectiveReadings(after);
      const reopens =
        recordedStatusAt(factsOf(before), now) === 'missed' && after.status !== 'missed';
      if (!reopens && from.dueAt === to.dueAt && from.latestDueAt === to.latestDueAt) continue;
      moves.push({
        deadlineId: before.id,
        ruleId: before.ruleId,
        title: computed.title,
        change: reopens ? 'reopens' : 'moves',
        from,
        to,
      });
    }
    return moves;
  }

  private async startedOne(
    matter: CaseEntity,
    event: CaseEventEntity,
    computed: ComputedDeadline,
  ): Promise<void> {
    const deadline = this.newDeadline(matter, event, computed);
    await this.transactions.manager.insert(CaseDeadlineEntity, deadline);
    await this.recordStarted(deadline);
  }

  private newDeadline(
    matter: CaseEntity,
    event: CaseEventEntity,
    computed: ComputedDeadline,
  ): CaseDeadlineEntity {
    return this.transactions.manager.create(CaseDeadlineEntity, {
      id: randomUUID(),
      organizationId: matter.organizationId,
      caseId: matter.id,
      eventId: event.id,
      ...computedColumns(computed),
      status: 'open',
      history: [],
    });
  }

  private async recordStarted(deadline: CaseDeadlineEntity): Promise<void> {
    await this.audit.record({
      action: 'record.created',
      recordType: 'case_deadline',
      recordId: deadline.id,
      details: { rule: auditCode(deadline.ruleId) },
    });
  }

  private async compute(
    matter: CaseEntity,
    event: Pick<CaseEventEntity, 'eventType' | 'occurredAt' | 'timeZone'>,
  ): Promise<ComputedDeadline[]> {
    const engine = await this.engines.officeEngine();
    return engine.compute({
      jurisdiction: matter.jurisdiction,
      procedure: matter.procedure,
      eventType: event.eventType,
      occurredAt: event.occurredAt.toISOString(),
      timeZone: event.timeZone,
    });
  }
}

/** The columns a computation sets; recomputation replaces exactly these. */
export function computedColumns(computed: ComputedDeadline): Partial<CaseDeadlineEntity> {
  return {
    ruleId: computed.ruleId,
    packVersion: computed.packVersion,
    kind: computed.kind,
    title: computed.title,
    dueAt: computed.dueAt ? new Date(computed.dueAt) : null,
    latestDueAt: computed.latestDueAt ? new Date(computed.latestDueAt) : null,
    timeZone: computed.timeZone,
    basis: computed.basis,
    citation: computed.citation,
    statusOfRule: computed.status,
    urgent: computed.urgent,
    party: computed.party,
    completionRecords: computed.completionRecords ?? null,
  };
}

/**
 * A recomputed deadline's status: one marked missed only because of the old time opens again
 * (or stays overridden) when the new one is ahead; a completion or waiver stands.
 */
export function recomputedStatus(
  deadline: CaseDeadlineEntity,
  now: Date,
): CaseDeadlineEntity['status'] {
  const reopened =
    deadline.status === 'missed' && !deadline.completedAt && !deadline.waivedAt
      ? deadline.overrideDueAt
        ? 'overridden'
        : 'open'
      : deadline.status;
  return recordedStatusAt({ ...factsOf(deadline), status: reopened }, now);
}

/** The instants a deadline is worked to: a judge's override wins over both readings. */
function effectiveReadings(deadline: CaseDeadlineEntity): {
  dueAt: string | null;
  latestDueAt: string | null;
} {
  const iso = (value: Date | null) => (value ? value.toISOString() : null);
  return {
    dueAt: iso(deadline.overrideDueAt ?? deadline.dueAt),
    latestDueAt: iso(deadline.overrideDueAt ?? deadline.latestDueAt),
  };
}
