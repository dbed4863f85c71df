// The caseload: every case this member may read, ranked by urgency (who may be removed soonest:
// escalated cases, then running removal or detention clocks, then risk, then the next deadline),
// filtered, one page at a time by keyset
// (stable under inserts, no OFFSET scans), with the total for the filters. Each row carries its
// next deadline, risk level and escalation, so the list needs no second request per row. The
// SQL is in caseload.query.ts.
import { Injectable } from '@nestjs/common';
import type { CaseloadPage, CaseloadQueryDto } from '@amparo/contracts';
import { FieldCipher } from '../crypto/field.cipher';
import { preparedQuery } from '../database/prepared-query';
import { TenantTransactions } from '../database/tenant-transactions';
import type { Principal } from '../identity/principal';
import { CaseAccess } from './case-access.service';
import { caseloadStatements, encodeCursor, type RawRow, toRow } from './caseload.query';
import { withDeadlines } from './caseload-deadlines';
import { rowGrammaticalGender } from './client-categories.codec';

@Injectable()
export class CaseloadService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccess,
  ) {}

  async page(principal: Principal, query: CaseloadQueryDto): Promise<CaseloadPage> {
    const { manager, organizationId } = this.transactions.current;
    const seesAll = (await this.access.readReach(principal)) === 'organization';
    const statements = caseloadStatements(
      {
        seesAll,
        userId: principal.userId,
        aNumberCandidates:
          query.aNumber && organizationId
            ? this.cipher.blindIndexCandidates(organizationId, 'a-number', query.aNumber)
            : undefined,
      },
      query,
    );
    const [{ total }] = await preparedQuery<{ total: number }>(
      manager,
      statements.count.sql,
      statements.count.params,
    );
    const rows = await preparedQuery<RawRow>(manager, statements.page.sql, statements.page.params);
    const { limit, sort, at } = statements;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: await withDeadlines(
        manager,
        page.map((row) =>
          toRow(
            row,
            rowGrammaticalGender(
              this.cipher,
              organizationId,
              row.clientId,
              row.clientGenderSealed,
              row.clientClearGender,
            ),
          ),
        ),
      ),
      total,
      nextCursor: rows.length > limit && last ? encodeCursor(sort, last.cursor_keys, at) : null,
    };
  }
}
