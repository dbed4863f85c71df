// The supervisor's deadline audit: every deadline of the office that a supervisor must see (due
// within 48 hours, missed, an authority's passed limit, a remedy to file at once, history that
// passed before it was recorded, waived), with its case, from one query; each read by the one
// status function (readDeadline) and put in one list (auditBucketOf). The overview's numbers are
// this service's counts, so the two screens cannot disagree.
import { Injectable } from '@nestjs/common';
import type { DeadlineAuditResponse, DeadlineAuditRowResponse } from '@amparo/contracts';
import {
  AUDIT_WINDOW_MS,
  auditBucketOf,
  auditCounts,
  onePerRemedy,
  readDeadline,
} from '@amparo/domain';
import { CaseDeadlineEntity } from '../cases/case-deadline.entity';
import { toDeadlineResponse } from '../cases/case-deadline.mapper';
import { factsOf } from '../cases/deadline-facts';
import { rowGrammaticalGender } from '../cases/client-categories.codec';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';

interface CaseColumns {
  case_reference: string;
  case_client_name: string;
  case_client_id: string;
  case_client_gender_sealed: string | null;
  case_client_clear_gender: string | null;
  case_custody: DeadlineAuditRowResponse['case']['custodyStatus'];
  case_risk: DeadlineAuditRowResponse['case']['riskLevel'];
  case_lead_id: string | null;
  case_lead_name: string | null;
}

const EFFECTIVE_DUE = 'coalesce(d.override_due_at, d.due_at)';

@Injectable()
export class DeadlineAuditService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
  ) {}

  async audit(now = new Date()): Promise<DeadlineAuditResponse> {
    const { manager, organizationId } = this.transactions.current;
    // What may fall in a list: done-with ones (missed, waived) and open ones whose date is past
    // or within the window, or that have no date but must be filed at once. The reading decides.
    const { entities, raw } = await manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .innerJoin('cases', 'c', 'c.id = d.case_id AND c.archived_at IS NULL')
      .innerJoin('clients', 'cl', 'cl.id = c.client_id')
      .leftJoin('users', 'u', 'u.id = c.lead_attorney_id')
      .addSelect('c.reference', 'case_reference')
      .addSelect(`trim(cl.given_names || ' ' || cl.family_names)`, 'case_client_name')
      .addSelect('c.custody_status', 'case_custody')
      .addSelect('cl.id', 'case_client_id')
      .addSelect('cl.gender_sealed', 'case_client_gender_sealed')
      .addSelect('cl.gender', 'case_client_clear_gender')
      .addSelect(
        `(SELECT r.level FROM risk_assessments r WHERE r.case_id = c.id ORDER BY r.version DESC LIMIT 1)`,
        'case_risk',
      )
      .addSelect('c.lead_attorney_id', 'case_lead_id')
      .addSelect('u.name', 'case_lead_name')
      .where(`d.status IN ('open', 'overridden', 'missed', 'waived')`)
      .andWhere(
        `(d.status IN ('missed', 'waived') OR ${EFFECTIVE_DUE} <= :windowEnd
          OR (${EFFECTIVE_DUE} IS NULL AND (d.urgent OR d.kind = 'immediate')))`,
        { windowEnd: new Date(now.getTime() + AUDIT_WINDOW_MS) },
      )
      .orderBy(EFFECTIVE_DUE, 'ASC', 'NULLS LAST')
      .addOrderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getRawAndEntities<CaseColumns & { d_id: string }>();
    const caseOf = new Map(raw.map((row) => [row.d_id, row]));
    const read = entities.map((deadline) => ({
      caseId: deadline.caseId,
      ruleId: deadline.ruleId,
      deadline,
      reading: readDeadline(factsOf(deadline), now),
    }));
    const rows: DeadlineAuditRowResponse[] = [];
    for (const item of onePerRemedy(read)) {
      const bucket = auditBucketOf(item.reading);
      const columns = caseOf.get(item.deadline.id);
      if (!bucket || !columns) continue;
      rows.push({
        bucket,
        deadline: toDeadlineResponse(item.deadline, now),
        case: {
          id: item.deadline.caseId,
          reference: columns.case_reference,
          clientName: columns.case_client_name,
          custodyStatus: columns.case_custody,
          clientGender: rowGrammaticalGender(
            this.cipher,
            organizationId,
            columns.case_client_id,
            columns.case_client_gender_sealed,
            columns.case_client_clear_gender,
          ),
          riskLevel: columns.case_risk,
          leadAttorneyId: columns.case_lead_id,
          leadAttorneyName: columns.case_lead_name,
        },
      });
    }
    return {
      generatedAt: now.toISOString(),
      windowHours: AUDIT_WINDOW_MS / 3_600_000,
      counts: auditCounts(read),
      rows,
    };
  }
}
