// Moves every encrypted value onto the active key, a short transaction per batch and per
// organization, while the application keeps serving: idempotent, and safe to stop and re-run.
// Values an older version stored in clear are sealed first (ClearValueSealing).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions } from '../database/tenant-transactions';
import { ClearValueSealing } from './clear-value-sealing.service';
import { envelopePrefix } from './envelope.codec';
import { encryptedColumns, quoted, type EncryptedColumn } from './encrypted-column.registry';
import { FieldCipher } from './field.cipher';
import { FieldCryptoError } from './field-crypto.errors';

export interface RotationOptions {
  /** Every organization to rotate; the application role cannot list them (see the command). */
  readonly organizationIds: readonly string[];
  /** Default: every registered encrypted column. */
  readonly columns?: readonly EncryptedColumn[];
  /** Rows per transaction; default 200. */
  readonly batchSize?: number;
}

export interface ColumnRotationReport {
  readonly column: string;
  /** Values re-encrypted under the active key by this run. */
  reencrypted: number;
  /** Values that were already under the active key at the end of the run. */
  current: number;
  /** Values that could not be opened (altered, moved, or under a key not in the keyring). */
  failed: number;
  /** Columns that replace clear ones: rows whose clear values this run sealed. */
  sealedFromClear?: number;
}

export interface RotationFailure {
  readonly column: string;
  readonly organizationId: string;
  readonly rowId: string;
  /** The error's class name, e.g. UnknownKeyError: never a value. */
  readonly reason: string;
}

export interface RotationReport {
  readonly activeKeyId: string;
  readonly organizations: number;
  readonly columns: ColumnRotationReport[];
  readonly failures: RotationFailure[];
}

interface StaleRow {
  id: string;
  value: string;
}

@Injectable()
export class KeyRotation {
  private readonly clear: ClearValueSealing;

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: FieldCipher,
  ) {
    this.clear = new ClearValueSealing(transactions, cipher);
  }

  async rotate(options: RotationOptions): Promise<RotationReport> {
    const batchSize = options.batchSize ?? 200;
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw new RangeError('batchSize must be a positive whole number');
    const report: RotationReport = {
      activeKeyId: this.cipher.activeKeyId,
      organizations: options.organizationIds.length,
      columns: [],
      failures: [],
    };
    for (const column of options.columns ?? encryptedColumns()) {
      const columnReport: ColumnRotationReport = {
        column: column.name,
        reencrypted: 0,
        current: 0,
        failed: 0,
      };
      if (column.replacesClear.length > 0) {
        const { organizationIds } = options;
        const sealing = await this.clear.seal({ organizationIds, columns: [column], batchSize });
        columnReport.sealedFromClear = sealing.columns[0].sealed;
      }
      for (const organizationId of options.organizationIds) {
        await this.rotateOrganization(column, organizationId, batchSize, columnReport, report);
        columnReport.current += await this.countCurrent(column, organizationId);
      }
      report.columns.push(columnReport);
    }
    return report;
  }

  /** Batches ordered by row id: a row that fails is reported once and passed, never retried. */
  private async rotateOrganization(
    column: EncryptedColumn,
    organizationId: string,
    batchSize: number,
    columnReport: ColumnRotationReport,
    report: RotationReport,
  ): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const rows: StaleRow[] = await this.transactions.run(organizationId, async ({ manager }) => {
        const batch: StaleRow[] = await manager.query(
          `SELECT ${quoted(column.idColumn)}::text AS id, ${quoted(column.column)} AS value
             FROM ${quoted(column.table)}
            WHERE ${quoted(column.organizationColumn)} = $1
              AND ${quoted(column.column)} IS NOT NULL
              AND NOT starts_with(${quoted(column.column)}, $2)
              ${after === null ? '' : `AND ${quoted(column.idColumn)} > $3`}
            ORDER BY ${quoted(column.idColumn)}
            LIMIT ${batchSize}
            FOR UPDATE`,
          [
            organizationId,
            envelopePrefix(this.cipher.activeKeyId),
            ...(after === null ? [] : [after]),
          ],
        );
        for (const row of batch) {
          try {
            await this.reencrypt(manager, column, organizationId, row);
            columnReport.reencrypted += 1;
          } catch (error) {
            if (!(error instanceof FieldCryptoError)) throw error;
            columnReport.failed += 1;
            report.failures.push({
              column: column.name,
              organizationId,
              rowId: row.id,
              reason: error.name,
            });
          }
        }
        return batch;
      });
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  private async reencrypt(
    manager: EntityManager,
    column: EncryptedColumn,
    organizationId: string,
    row: StaleRow,
  ): Promise<void> {
    const binding = column.bindsRowId ? { rowId: row.id } : {};
    const plaintext = this.cipher.decrypt(organizationId, column.name, row.value, binding);
    const sealed = this.cipher.encrypt(organizationId, column.name, plaintext, binding);
    const indexes = column.blindIndexes.map((index) =>
      this.cipher.blindIndex(organizationId, index.purpose, plaintext),
    );
    const assignments = [column.column, ...column.blindIndexes.map((index) => index.column)]
      .map((name, position) => `${quoted(name)} = $${position + 3}`)
      .join(', ');
    await manager.query(
      `UPDATE ${quoted(column.table)} SET ${assignments}
        WHERE ${quoted(column.idColumn)} = $1 AND ${quoted(column.organizationColumn)} = $2`,
      [row.id, organizationId, sealed, ...indexes],
    );
  }

  private async countCurrent(column: EncryptedColumn, organizationId: string): Promise<number> {
    const [{ n }] = await this.transactions.run(organizationId, ({ manager }) =>
      manager.query(
        `SELECT count(*)::int AS n FROM ${quoted(column.table)}
          WHERE ${quoted(column.organizationColumn)} = $1 AND starts_with(${quoted(column.column)}, $2)`,
        [organizationId, envelopePrefix(this.cipher.activeKeyId)],
      ),
    );
    return n;
  }
}
