// What people do about a case's deadline: an attorney completes it (recording the event that
// starts the next clock, when the rule says so) or overrides it with a judge's order; a supervisor
// waives it with a reason. Every action is audited and checks the version the member saw.
import { Injectable } from '@nestjs/common';
import { recordedStatusAt } from '@amparo/domain';
import type {
  CaseDeadlineResponse,
  CompleteDeadlineDto,
  OverrideDeadlineDto,
  WaiveDeadlineDto,
} from '@amparo/contracts';
import { AuditService } from '../audit/audit.service';
import { auditCode } from '../audit/audit-details';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import {
  CaseDeadlineEntity,
  type CaseDeadlineHistoryEntry,
  type CaseDeadlineStatus,
} from './case-deadline.entity';
import { toDeadlineResponse } from './case-deadline.mapper';
import { factsOf } from './deadline-facts';
import { CaseEventsService } from './case-events.service';
import { invalidField, staleRecord } from './cases.errors';
import { deadlineClosed, deadlineNotFound } from './case-deadlines.errors';

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
    deadline.status = recordedStatusAt(factsOf(deadline), new Date());
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

  /** Locks the case and then the deadline, checks access, version, and that it is still open. */
  private async actionable(
    principal: Principal,
    id: string,
    mode: 'read' | 'write',
    version: number,
  ): Promise<CaseDeadlineEntity> {
    const { record: deadline } = await this.access.requireCaseRecord(
      principal,
      CaseDeadlineEntity,
      id,
      mode,
      deadlineNotFound,
    );
    const now = new Date();
    if (deadline.version !== version) {
      throw staleRecord('deadline', toDeadlineResponse(deadline, now));
    }
    const current = recordedStatusAt(factsOf(deadline), now);
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
