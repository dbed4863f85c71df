// Seals and opens the most sensitive fields (AES-256-GCM) and computes keyed-hash indexes for
// exact-match lookups, binding every value to its organization, column and, optionally, row.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import {
  ENVELOPE_VERSION,
  envelopePrefix,
  formatEnvelope,
  IV_BYTES,
  parseEnvelope,
  TAG_BYTES,
} from './envelope.codec';
import {
  DecryptionFailedError,
  InvalidFieldContextError,
  UnknownKeyError,
} from './field-crypto.errors';
import type { Keyring } from './keyring';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `table.column`, as written in SQL. */
const COLUMN = /^[a-z_][a-z0-9_]{0,62}\.[a-z_][a-z0-9_]{0,62}$/;
const PURPOSE = /^[a-z][a-z0-9-]{0,62}$/;
const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface FieldBinding {
  /** Also bind the value to this row (its primary key): a copy into another row then fails. */
  readonly rowId?: string;
}

export class FieldCipher {
  constructor(private readonly keyring: Keyring) {}

  get activeKeyId(): string {
    return this.keyring.activeKeyId;
  }

  /** Seals `plaintext` under the active key for `organizationId` and `column` (`table.column`). */
  encrypt(
    organizationId: string,
    column: string,
    plaintext: string,
    binding: FieldBinding = {},
  ): string {
    const key = this.keyring.active;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.encryptionKey, iv, {
      authTagLength: TAG_BYTES,
    });
    cipher.setAAD(associatedData(key.id, organizationId, column, binding));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return formatEnvelope({
      version: ENVELOPE_VERSION,
      keyId: key.id,
      iv,
      ciphertext,
      tag: cipher.getAuthTag(),
    });
  }

  /**
   * Opens an envelope with the key it names. Throws MalformedEnvelopeError, UnknownKeyError, or
   * DecryptionFailedError when it was altered or belongs to another organization, column or row.
   */
  decrypt(
    organizationId: string,
    column: string,
    envelope: string,
    binding: FieldBinding = {},
  ): string {
    const parsed = parseEnvelope(envelope);
    const aad = associatedData(parsed.keyId, organizationId, column, binding);
    const key = this.keyring.get(parsed.keyId);
    if (!key) throw new UnknownKeyError(parsed.keyId);
    const decipher = createDecipheriv('aes-256-gcm', key.encryptionKey, parsed.iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(aad);
    decipher.setAuthTag(parsed.tag);
    try {
      return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionFailedError(column);
    }
  }

  /** Whether a stored envelope was sealed with an older key and should be re-encrypted. */
  needsRotation(envelope: string): boolean {
    return !envelope.startsWith(envelopePrefix(this.keyring.activeKeyId));
  }

  /**
   * Keyed hash of `value` for exact-match lookups (`purpose` names what it indexes, such as
   * `a-number`), under the active key: `<key id>.<base64url HMAC-SHA-256>`. The value is
   * normalized first (NFKC, no spaces or dashes, upper case); the organization is part of the
   * input, so the same value in two organizations gives unrelated hashes.
   */
  blindIndex(organizationId: string, purpose: string, value: string): string {
    return this.indexWith(this.keyring.activeKeyId, organizationId, purpose, value);
  }

  /**
   * The hash of `value` under every key in the keyring, active first: look up with
   * `WHERE column = ANY($1)` so rows not yet rotated are still found. A value with nothing to
   * index (" - ", a search box's dashes) can match no row: no candidates, rather than the error
   * that storing it would rightly be.
   */
  blindIndexCandidates(organizationId: string, purpose: string, value: string): string[] {
    if (normalizeForIndex(value) === '') return [];
    return this.keyring.keyIds.map((keyId) =>
      this.indexWith(keyId, organizationId, purpose, value),
    );
  }

  private indexWith(keyId: string, organizationId: string, purpose: string, value: string): string {
    if (!PURPOSE.test(purpose))
      throw new InvalidFieldContextError('purpose must be lower-case words joined by dashes');
    const normalized = normalizeForIndex(value);
    if (normalized === '') throw new InvalidFieldContextError('cannot index an empty value');
    const key = this.keyring.get(keyId);
    if (!key) throw new UnknownKeyError(keyId);
    const input = JSON.stringify([
      'amparo.blind-index.v1',
      organization(organizationId),
      purpose,
      normalized,
    ]);
    const mac = createHmac('sha256', key.indexKey).update(input, 'utf8').digest('base64url');
    return `${keyId}.${mac}`;
  }
}

/** NFKC, then without whitespace or dashes of any kind, upper case: `a 123-456-789` → `A123456789`. */
export function normalizeForIndex(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\p{Pd}\u2212]/gu, '')
    .toUpperCase();
}

/** Unambiguous encoding (a JSON array) of everything the ciphertext is bound to. */
function associatedData(
  keyId: string,
  organizationId: string,
  column: string,
  binding: FieldBinding,
): Buffer {
  if (!COLUMN.test(column)) throw new InvalidFieldContextError('column must be "table.column"');
  if (binding.rowId !== undefined && !ROW_ID.test(binding.rowId))
    throw new InvalidFieldContextError('rowId must be 1-64 of A-Z a-z 0-9 _ -');
  return Buffer.from(
    JSON.stringify([
      'amparo.field.v1',
      ENVELOPE_VERSION,
      keyId,
      organization(organizationId),
      column,
      binding.rowId === undefined ? null : canonicalRowId(binding.rowId),
    ]),
    'utf8',
  );
}

function organization(organizationId: string): string {
  if (!UUID.test(organizationId))
    throw new InvalidFieldContextError('organizationId must be a UUID');
  return organizationId.toLowerCase();
}

function canonicalRowId(rowId: string): string {
  return UUID.test(rowId) ? rowId.toLowerCase() : rowId;
}
