// Rule-change notices as people work them: supervisors list the office's pending ones, a case's
// team reads its own, and an attorney of the case acknowledges one once they have checked the date.
import { Inject, Injectable } from '@nestjs/common';
import type {
  AcknowledgeRuleChangeDto,
  RuleChangeNoticePage,
  RuleChangeNoticeQueryDto,
  RuleChangeNoticeResponse,
} from '@amparo/contracts';
import type { Bilingual } from '@amparo/domain';
import { AuditService } from '../audit/audit.service';
import { auditId } from '../audit/audit-details';
import { CaseAccess } from '../cases/case-access.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { FOR_CHANGE } from '../database/row-lock';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { Clock } from '../notifications/clock';
import { DeadlineRuleChangeEntity } from './deadline-rule-change.entity';
import { toRuleChangeResponse } from './rule-change-notice.mapper';
import { ruleChangeAlreadyAcknowledged, ruleChangeNotFound } from './rule-changes.errors';

/** The most a list answers at once; `total` says how many there are. */
export const RULE_CHANGE_LIST_LIMIT = 200;

interface Joined {
  case_reference: string;
  lead_attorney_id: string | null;
  rule_title: Bilingual;
}

@Injectable()
export class RuleChangeNoticesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * The office's notices for supervisors: pending ones (no attorney has acknowledged them) the
   * longest waiting first, or all of them newest first.
   */
  async list(query: RuleChangeNoticeQueryDto): Promise<RuleChangeNoticePage> {
    const pending = (query.status ?? 'pending') === 'pending';
    const base = this.joined();
    if (pending) base.where('r.acknowledged_at IS NULL');
    const total = await base.getCount();
    const items = await this.read(
      base
        .orderBy('r.created_at', pending ? 'ASC' : 'DESC')
        .addOrderBy('r.id', 'ASC')
        .limit(RULE_CHANGE_LIST_LIMIT),
    );
    return { items, total };
  }

  /** A case's notices, newest first, for whoever may read the case. */
  async forCase(principal: Principal, caseId: string): Promise<RuleChangeNoticeResponse[]> {
    await this.access.requireCase(principal, caseId, 'read');
    return this.read(
      this.joined().where('r.case_id = :caseId', { caseId }).orderBy('r.created_at', 'DESC'),
    );
  }

  /** An attorney of the case says they have checked the new date. Once: again is a 409. */
  async acknowledge(
    principal: Principal,
    id: string,
    input: AcknowledgeRuleChangeDto,
  ): Promise<RuleChangeNoticeResponse> {
    const manager = this.transactions.manager;
    const found = await manager.findOneBy(DeadlineRuleChangeEntity, { id });
    if (!found) throw ruleChangeNotFound();
    // The case first (every writer's lock order), then the notice.
    await this.access.requireCase(principal, found.caseId, 'write');
    const row = await manager.findOne(DeadlineRuleChangeEntity, {
      where: { id },
      lock: { mode: FOR_CHANGE.mode },
    });
    if (!row) throw ruleChangeNotFound();
    if (row.acknowledgedAt) throw ruleChangeAlreadyAcknowledged();
    row.acknowledgedAt = this.clock.now();
    row.acknowledgedBy = principal.userId;
    row.acknowledgementNote = input.note?.trim() || null;
    await manager.update(
      DeadlineRuleChangeEntity,
      { id },
      {
        acknowledgedAt: row.acknowledgedAt,
        acknowledgedBy: row.acknowledgedBy,
        acknowledgementNote: row.acknowledgementNote,
      },
    );
    await this.audit.record({
      action: 'record.updated',
      recordType: 'deadline_rule_change',
      recordId: row.id,
      details: { caseId: auditId(row.caseId), deadlineId: auditId(row.deadlineId) },
    });
    const [response] = await this.read(this.joined().where('r.id = :id', { id }));
    return response;
  }

  private joined() {
    return this.transactions.manager
      .createQueryBuilder(DeadlineRuleChangeEntity, 'r')
      .innerJoin(CaseEntity, 'c', 'c.id = r.case_id')
      .innerJoin(CaseDeadlineEntity, 'd', 'd.id = r.deadline_id')
      .addSelect('c.reference', 'case_reference')
      .addSelect('c.lead_attorney_id', 'lead_attorney_id')
      .addSelect('d.title', 'rule_title');
  }

  private async read(
    query: ReturnType<RuleChangeNoticesService['joined']>,
  ): Promise<RuleChangeNoticeResponse[]> {
    const { entities, raw } = await query.getRawAndEntities<Joined>();
    return entities.map((row, index) =>
      toRuleChangeResponse(row, {
        caseReference: raw[index].case_reference,
        leadAttorneyId: raw[index].lead_attorney_id,
        ruleTitle: raw[index].rule_title,
      }),
    );
  }
}
