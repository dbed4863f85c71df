// The supervisor's view of the organization's audit trail: filtered, newest first, paged by seq.
import { Injectable } from '@nestjs/common';
import { AUDIT_PAGE_DEFAULT, type AuditPageResponse, type AuditQueryDto } from '@amparo/contracts';
import { TenantTransactions } from '../database/tenant-transactions';
import { auditEntryFromRow, AUDIT_ENTRY_COLUMNS, type AuditEntryRow } from './audit-entry.row';
import { toAuditEntryResponse } from './audit-entry.mapper';
import { AuditQueryInvalidError } from './audit.errors';
import { AuditService } from './audit.service';

@Injectable()
export class AuditLogService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async list(query: AuditQueryDto): Promise<AuditPageResponse> {
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
    const items = rows.slice(0, limit).map((row) => toAuditEntryResponse(auditEntryFromRow(row)));
    const nextBefore = rows.length > limit ? items[items.length - 1].seq : null;
    // Reading the trail is itself recorded (after the read, so the page does not show it).
    await this.audit.record({
      action: 'audit.viewed',
      recordType: 'audit_log',
      details: { count: items.length },
    });
    return { items, nextBefore };
  }
}
