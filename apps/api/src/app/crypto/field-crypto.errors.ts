// What can go wrong when sealing or opening an encrypted field; messages name the key id or column
// involved but never a plaintext or any key material.
import { ConfigurationError } from '../config/app.config';

/** Every failure of field encryption, decryption or blind indexing. */
export class FieldCryptoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stored value is not an envelope this version of Amparo can parse. */
export class MalformedEnvelopeError extends FieldCryptoError {
  constructor(readonly reason: string) {
    super(`Encrypted value is malformed: ${reason}`);
  }
}

/** The envelope names a key that is not in the keyring. */
export class UnknownKeyError extends FieldCryptoError {
  constructor(readonly keyId: string) {
    super(
      `Encrypted value uses key "${keyId}", which is not in the keyring: add it to AMPARO_OLD_KEYS (see docs/security-encryption.md)`,
    );
  }
}

/**
 * The envelope does not authenticate for this organization, column (and row): it was altered, or
 * copied from another organization, column or row.
 */
export class DecryptionFailedError extends FieldCryptoError {
  constructor(readonly column: string) {
    super(
      `Encrypted value of ${column} does not authenticate: altered, or moved from another organization, column or row`,
    );
  }
}

/** A caller passed an organization id, column name, purpose or row id that cannot be bound. */
export class InvalidFieldContextError extends FieldCryptoError {}

/** The keys in the environment or the key file cannot be used; the API must not start. */
export class KeyConfigurationError extends ConfigurationError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'KeyConfigurationError';
  }
}
