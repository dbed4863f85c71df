// The deadlines a caseload row shows, for one page's cases in one statement: every deadline that
// still asks something (open, set by order, missed). The client reads each with the one status
// function (readDeadline), so the row leads with and counts what every other screen does.
import type { CaseloadDeadline, CaseloadRow } from '@amparo/contracts';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';

interface DeadlineRow extends Omit<
  CaseloadDeadline,
  'dueAt' | 'latestDueAt' | 'overrideDueAt' | 'recordedAt'
> {
  caseId: string;
  dueAt: Date | null;
  latestDueAt: Date | null;
  overrideDueAt: Date | null;
  recordedAt: Date;
}

const PENDING_OF_CASES = `
  SELECT d.case_id AS "caseId", d.id, d.rule_id AS "ruleId", d.title, d.kind, d.party, d.urgent,
         d.status, d.due_at AS "dueAt", d.latest_due_at AS "latestDueAt",
         d.override_due_at AS "overrideDueAt", d.created_at AS "recordedAt",
         d.time_zone AS "timeZone", d.status_of_rule AS "ruleStatus"
    FROM case_deadlines d
   WHERE d.case_id = ANY($1::uuid[]) AND d.status IN ('open', 'overridden', 'missed')
   ORDER BY d.case_id, coalesce(d.override_due_at, d.due_at) NULLS LAST, d.created_at, d.id`;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export async function withDeadlines(
  manager: EntityManager,
  rows: CaseloadRow[],
): Promise<CaseloadRow[]> {
  if (rows.length === 0) return rows;
  const found = await preparedQuery<DeadlineRow>(manager, PENDING_OF_CASES, [
    rows.map((row) => row.id),
  ]);
  const byCase = new Map<string, CaseloadDeadline[]>();
  for (const { caseId, ...deadline } of found) {
    const list = byCase.get(caseId) ?? [];
    list.push({
      ...deadline,
      dueAt: iso(deadline.dueAt),
      latestDueAt: iso(deadline.latestDueAt),
      overrideDueAt: iso(deadline.overrideDueAt),
      recordedAt: new Date(deadline.recordedAt).toISOString(),
    });
    byCase.set(caseId, list);
  }
  return rows.map((row) => ({ ...row, deadlines: byCase.get(row.id) ?? [] }));
}
