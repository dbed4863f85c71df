// JSON values sealed with the field cipher, padded first so that an envelope's length tells only
// which size bucket a value falls in, never which value it is ("male" and "female", one
// vulnerability or another).
import type { EncryptedColumn } from './encrypted-column.registry';
import type { FieldCipher } from './field.cipher';
import { InvalidFieldContextError } from './field-crypto.errors';

/** `value` as JSON, with trailing spaces up to a multiple of `padding` UTF-8 bytes. */
export function paddedJson(value: unknown, padding: number): string {
  if (!Number.isInteger(padding) || padding < 1)
    throw new InvalidFieldContextError('padding is a positive whole number of bytes');
  const json = JSON.stringify(value ?? null);
  const bytes = Buffer.byteLength(json, 'utf8');
  return json.padEnd(json.length + (Math.ceil(bytes / padding) * padding - bytes), ' ');
}

/** Seals `value` into `column` (declared with `jsonPadding` and `bindsRowId`) of row `rowId`. */
export function sealJson(
  cipher: FieldCipher,
  column: EncryptedColumn,
  organizationId: string,
  rowId: string,
  value: unknown,
): string {
  if (column.jsonPadding === 0 || !column.bindsRowId)
    throw new InvalidFieldContextError(`${column.name} is not declared as row-bound padded JSON`);
  return cipher.encrypt(organizationId, column.name, paddedJson(value, column.jsonPadding), {
    rowId,
  });
}

/** Opens what `sealJson` sealed (JSON ignores the padding). The caller knows the value's shape. */
export function openJson<T>(
  cipher: FieldCipher,
  column: EncryptedColumn,
  organizationId: string,
  rowId: string,
  envelope: string,
): T {
  return JSON.parse(cipher.decrypt(organizationId, column.name, envelope, { rowId })) as T;
}
