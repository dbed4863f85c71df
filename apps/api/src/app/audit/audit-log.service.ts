// The supervisor's view of the organization's audit trail: filtered, newest first, paged by seq.
import { Injectable } from '@nestjs/common';
import { AUDIT_PAGE_DEFAULT, type AuditPageResponse, type AuditQueryDto } from '@amparo/contracts';
import { caseReadReach, type CaseVisibility } from '@amparo/domain';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { auditEntryFromRow, AUDIT_ENTRY_COLUMNS, type AuditEntryRow } from './audit-entry.row';
import { toAuditEntryResponse } from './audit-entry.mapper';
import { nameMembers, nameRecords, recordKey } from './audit-record-names';
import { AuditQueryInvalidError } from './audit.errors';
import { AuditService } from './audit.service';

@Injectable()
export class AuditLogService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: AuditQueryDto): Promise<AuditPageResponse> {
    const { organizationId, manager } = this.transactions.current;
    if (organizationId === null) throw new AuditQueryInvalidError('No organization to read');
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to))
      throw new AuditQueryInvalidError('from must be earlier than to');
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    // Row-level security already hides other organizations; the filter says so explicitly too.
    const params: unknown[] = [organizationId];
    const where = ['organization_id = $1'];
    const filter = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.action) filter('action = ?', query.action);
    if (query.outcome) filter('outcome = ?', query.outcome);
    if (query.actorUserId) filter('actor_user_id = ?', query.actorUserId);
    if (query.recordType) filter('record_type = ?', query.recordType);
    if (query.recordId) filter('record_id = ?', query.recordId);
    if (query.from) filter('occurred_at >= ?::timestamptz', query.from);
    if (query.to) filter('occurred_at < ?::timestamptz', query.to);
    if (query.before) filter('seq < ?', String(query.before));
    params.push(limit + 1);
    await this.audit.flush(); // entries this transaction wrote so far are part of the trail
    const rows = (await manager.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM audit_entries
        WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    )) as AuditEntryRow[];
    const entries = rows.slice(0, limit).map(auditEntryFromRow);
    // Names are read in bulk with the viewer's reach, and reading them records nothing more.
    const reach = caseReadReach(principal, await this.visibility(manager, principal));
    const viewer = { organizationId, userId: principal.userId, reach };
    const records = await nameRecords(manager, viewer, entries);
    const actors = await nameMembers(
      manager,
      organizationId,
      entries.flatMap((entry) => (entry.actorUserId ? [entry.actorUserId] : [])),
    );
    const items = entries.map((entry) =>
      toAuditEntryResponse(entry, {
        actorName: entry.actorUserId ? (actors.get(entry.actorUserId) ?? null) : null,
        record:
          entry.recordType && entry.recordId
            ? (records.get(recordKey(entry.recordType, entry.recordId)) ?? null)
            : null,
      }),
    );
    const nextBefore = rows.length > limit ? items[items.length - 1].seq : null;
    // Reading the trail is itself recorded (after the read, so the page does not show it).
    await this.audit.record({
      action: 'audit.viewed',
      recordType: 'audit_log',
      details: { count: items.length },
    });
    return { items, nextBefore };
  }

  /** The office's case visibility, as the session read it or from the organization. */
  private async visibility(manager: EntityManager, principal: Principal): Promise<CaseVisibility> {
    if (principal.caseVisibility) return principal.caseVisibility;
    const [row] = (await manager.query('SELECT case_visibility FROM organizations WHERE id = $1', [
      principal.organizationId,
    ])) as { case_visibility: CaseVisibility }[];
    return row?.case_visibility ?? 'assigned';
  }
}
