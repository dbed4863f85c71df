// The cipher's promises: round trip, tamper and misplacement detection, key selection by id, and
// blind indexes that are stable, normalized and separate per organization.
import { randomBytes } from 'node:crypto';
import { envelopePrefix, formatEnvelope, parseEnvelope } from './envelope.codec';
import { FieldCipher, normalizeForIndex } from './field.cipher';
import {
  DecryptionFailedError,
  FieldCryptoError,
  InvalidFieldContextError,
  KeyConfigurationError,
  MalformedEnvelopeError,
  UnknownKeyError,
} from './field-crypto.errors';
import { Keyring } from './keyring';

const ORG_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
const ORG_B = 'bbbbbbbb-0000-4000-8000-00000000000b';
const COLUMN = 'clients.narrative';
const SECRET = 'They threatened my family in San Pedro Sula — Señora López, 1983';

const oldKey = { id: 'k-old', secret: randomBytes(32) };
const newKey = { id: 'k-new', secret: randomBytes(32) };
const cipherWith = (...keys: Array<{ id: string; secret: Buffer }>) =>
  new FieldCipher(new Keyring(keys));

describe('FieldCipher', () => {
  const cipher = cipherWith(newKey, oldKey);

  it('round-trips text, including non-ASCII and the empty string', () => {
    for (const text of [SECRET, '', '😀 ñ 中文', 'x'.repeat(10_000)]) {
      const sealed = cipher.encrypt(ORG_A, COLUMN, text);
      expect(cipher.decrypt(ORG_A, COLUMN, sealed)).toBe(text);
    }
  });

  it('writes a versioned envelope naming the active key, with a fresh 12-byte IV each time', () => {
    const first = cipher.encrypt(ORG_A, COLUMN, SECRET);
    const second = cipher.encrypt(ORG_A, COLUMN, SECRET);
    expect(first.startsWith('v1.k-new.')).toBe(true);
    expect(first).not.toBe(second);
    const parsed = parseEnvelope(first);
    expect(parsed.iv).toHaveLength(12);
    expect(parsed.tag).toHaveLength(16);
    expect(parsed.ciphertext).toHaveLength(Buffer.byteLength(SECRET));
    expect(parsed.iv.equals(parseEnvelope(second).iv)).toBe(false);
    expect(first).not.toContain('San Pedro');
    expect(Buffer.from(first.split('.')[2], 'base64url').toString('latin1')).not.toContain(
      'San Pedro',
    );
  });

  it('refuses an envelope with any single byte flipped (IV, ciphertext or tag)', () => {
    const sealed = cipher.encrypt(ORG_A, COLUMN, SECRET);
    const parsed = parseEnvelope(sealed);
    const body = Buffer.concat([parsed.iv, parsed.ciphertext, parsed.tag]);
    for (let position = 0; position < body.length; position += 1) {
      const flipped = Buffer.from(body);
      flipped[position] ^= 0x01;
      const tampered = `${envelopePrefix('k-new')}${flipped.toString('base64url')}`;
      expect(() => cipher.decrypt(ORG_A, COLUMN, tampered)).toThrow(DecryptionFailedError);
    }
  });

  it('refuses a value moved to another organization, column or row', () => {
    const sealed = cipher.encrypt(ORG_A, COLUMN, SECRET);
    expect(() => cipher.decrypt(ORG_B, COLUMN, sealed)).toThrow(DecryptionFailedError);
    expect(() => cipher.decrypt(ORG_A, 'clients.risk_notes', sealed)).toThrow(
      DecryptionFailedError,
    );
    expect(() => cipher.decrypt(ORG_A, COLUMN, sealed, { rowId: 'row-1' })).toThrow(
      DecryptionFailedError,
    );
    const rowBound = cipher.encrypt(ORG_A, COLUMN, SECRET, { rowId: 'row-1' });
    expect(cipher.decrypt(ORG_A, COLUMN, rowBound, { rowId: 'row-1' })).toBe(SECRET);
    expect(() => cipher.decrypt(ORG_A, COLUMN, rowBound, { rowId: 'row-2' })).toThrow(
      DecryptionFailedError,
    );
    expect(() => cipher.decrypt(ORG_A, COLUMN, rowBound)).toThrow(DecryptionFailedError);
  });

  it('treats the organization id case-insensitively (PostgreSQL prints UUIDs in lower case)', () => {
    const sealed = cipher.encrypt(ORG_A.toUpperCase(), COLUMN, SECRET);
    expect(cipher.decrypt(ORG_A, COLUMN, sealed)).toBe(SECRET);
  });

  it('refuses a header rewritten to name another known key', () => {
    const sealed = parseEnvelope(cipher.encrypt(ORG_A, COLUMN, SECRET));
    const relabelled = formatEnvelope({ ...sealed, keyId: 'k-old' });
    expect(() => cipher.decrypt(ORG_A, COLUMN, relabelled)).toThrow(DecryptionFailedError);
  });

  it('names an unknown key id in a typed error, without the value', () => {
    const stranger = cipherWith({ id: 'k-lost', secret: randomBytes(32) });
    const sealed = stranger.encrypt(ORG_A, COLUMN, SECRET);
    expect(() => cipher.decrypt(ORG_A, COLUMN, sealed)).toThrow(UnknownKeyError);
    expect(() => cipher.decrypt(ORG_A, COLUMN, sealed)).toThrow(/"k-lost".*AMPARO_OLD_KEYS/);
  });

  it('still opens values sealed under an older key, and says they need rotation', () => {
    const before = cipherWith(oldKey);
    const sealed = before.encrypt(ORG_A, COLUMN, SECRET);
    expect(sealed.startsWith('v1.k-old.')).toBe(true);
    expect(cipher.decrypt(ORG_A, COLUMN, sealed)).toBe(SECRET);
    expect(cipher.needsRotation(sealed)).toBe(true);
    expect(cipher.needsRotation(cipher.encrypt(ORG_A, COLUMN, SECRET))).toBe(false);
    // A keyring without the old key cannot.
    expect(() => cipherWith(newKey).decrypt(ORG_A, COLUMN, sealed)).toThrow(UnknownKeyError);
  });

  it('rejects malformed envelopes and plaintext with a typed error', () => {
    for (const bad of [
      SECRET,
      '',
      'v1.k-new',
      'v2.k-new.AAAA',
      'v1.bad key.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'v1.k-new.AAAA',
      'v1.k-new.not+base64url/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ]) {
      expect(() => cipher.decrypt(ORG_A, COLUMN, bad)).toThrow(MalformedEnvelopeError);
    }
  });

  it('refuses contexts that cannot be bound unambiguously', () => {
    expect(() => cipher.encrypt('not-a-uuid', COLUMN, SECRET)).toThrow(InvalidFieldContextError);
    expect(() => cipher.encrypt(ORG_A, 'narrative', SECRET)).toThrow(InvalidFieldContextError);
    expect(() => cipher.encrypt(ORG_A, COLUMN, SECRET, { rowId: 'a.b' })).toThrow(
      InvalidFieldContextError,
    );
    expect(new InvalidFieldContextError('x')).toBeInstanceOf(FieldCryptoError);
  });
});

describe('blind index', () => {
  const cipher = cipherWith(newKey, oldKey);

  it('is stable and ignores spaces, dashes and case', () => {
    const index = cipher.blindIndex(ORG_A, 'a-number', 'A-123-456-789');
    expect(cipher.blindIndex(ORG_A, 'a-number', 'A-123-456-789')).toBe(index);
    expect(cipher.blindIndex(ORG_A, 'a-number', ' a 123 456 789 ')).toBe(index);
    expect(cipher.blindIndex(ORG_A, 'a-number', 'a123456789')).toBe(index);
    expect(cipher.blindIndex(ORG_A, 'a-number', 'A‑123–456—789')).toBe(index);
    expect(index).toMatch(/^k-new\.[A-Za-z0-9_-]{43}$/);
    expect(index).not.toContain('123456789');
  });

  it('differs for another value, organization, purpose or key', () => {
    const index = cipher.blindIndex(ORG_A, 'a-number', 'A123456789');
    expect(cipher.blindIndex(ORG_A, 'a-number', 'A123456780')).not.toBe(index);
    expect(cipher.blindIndex(ORG_B, 'a-number', 'A123456789')).not.toBe(index);
    expect(cipher.blindIndex(ORG_A, 'phone', 'A123456789')).not.toBe(index);
    const otherInstallation = cipherWith({ id: 'k-new', secret: randomBytes(32) });
    expect(otherInstallation.blindIndex(ORG_A, 'a-number', 'A123456789')).not.toBe(index);
  });

  it('offers one candidate per key, so rows indexed under an older key are still found', () => {
    const before = cipherWith(oldKey).blindIndex(ORG_A, 'a-number', 'A123456789');
    const candidates = cipher.blindIndexCandidates(ORG_A, 'a-number', 'a-123 456 789');
    expect(candidates).toEqual([cipher.blindIndex(ORG_A, 'a-number', 'A123456789'), before]);
  });

  it('normalizes as documented and refuses empty values and odd purposes', () => {
    expect(normalizeForIndex(' ａ-１２３ 456\t789 ')).toBe('A123456789');
    expect(() => cipher.blindIndex(ORG_A, 'a-number', ' - ')).toThrow(InvalidFieldContextError);
    // A lookup of nothing finds nothing (the A-number search and duplicate check were 500s).
    expect(cipher.blindIndexCandidates(ORG_A, 'a-number', ' - ')).toEqual([]);
    expect(() => cipher.blindIndex(ORG_A, 'A Number', 'A1')).toThrow(InvalidFieldContextError);
  });
});

describe('Keyring', () => {
  it('refuses short keys, bad ids and duplicate ids, naming each problem', () => {
    expect(() => new Keyring([{ id: 'k1', secret: randomBytes(16) }])).toThrow(
      KeyConfigurationError,
    );
    expect(() => new Keyring([{ id: 'k:1', secret: randomBytes(32) }])).toThrow(/key id "k:1"/);
    expect(
      () =>
        new Keyring([
          { id: 'k1', secret: randomBytes(32) },
          { id: 'k1', secret: randomBytes(32) },
        ]),
    ).toThrow(/appears twice/);
    expect(() => new Keyring([])).toThrow(/no master key/);
  });
});
