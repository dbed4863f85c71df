// The caseload: every case this member may read, filtered, newest change first, one page at a
// time by keyset (stable under inserts, no OFFSET scans), with the total for the filters.
import { Injectable } from '@nestjs/common';
import type { CaseloadPage, CaseloadQueryDto, CaseloadRow } from '@amparo/contracts';
import { foldForSearch } from '@amparo/domain';
import { FieldCipher } from '../crypto/field.cipher';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { OrganizationEntity } from '../organizations/organization.entity';
import { invalidField } from './cases.errors';

const DEFAULT_LIMIT = 50;

interface Cursor {
  updatedAt: string;
  id: string;
}

@Injectable()
export class CaseloadService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
  ) {}

  async page(principal: Principal, query: CaseloadQueryDto): Promise<CaseloadPage> {
    const { manager, organizationId } = this.transactions.current;
    const where: string[] = ['c.archived_at IS NULL'];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };

    // The same reach as the case-access policy, as SQL.
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id: organizationId ?? undefined },
      select: { id: true, caseVisibility: true },
    });
    const seesAll =
      principal.roles.includes('supervisor') ||
      (organization?.caseVisibility === 'organization' &&
        principal.roles.some((r) => r === 'attorney' || r === 'paralegal'));
    if (!seesAll) {
      const me = param(principal.userId);
      where.push(
        `(c.lead_attorney_id = ${me} OR EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${me}))`,
      );
    }
    if (query.jurisdiction) where.push(`c.jurisdiction = ${param(query.jurisdiction)}`);
    if (query.procedure) where.push(`c.procedure = ${param(query.procedure)}`);
    if (query.stage) where.push(`c.stage = ${param(query.stage)}`);
    if (query.custody) where.push(`c.custody_status = ${param(query.custody)}`);
    if (query.assignee) {
      const who = param(query.assignee);
      where.push(
        `(c.lead_attorney_id = ${who} OR EXISTS (SELECT 1 FROM case_members m WHERE m.case_id = c.id AND m.user_id = ${who}))`,
      );
    }
    if (query.q)
      where.push(`cl.search_names LIKE ${param(`%${escapeLike(foldForSearch(query.q))}%`)}`);
    if (query.aNumber && organizationId) {
      where.push(
        `c.a_number_index = ANY(${param(this.cipher.blindIndexCandidates(organizationId, 'a-number', query.aNumber))})`,
      );
    }

    const filtered = where.join(' AND ');
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE ${filtered}`,
      params,
    );
    const cursor = decodeCursor(query.cursor);
    const pageWhere = cursor
      ? `${filtered} AND (c.updated_at, c.id) < (${param(cursor.updatedAt)}::timestamptz, ${param(cursor.id)}::uuid)`
      : filtered;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows: (CaseloadRow & { updatedAtRaw: Date })[] = await manager.query(
      `SELECT c.id, c.reference, trim(cl.given_names || ' ' || cl.family_names) AS "clientName",
              c.jurisdiction, c.procedure, c.stage, c.custody_status AS "custodyStatus", c.priority,
              c.lead_attorney_id AS "leadAttorneyId", c.updated_at AS "updatedAtRaw"
         FROM cases c JOIN clients cl ON cl.id = c.client_id
        WHERE ${pageWhere}
        ORDER BY c.updated_at DESC, c.id DESC
        LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page.map(({ updatedAtRaw, ...row }) => ({
        ...row,
        updatedAt: new Date(updatedAtRaw).toISOString(),
      })),
      total,
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ updatedAt: new Date(last.updatedAtRaw).toISOString(), id: last.id })
          : null,
    };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Partial<Cursor>;
    if (
      typeof parsed.updatedAt === 'string' &&
      !Number.isNaN(Date.parse(parsed.updatedAt)) &&
      typeof parsed.id === 'string' &&
      /^[0-9a-f-]{36}$/.test(parsed.id)
    ) {
      return { updatedAt: parsed.updatedAt, id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw invalidField(
    'CASELOAD_INVALID_CURSOR',
    'cursor',
    'cursor is not one this API gave out; start from the first page',
  );
}
