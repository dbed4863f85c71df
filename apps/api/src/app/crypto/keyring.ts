// The master keys this installation knows: one active key seals new values, older keys stay
// readable until rotation has moved every value off them.
import { hkdfSync } from 'node:crypto';
import { KeyConfigurationError } from './field-crypto.errors';

export const MASTER_KEY_BYTES = 32;
export const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** A master key and the subkeys derived from it, one per use, so no key serves two purposes. */
export interface KeyMaterial {
  readonly id: string;
  /** AES-256-GCM key for field encryption. */
  readonly encryptionKey: Buffer;
  /** HMAC-SHA-256 key for blind indexes. */
  readonly indexKey: Buffer;
}

const HKDF_SALT = Buffer.from('amparo', 'utf8');

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, HKDF_SALT, Buffer.from(info, 'utf8'), 32));
}

export class Keyring {
  private readonly keys = new Map<string, KeyMaterial>();
  readonly activeKeyId: string;

  /** `keys[0]` is the active key; the rest are older keys, still readable. */
  constructor(keys: ReadonlyArray<{ id: string; secret: Buffer }>) {
    const problems: string[] = [];
    if (keys.length === 0) problems.push('no master key configured');
    for (const { id, secret } of keys) {
      if (!KEY_ID.test(id)) problems.push(`key id "${id}" must be 1-32 of A-Z a-z 0-9 _ -`);
      if (secret.length !== MASTER_KEY_BYTES)
        problems.push(`key "${id}" must be ${MASTER_KEY_BYTES} bytes, got ${secret.length}`);
      if (this.keys.has(id)) problems.push(`key id "${id}" appears twice`);
      this.keys.set(id, {
        id,
        encryptionKey: derive(secret, 'amparo/field-encryption/v1'),
        indexKey: derive(secret, 'amparo/blind-index/v1'),
      });
    }
    if (problems.length > 0) throw new KeyConfigurationError(problems);
    this.activeKeyId = keys[0].id;
  }

  get active(): KeyMaterial {
    return this.get(this.activeKeyId) as KeyMaterial;
  }

  get(id: string): KeyMaterial | undefined {
    return this.keys.get(id);
  }

  /** Every key id, the active one first. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }
}
