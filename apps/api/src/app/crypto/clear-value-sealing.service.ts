// Seals what older versions of Amparo stored in clear (a registered column's `replacesClear`) and
// empties the clear columns: SQL has no key, so the application does it after the migration that
// added the sealed column. Batched, a short transaction per batch and per organization, rows
// locked; idempotent and resumable, like key rotation, which runs it first.
import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '../database/tenant-transactions';
import { encryptedColumns, quoted, type EncryptedColumn } from './encrypted-column.registry';
import { FieldCipher } from './field.cipher';
import { sealJson } from './sealed-json.codec';

export interface ClearSealingOptions {
  /** Every organization to visit; the application role cannot list them (see key-rotation.command). */
  readonly organizationIds: readonly string[];
  /** Default: every registered column that replaces clear columns. */
  readonly columns?: readonly EncryptedColumn[];
  /** Rows per transaction; default 200. */
  readonly batchSize?: number;
}

export interface ClearSealingReport {
  /** Per column that replaces clear columns: how many rows this run sealed. */
  readonly columns: { readonly column: string; sealed: number }[];
}

interface ClearRow {
  id: string;
  value: unknown;
}

@Injectable()
export class ClearValueSealing {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
  ) {}

  async seal(options: ClearSealingOptions): Promise<ClearSealingReport> {
    const batchSize = options.batchSize ?? 200;
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError('batchSize must be a positive whole number');
    const report: ClearSealingReport = { columns: [] };
    for (const column of options.columns ?? encryptedColumns()) {
      if (column.replacesClear.length === 0) continue;
      const columnReport = { column: column.name, sealed: 0 };
      for (const organizationId of options.organizationIds)
        columnReport.sealed += await this.sealOrganization(column, organizationId, batchSize);
      report.columns.push(columnReport);
    }
    return report;
  }

  /** Rows with a value in a clear column, or none sealed yet, by id: each is visited once. */
  private async sealOrganization(
    column: EncryptedColumn,
    organizationId: string,
    batchSize: number,
  ): Promise<number> {
    const id = quoted(column.idColumn);
    const organization = quoted(column.organizationColumn);
    const clear = column.replacesClear.map(quoted);
    // One clear column: its value as JSON; several: an object by column name.
    const value =
      clear.length === 1
        ? `to_jsonb(${clear[0]})`
        : `jsonb_build_object(${column.replacesClear.map((name, i) => `'${name}', ${clear[i]}`).join(', ')})`;
    let sealed = 0;
    let after: string | null = null;
    for (;;) {
      const rows: ClearRow[] = await this.transactions.run(organizationId, async ({ manager }) => {
        const batch: ClearRow[] = await manager.query(
          `SELECT ${id}::text AS id, ${value} AS value
             FROM ${quoted(column.table)}
            WHERE ${organization} = $1
              AND (${quoted(column.column)} IS NULL OR ${clear.map((c) => `${c} IS NOT NULL`).join(' OR ')})
              ${after === null ? '' : `AND ${id} > $2`}
            ORDER BY ${id}
            LIMIT ${batchSize}
            FOR UPDATE`,
          [organizationId, ...(after === null ? [] : [after])],
        );
        if (batch.length === 0) return batch;
        const envelopes = batch.map((row) =>
          sealJson(this.cipher, column, organizationId, row.id, row.value),
        );
        // `= ANY($4)` takes the id column's type (and its index); the text pairs them up.
        await manager.query(
          `UPDATE ${quoted(column.table)} t
              SET ${quoted(column.column)} = u.sealed, ${clear.map((c) => `${c} = NULL`).join(', ')}
             FROM unnest($2::text[], $3::text[]) AS u(id, sealed)
            WHERE t.${organization} = $1 AND t.${id} = ANY($4) AND t.${id}::text = u.id`,
          [organizationId, batch.map((row) => row.id), envelopes, batch.map((row) => row.id)],
        );
        return batch;
      });
      sealed += rows.length;
      if (rows.length < batchSize) return sealed;
      after = rows[rows.length - 1].id;
    }
  }
}
