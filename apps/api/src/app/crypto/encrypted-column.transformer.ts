// TypeORM transformer for an encrypted column: entities hold plaintext, the database only
// envelopes. The organization comes from the tenant transaction the entity is read or written in.
import type { ValueTransformer } from 'typeorm';
import type { EncryptedColumn } from './encrypted-column.registry';
import type { FieldCipher } from './field.cipher';
import { FieldCryptoError, InvalidFieldContextError } from './field-crypto.errors';

/** What the transformer needs from the running application; bound by CryptoModule at start. */
export interface FieldEncryptionContext {
  readonly cipher: FieldCipher;
  /** The organization of the tenant transaction in progress; throws outside one. */
  currentOrganizationId(): string | null;
}

/** Used outside a tenant transaction for an organization (or before the application started). */
export class NoEncryptionScopeError extends FieldCryptoError {}

let bound: FieldEncryptionContext | undefined;

/** Binds the transformers to a running application; returns the function that unbinds it. */
export function bindFieldEncryption(context: FieldEncryptionContext): () => void {
  bound = context;
  return () => {
    if (bound === context) bound = undefined;
  };
}

/**
 * `@Column('text', { transformer: encryptedColumn(NARRATIVE), nullable: true })`. Correct because
 * row-level security lets a tenant transaction read and write only rows of its own organization,
 * so that organization is the row's. Columns bound to their row id cannot use it (the row id is
 * not known to a transformer): seal those with FieldCipher in the service.
 */
export function encryptedColumn(column: EncryptedColumn): ValueTransformer {
  if (column.bindsRowId)
    throw new InvalidFieldContextError(
      `${column.name} binds the row id: use FieldCipher with { rowId } instead of a transformer`,
    );
  const scope = (): { cipher: FieldCipher; organizationId: string } => {
    if (!bound) throw new NoEncryptionScopeError('Field encryption is not bound to an application');
    const organizationId = bound.currentOrganizationId();
    if (!organizationId)
      throw new NoEncryptionScopeError(
        `${column.name} is encrypted: read or write it inside a tenant transaction for its organization`,
      );
    return { cipher: bound.cipher, organizationId };
  };
  return {
    to: (value: unknown): unknown => {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'string')
        throw new InvalidFieldContextError(`${column.name} holds text only`);
      const { cipher, organizationId } = scope();
      return cipher.encrypt(organizationId, column.name, value);
    },
    from: (value: unknown): unknown => {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'string')
        throw new InvalidFieldContextError(`${column.name} holds text only`);
      const { cipher, organizationId } = scope();
      return cipher.decrypt(organizationId, column.name, value);
    },
  };
}
