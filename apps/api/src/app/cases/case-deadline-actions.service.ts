// What people do about a case's deadline: an attorney completes it (recording the event that
// starts the next clock, when the rule says so) or overrides it with a judge's order; a supervisor
// waives it with a reason. Every action is audited and checks the version the member saw.
import { Injectable } from '@nestjs/common';
import type {
  CaseDeadlineResponse,
  CompleteDeadlineDto,
  DeadlineQueryDto,
  OverrideDeadlineDto,
  WaiveDeadlineDto,
} from '@amparo/contracts';
import { NotFoundError } from '@amparo/domain';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { CaseEntity } from './case.entity';
import {
  CaseDeadlineEntity,
  type CaseDeadlineHistoryEntry,
  type CaseDeadlineStatus,
} from './case-deadline.entity';
import { statusAt, toDeadlineResponse } from './case-deadline.mapper';
import { CaseEventsService } from './case-events.service';
import { CaseMemberEntity } from './case-member.entity';
import { invalidField, staleRecord } from './cases.errors';
import { deadlineClosed, deadlineNotFound } from './case-deadlines.errors';

/** The supervisor's audit window: what falls due in the next 48 hours. */
const AUDIT_WINDOW_MS = 48 * 3_600_000;
type Change = CaseDeadlineHistoryEntry['change'];

