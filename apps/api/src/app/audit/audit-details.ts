// What an audit entry may say beyond who/what/which record: ids, codes, counts and flags, never
// a sensitive value. The types make free text a compile error; the checks below refuse the rest.
import { AuditEntryRejectedError } from './audit.errors';

declare const auditValue: unique symbol;

/** A short machine code such as `wrong_password` or `pe.pasee`: made only by `auditCode`. */
export type AuditCode = string & { readonly [auditValue]: 'code' };
/** A record or user id (UUID): made only by `auditId`. */
export type AuditId = string & { readonly [auditValue]: 'id' };

/** A keyed hash of searched terms (FieldCipher.blindIndex): made only by `auditDigest`. */
export type AuditDigest = string & { readonly [auditValue]: 'digest' };

export type AuditDetailScalar = AuditCode | AuditId | AuditDigest | number | boolean;
export type AuditDetailValue = AuditDetailScalar | readonly AuditDetailScalar[];
/** Keys are lowerCamel identifiers; see AUDIT_DETAIL_RULES in docs/security-audit.md. */
export type AuditDetails = Readonly<Record<string, AuditDetailValue>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Lower-case identifier; at most four digits in a row (no phone, A-number or date fits). */
const CODE = /^(?!.*\d{5})[a-z][a-z0-9_.:-]{0,63}$/;
const KEY = /^[a-z][A-Za-z0-9]{0,39}$/;
/** `<key id>.<43 base64url characters>`: an HMAC-SHA-256, never the value it was made from. */
const DIGEST = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.[A-Za-z0-9_-]{43}$/;
/** Key names that announce content the trail must never hold. */
const SENSITIVE_KEY =
  /name|mail|phone|address|narrative|note|text|comment|password|secret|token|otp|birth|dob|answer|passport|anumber|aNumber/i;
const MAX_KEYS = 20;
const MAX_ARRAY = 50;

export function auditCode(value: string): AuditCode {
  if (!CODE.test(value)) throw new AuditEntryRejectedError(`${redact(value)} is not a code`);
  return value as AuditCode;
}

export function auditId(value: string): AuditId {
  const id = value.toLowerCase();
  if (!UUID.test(id)) throw new AuditEntryRejectedError(`${redact(value)} is not a UUID`);
  return id as AuditId;
}

export function auditDigest(value: string): AuditDigest {
  if (!DIGEST.test(value)) throw new AuditEntryRejectedError(`${redact(value)} is not a digest`);
  return value as AuditDigest;
}

/**
 * Checks at run time what the types promise at compile time (callers may cast, and JSON from
 * elsewhere has no types): returns a plain copy safe to store and to hash.
 */
export function checkAuditDetails(details: unknown): Record<string, AuditDetailValue> {
  if (details === undefined) return {};
  if (typeof details !== 'object' || details === null || Array.isArray(details))
    throw new AuditEntryRejectedError('details must be an object');
  const entries = Object.entries(details);
  if (entries.length > MAX_KEYS)
    throw new AuditEntryRejectedError(`details may hold at most ${MAX_KEYS} keys`);
  const checked: Record<string, AuditDetailValue> = {};
  for (const [key, value] of entries) {
    if (!KEY.test(key) || SENSITIVE_KEY.test(key))
      throw new AuditEntryRejectedError(`details key ${redact(key)} is not allowed`);
    checked[key] = Array.isArray(value) ? checkArray(key, value) : checkScalar(key, value);
  }
  return checked;
}

function checkArray(key: string, values: readonly unknown[]): AuditDetailScalar[] {
  if (values.length > MAX_ARRAY)
    throw new AuditEntryRejectedError(`details.${key} may hold at most ${MAX_ARRAY} values`);
  return values.map((value) => checkScalar(key, value));
}

function checkScalar(key: string, value: unknown): AuditDetailScalar {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new AuditEntryRejectedError(`details.${key} must be a whole number`);
    return value;
  }
  if (typeof value === 'string' && (UUID.test(value) || CODE.test(value) || DIGEST.test(value)))
    return value as AuditCode;
  throw new AuditEntryRejectedError(
    `details.${key} must be an id, a code, a digest, a whole number or a flag`,
  );
}

/** Error messages end up in logs: show the shape of a refused value, not the value. */
function redact(value: string): string {
  return `<${value.length} characters>`;
}
