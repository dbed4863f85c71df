// Every encrypted column in the schema registers here, so key rotation finds all of them without
// a list to keep up to date by hand.
import { InvalidFieldContextError } from './field-crypto.errors';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
const PURPOSE = /^[a-z][a-z0-9-]{0,62}$/;

export interface BlindIndexColumn {
  /** The column holding `FieldCipher.blindIndex(organization, purpose, plaintext)`. */
  readonly column: string;
  readonly purpose: string;
}

export interface EncryptedColumnDefinition {
  readonly table: string;
  readonly column: string;
  /** Primary key column; default `id`. */
  readonly idColumn?: string;
  /** Column with the row's organization; default `organization_id` (`id` for organizations). */
  readonly organizationColumn?: string;
  /** Whether values are bound to their row id as well (FieldCipher `{ rowId }`). */
  readonly bindsRowId?: boolean;
  /** Keyed-hash columns computed from this column's plaintext; rotation recomputes them. */
  readonly blindIndexes?: readonly BlindIndexColumn[];
  /**
   * The plaintext is JSON, padded with spaces to a multiple of this many UTF-8 bytes (sealed-json.codec.ts),
   * so the envelope's length does not give the value away ("male" from "female"). 0: not JSON.
   */
  readonly jsonPadding?: number;
  /**
   * Clear columns that held this value before it was sealed. Rows with a value in any of them (or
   * with this column still empty) are sealed by `KeyRotation.sealClearValues` and those columns
   * emptied (set NULL). The value is the clear column's own as JSON, or with several columns an
   * object by column name. Needs `jsonPadding` and `bindsRowId`.
   */
  readonly replacesClear?: readonly string[];
}

export interface EncryptedColumn extends Required<EncryptedColumnDefinition> {
  /** `table.column`: the column name bound into every value's associated data. */
  readonly name: string;
}

const registered = new Map<string, EncryptedColumn>();

/**
 * Declares an encrypted column (call at module load, next to the entity). Declaring the same
 * column twice with the same settings is harmless; with different settings it throws.
 */
export function defineEncryptedColumn(definition: EncryptedColumnDefinition): EncryptedColumn {
  const column: EncryptedColumn = {
    table: definition.table,
    column: definition.column,
    idColumn: definition.idColumn ?? 'id',
    organizationColumn:
      definition.organizationColumn ??
      (definition.table === 'organizations' ? 'id' : 'organization_id'),
    bindsRowId: definition.bindsRowId ?? false,
    blindIndexes: definition.blindIndexes ?? [],
    jsonPadding: definition.jsonPadding ?? 0,
    replacesClear: definition.replacesClear ?? [],
    name: `${definition.table}.${definition.column}`,
  };
  const identifiers = [
    column.table,
    column.column,
    column.idColumn,
    column.organizationColumn,
    ...column.blindIndexes.map((index) => index.column),
    ...column.replacesClear,
  ];
  const bad = identifiers.find((identifier) => !IDENTIFIER.test(identifier));
  if (bad !== undefined)
    throw new InvalidFieldContextError(`"${bad}" is not a plain lower-case SQL identifier`);
  const badPurpose = column.blindIndexes.find((index) => !PURPOSE.test(index.purpose));
  if (badPurpose)
    throw new InvalidFieldContextError(`bad blind index purpose "${badPurpose.purpose}"`);
  if (
    !Number.isInteger(column.jsonPadding) ||
    column.jsonPadding < 0 ||
    column.jsonPadding > 65_536
  )
    throw new InvalidFieldContextError(`${column.name}: jsonPadding is a whole number of bytes`);
  if (column.replacesClear.length > 0 && (column.jsonPadding === 0 || !column.bindsRowId))
    throw new InvalidFieldContextError(
      `${column.name}: a column replacing clear columns holds padded JSON bound to its row`,
    );
  const existing = registered.get(column.name);
  if (existing && JSON.stringify(existing) !== JSON.stringify(column))
    throw new InvalidFieldContextError(`${column.name} is already registered with other settings`);
  registered.set(column.name, existing ?? column);
  return existing ?? column;
}

/** Every registered encrypted column, in registration order. */
export function encryptedColumns(): EncryptedColumn[] {
  return [...registered.values()];
}

/** `"name"` for SQL; only registered (validated) identifiers reach here. */
export function quoted(identifier: string): string {
  if (!IDENTIFIER.test(identifier)) throw new InvalidFieldContextError('bad identifier');
  return `"${identifier}"`;
}
