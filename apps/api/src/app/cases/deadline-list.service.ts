// Deadlines across cases: the calendar's (a member's cases, or the office's for supervisors) and
// the supervisor's audit view (due in the next 48 hours, missed, waived). The member's reach, the
// assignee and the dates narrow the rows in SQL, so an office of ten thousand cases reads only
// what the screen shows; the exact status as of now is then decided the one way the mapper does.
import { Injectable } from '@nestjs/common';
import type { CaseDeadlineResponse, DeadlineQueryDto } from '@amparo/contracts';
import { In, type SelectQueryBuilder } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { CaseEntity } from './case.entity';
import { CaseDeadlineEntity } from './case-deadline.entity';
import { toDeadlineResponse } from './case-deadline.mapper';

/** The supervisor's audit window: what falls due in the next 48 hours. */
const AUDIT_WINDOW_MS = 48 * 3_600_000;
const EFFECTIVE_DUE = 'coalesce(d.override_due_at, d.due_at)';
/** Still running: an open or overridden deadline reads missed once past its end. */
const RUNNING = `d.status IN ('open', 'overridden')`;

@Injectable()
export class DeadlineListService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
  ) {}

  /**
   * Supervisors see the whole office (by default the audit view: due in the next 48 hours,
   * missed, waived); others see the deadlines of the cases they may read.
   */
  async list(principal: Principal, query: DeadlineQueryDto): Promise<CaseDeadlineResponse[]> {
    const reach = await this.access.readReach(principal);
    if (reach === 'none') return [];
    const now = new Date();
    const supervisor = principal.roles.includes('supervisor');
    const auditView = supervisor && !query.status && !query.dueBefore && !query.dueAfter;
    const manager = this.transactions.manager;
    const rows = manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .orderBy('d.dueAt', 'ASC', 'NULLS FIRST')
      .addOrderBy('d.ruleId', 'ASC')
      .addOrderBy('d.id', 'ASC');
    if (reach === 'assigned') onCasesOf(rows, principal.userId, 'reader');
    if (query.assignee) onCasesOf(rows, query.assignee, 'assignee');
    if (query.dueBefore)
      rows.andWhere(`${EFFECTIVE_DUE} < :dueBefore`, { dueBefore: new Date(query.dueBefore) });
    if (query.dueAfter)
      rows.andWhere(`${EFFECTIVE_DUE} >= :dueAfter`, { dueAfter: new Date(query.dueAfter) });
    if (query.status === 'missed') rows.andWhere(`(d.status = 'missed' OR ${RUNNING})`);
    else if (query.status) rows.andWhere('d.status = :status', { status: query.status });
    if (auditView)
      rows.andWhere(
        `(d.status IN ('missed', 'waived') OR (${RUNNING} AND (${EFFECTIVE_DUE} <= :windowEnd
           OR (${EFFECTIVE_DUE} IS NULL AND d.urgent))))`,
        { windowEnd: new Date(now.getTime() + AUDIT_WINDOW_MS) },
      );
    // The status as of now decides (an open deadline past its end is missed).
    const listed = (await rows.getMany())
      .map((row) => toDeadlineResponse(row, now))
      .filter((row) => !query.status || row.status === query.status);
    return this.withCases(listed);
  }

  /** A list across cases names each row's case, so screens can link and group without N reads. */
  private async withCases(listed: CaseDeadlineResponse[]): Promise<CaseDeadlineResponse[]> {
    const ids = [...new Set(listed.map((row) => row.caseId))];
    const cases = ids.length
      ? await this.transactions.manager.find(CaseEntity, {
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
}

/** Only the deadlines of cases the member leads or is assigned to. */
function onCasesOf(
  rows: SelectQueryBuilder<CaseDeadlineEntity>,
  userId: string,
  name: string,
): void {
  rows.andWhere(
    `d.case_id IN (SELECT c.id FROM cases c WHERE c.lead_attorney_id = :${name}
                   UNION ALL SELECT m.case_id FROM case_members m WHERE m.user_id = :${name})`,
    { [name]: userId },
  );
}
