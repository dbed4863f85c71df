// Deadlines across cases: the calendar's (a member's cases, or the office's for supervisors) and
// the supervisor's audit view (due in the next 48 hours, missed, waived). The member's reach, the
// assignee and the dates narrow the rows in SQL, so an office of ten thousand cases reads only
// what the screen shows; the exact status as of now is then decided the one way the mapper does.
// Keyset pages in (due date, none first; rule; id) order: a supervisor's month of a large office
// (thousands of rows) comes a page at a time, each read from where the last one ended.
import { Injectable } from '@nestjs/common';
import {
  DEADLINE_PAGE_DEFAULT,
  type CaseDeadlineResponse,
  type DeadlineQueryDto,
} from '@amparo/contracts';
import { In, type SelectQueryBuilder } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { CaseEntity } from './case.entity';
import { CaseDeadlineEntity } from './case-deadline.entity';
import { toDeadlineResponse } from './case-deadline.mapper';
import { invalidField } from './cases.errors';
import type { KeysetPage } from './next-page-link';

/** The supervisor's audit window: what falls due in the next 48 hours. */
const AUDIT_WINDOW_MS = 48 * 3_600_000;
const EFFECTIVE_DUE = 'coalesce(d.override_due_at, d.due_at)';
/** Still running: an open or overridden deadline reads missed once past its end. */
const RUNNING = `d.status IN ('open', 'overridden')`;
/** The page order's first key: the computed due date, deadlines without one first. */
const DUE_KEY = `coalesce(d.due_at, '-infinity'::timestamptz)`;

/** One page of deadlines and, when more follow, the cursor of the next. */
export type DeadlinePage = KeysetPage<CaseDeadlineResponse>;

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
  async list(principal: Principal, query: DeadlineQueryDto): Promise<DeadlinePage> {
    const reach = await this.access.readReach(principal);
    if (reach === 'none') return { rows: [], nextCursor: null };
    const cursor = decodeCursor(query.cursor);
    const limit = query.limit ?? DEADLINE_PAGE_DEFAULT;
    const now = new Date();
    const supervisor = principal.roles.includes('supervisor');
    const auditView = supervisor && !query.status && !query.dueBefore && !query.dueAfter;
    const manager = this.transactions.manager;
    const rows = manager
      .createQueryBuilder(CaseDeadlineEntity, 'd')
      .orderBy(DUE_KEY, 'ASC')
      .addOrderBy('d.rule_id', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(limit + 1);
    if (cursor)
      rows.andWhere(
        `(${DUE_KEY}, d.rule_id, d.id) > (CAST(:afterDue AS timestamptz), :afterRule, CAST(:afterId AS uuid))`,
        { afterDue: cursor[0], afterRule: cursor[1], afterId: cursor[2] },
      );
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
    const read = await rows.getMany();
    const page = read.slice(0, limit);
    const last = page[page.length - 1];
    // The status as of now decides (an open deadline past its end is missed).
    const listed = page
      .map((row) => toDeadlineResponse(row, now))
      .filter((row) => !query.status || row.status === query.status);
    return {
      rows: await this.withCases(listed),
      nextCursor:
        read.length > limit && last
          ? encodeCursor([
              last.dueAt ? last.dueAt.toISOString() : '-infinity',
              last.ruleId,
              last.id,
            ])
          : null,
    };
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

type Cursor = [due: string, ruleId: string, id: string];
const CURSOR_DUE = /^(-infinity|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/;
const CURSOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(keys: Cursor): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The keys of the last row of the previous page, as encodeCursor wrote them. */
function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(keys) &&
      keys.length === 3 &&
      typeof keys[0] === 'string' &&
      CURSOR_DUE.test(keys[0]) &&
      typeof keys[1] === 'string' &&
      keys[1].length <= 200 &&
      typeof keys[2] === 'string' &&
      CURSOR_ID.test(keys[2])
    )
      return [keys[0], keys[1], keys[2]];
  } catch {
    // fall through
  }
  throw invalidField(
    'DEADLINES_INVALID_CURSOR',
    'cursor',
    'cursor is not one this API gave out; start from the first page',
  );
}
