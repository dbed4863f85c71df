// The text form of an encrypted field: `v1.<key id>.<base64url(IV ‖ ciphertext ‖ GCM tag)>`, so
// the key a value was sealed with can be read (and selected on in SQL) without decrypting it.
import { MalformedEnvelopeError } from './field-crypto.errors';
import { KEY_ID } from './keyring';

export const ENVELOPE_VERSION = 'v1';
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

export interface Envelope {
  readonly version: typeof ENVELOPE_VERSION;
  readonly keyId: string;
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The prefix every value sealed with `keyId` starts with (used to find values to rotate). */
export function envelopePrefix(keyId: string): string {
  return `${ENVELOPE_VERSION}.${keyId}.`;
}

export function formatEnvelope(envelope: Envelope): string {
  const body = Buffer.concat([envelope.iv, envelope.ciphertext, envelope.tag]);
  return `${envelopePrefix(envelope.keyId)}${body.toString('base64url')}`;
}

export function parseEnvelope(text: string): Envelope {
  const parts = text.split('.');
  if (parts.length !== 3) throw new MalformedEnvelopeError('expected version.keyId.payload');
  const [version, keyId, payload] = parts;
  if (version !== ENVELOPE_VERSION)
    throw new MalformedEnvelopeError(`unsupported version "${version.slice(0, 8)}"`);
  if (!KEY_ID.test(keyId)) throw new MalformedEnvelopeError('invalid key id');
  if (!BASE64URL.test(payload)) throw new MalformedEnvelopeError('payload is not base64url');
  const body = Buffer.from(payload, 'base64url');
  if (body.toString('base64url') !== payload)
    throw new MalformedEnvelopeError('payload is not canonical base64url');
  if (body.length < IV_BYTES + TAG_BYTES) throw new MalformedEnvelopeError('payload too short');
  return {
    version,
    keyId,
    iv: body.subarray(0, IV_BYTES),
    ciphertext: body.subarray(IV_BYTES, body.length - TAG_BYTES),
    tag: body.subarray(body.length - TAG_BYTES),
  };
}

/** Whether `text` has the shape of an envelope (not whether it decrypts). */
export function isEnvelope(text: string): boolean {
  try {
    parseEnvelope(text);
    return true;
  } catch {
    return false;
  }
}
