// Sealed JSON hides which value it holds behind a padded length, and opens to the same value.
import { randomBytes } from 'node:crypto';
import { defineEncryptedColumn } from './encrypted-column.registry';
import { FieldCipher } from './field.cipher';
import { DecryptionFailedError, InvalidFieldContextError } from './field-crypto.errors';
import { Keyring } from './keyring';
import { openJson, paddedJson, sealJson } from './sealed-json.codec';

const ORG = 'aaaaaaaa-0000-4000-8000-00000000000a';
const ROW = '0f000000-0000-4000-8000-0000000000c1';
const OTHER_ROW = '0f000000-0000-4000-8000-0000000000c2';
const GENDER = defineEncryptedColumn({
  table: 'sealed_json_spec',
  column: 'gender_sealed',
  bindsRowId: true,
  jsonPadding: 64,
});
const cipher = new FieldCipher(new Keyring([{ id: 'k1', secret: randomBytes(32) }]));

describe('paddedJson', () => {
  it('pads JSON with spaces to the next multiple of the padding in UTF-8 bytes', () => {
    expect(paddedJson('male', 16)).toBe('"male"          ');
    expect(Buffer.byteLength(paddedJson('Zweigeist ñandú', 16))).toBe(32);
    expect(paddedJson(null, 8)).toBe('null    ');
    expect(paddedJson(undefined, 8)).toBe('null    ');
    expect(paddedJson('12345678901234', 16)).toBe('"12345678901234"');
    expect(() => paddedJson('x', 0)).toThrow(InvalidFieldContextError);
  });
});

describe('sealJson and openJson', () => {
  it('seals values of different lengths to envelopes of one length, and opens them again', () => {
    const values = ['male', 'female', 'non-binary', null, 'Dos espíritus (demo)'];
    const envelopes = values.map((value) => sealJson(cipher, GENDER, ORG, ROW, value));
    expect(new Set(envelopes.map((envelope) => envelope.length)).size).toBe(1);
    expect(envelopes.map((envelope) => openJson(cipher, GENDER, ORG, ROW, envelope))).toEqual(
      values,
    );
  });

  it('binds the value to its row and refuses columns not declared as padded JSON', () => {
    const envelope = sealJson(cipher, GENDER, ORG, ROW, ['detained']);
    expect(() => openJson(cipher, GENDER, ORG, OTHER_ROW, envelope)).toThrow(DecryptionFailedError);
    const plain = defineEncryptedColumn({ table: 'sealed_json_spec', column: 'notes' });
    expect(() => sealJson(cipher, plain, ORG, ROW, 'x')).toThrow(/padded JSON/);
  });
});