@Injectable()
export class CaseDeadlineActionsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
    private readonly events: CaseEventsService,
    private readonly audit: AuditService,
  ) {}

  async complete(
    principal: Principal,
    id: string,
    input: CompleteDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    const deadline = await this.actionable(principal, id, 'write', input.version);
    this.change(deadline, principal, 'completed');
    deadline.status = 'met';
    deadline.completedBy = principal.userId;
    deadline.completedAt = new Date();
    deadline.completionNote = input.note?.trim() || null;
    const saved = await this.save(deadline, 'completed');
    if (saved.completionRecords) {
      await this.events.record(principal, saved.caseId, {
        eventType: saved.completionRecords,
        occurredAt: saved.completedAt?.toISOString() ?? new Date().toISOString(),
        timeZone: saved.timeZone,
        source: 'deadline-completed',
      });
    }
    return toDeadlineResponse(saved, new Date());
  }

  async override(
    principal: Principal,
    id: string,
    input: OverrideDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    const dueAt = new Date(input.dueAt);
    if (Number.isNaN(dueAt.getTime())) {
      throw invalidField('DEADLINE_INVALID_INSTANT', 'dueAt', 'dueAt is not a real date and time');
    }
    const deadline = await this.actionable(principal, id, 'write', input.version);
    this.change(deadline, principal, 'overridden', input.reason.trim());
    deadline.status = 'overridden';
    deadline.overrideDueAt = dueAt;
    deadline.overrideReason = input.reason.trim();
    deadline.overriddenBy = principal.userId;
    deadline.overriddenAt = new Date();
    deadline.status = statusAt(deadline, new Date());
    return toDeadlineResponse(await this.save(deadline, 'overridden'), new Date());
  }

  async waive(
    principal: Principal,
    id: string,
    input: WaiveDeadlineDto,
  ): Promise<CaseDeadlineResponse> {
    // Supervisors read every case of the office; waiving is theirs, not the case team's.
    const deadline = await this.actionable(principal, id, 'read', input.version);
    this.change(deadline, principal, 'waived', input.reason.trim());
    deadline.status = 'waived';
    deadline.waivedReason = input.reason.trim();
    deadline.waivedBy = principal.userId;
    deadline.waivedAt = new Date();
    return toDeadlineResponse(await this.save(deadline, 'waived'), new Date());
  }

  /**
   * Supervisors see the whole office (by default the audit view: due in the next 48 hours,
   * missed, waived); others see the deadlines of the cases they may read.
   */
  async list(principal: Principal, query: DeadlineQueryDto): Promise<CaseDeadlineResponse[]> {
    const manager = this.transactions.manager;
    const now = new Date();
    let caseIds: string[] | undefined;
    if (query.assignee) {
      const led = await manager.findBy(CaseEntity, { leadAttorneyId: query.assignee });
      const assigned = await manager.findBy(CaseMemberEntity, { userId: query.assignee });
      caseIds = [...new Set([...led.map((c) => c.id), ...assigned.map((m) => m.caseId)])];
    }
    const rows = await manager.find(CaseDeadlineEntity, {
      where: caseIds ? { caseId: In(caseIds) } : {},
      order: { dueAt: { direction: 'ASC', nulls: 'FIRST' }, ruleId: 'ASC' },
    });
    const supervisor = principal.roles.includes('supervisor');
    const readable = supervisor ? undefined : await this.readableCases(principal, rows);
    const dueBefore = query.dueBefore ? new Date(query.dueBefore) : undefined;
    const auditView = supervisor && !query.status && !query.dueBefore;
    const listed = rows
      .filter((row) => !readable || readable.has(row.caseId))
      .map((row) => toDeadlineResponse(row, now))
      .filter((row) => !query.status || row.status === query.status)
      .filter(
        (row) =>
          !dueBefore || (row.effectiveDueAt !== null && new Date(row.effectiveDueAt) < dueBefore),
      )
      .filter((row) => !auditView || inAuditView(row, now));
    // A list across cases names each row's case, so screens can link and group without N reads.
    const ids = [...new Set(listed.map((row) => row.caseId))];
    const cases = ids.length
      ? await manager.find(CaseEntity, {
          where: { id: In(ids) },
          select: { id: true, reference: true, leadAttorneyId: true },
        })
      : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    return listed.map((row) => ({
      ...row,
      caseReference: byId.get(row.caseId)?.reference ?? '',
      leadAttorneyId: byId.get(row.caseId)?.leadAttorneyId ?? null,
    }));
  }

  private async readableCases(
    principal: Principal,
    rows: readonly CaseDeadlineEntity[],
  ): Promise<Set<string>> {
    const readable = new Set<string>();
    for (const caseId of new Set(rows.map((row) => row.caseId))) {
      try {
        await this.access.requireCase(principal, caseId, 'read');
        readable.add(caseId);
      } catch {
        // not readable by this member: left out
      }
    }
    return readable;
  }

  /** Loads and locks the deadline, checks access, version, and that it is still open. */
  private async actionable(
    principal: Principal,
    id: string,
    mode: 'read' | 'write',
    version: number,
  ): Promise<CaseDeadlineEntity> {
    const { manager } = this.transactions.current;
    const deadline = await manager.findOne(CaseDeadlineEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!deadline) throw deadlineNotFound();
    try {
      await this.access.requireCase(principal, deadline.caseId, mode);
    } catch (error) {
      if (error instanceof NotFoundError) throw deadlineNotFound();
      throw error;
    }
    const now = new Date();
    if (deadline.version !== version) {
      throw staleRecord('deadline', toDeadlineResponse(deadline, now));
    }
    const current = statusAt(deadline, now);
    if (current === 'missed' && deadline.status !== 'missed') {
      this.change(deadline, null, 'missed');
      deadline.status = 'missed';
    }
    if (!isActionable(deadline.status)) throw deadlineClosed(deadline.status);
    return deadline;
  }

  private change(
    deadline: CaseDeadlineEntity,
    principal: Principal | null,
    change: Change,
    reason?: string,
  ): void {
    const entry: CaseDeadlineHistoryEntry = {
      change,
      at: new Date().toISOString(),
      by: principal?.userId ?? null,
      dueAt: deadline.dueAt?.toISOString() ?? null,
      latestDueAt: deadline.latestDueAt?.toISOString() ?? null,
      overrideDueAt: deadline.overrideDueAt?.toISOString() ?? null,
      status: deadline.status,
      ...(reason ? { reason } : {}),
    };
    deadline.history = [...deadline.history, entry];
  }

  private async save(deadline: CaseDeadlineEntity, change: Change): Promise<CaseDeadlineEntity> {
    const saved = await this.transactions.current.manager.save(deadline);
    await this.audit.record({
      action: 'record.updated',
      recordType: 'case_deadline',
      recordId: saved.id,
      details: { change: auditCode(change), rule: auditCode(saved.ruleId) },
    });
    return saved;
  }
}

function isActionable(status: CaseDeadlineStatus): boolean {
  return status === 'open' || status === 'overridden' || status === 'missed';
}

function inAuditView(row: CaseDeadlineResponse, now: Date): boolean {
  if (row.status === 'missed' || row.status === 'waived') return true;
  if (row.status !== 'open' && row.status !== 'overridden') return false;
  const due = row.effectiveDueAt ? new Date(row.effectiveDueAt).getTime() : null;
  return due === null ? row.urgent : due <= now.getTime() + AUDIT_WINDOW_MS;
}
