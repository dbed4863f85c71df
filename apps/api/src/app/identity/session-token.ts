// Opaque bearer tokens: `<organization>.<session>.<secret>`. The ids route the lookup to the
// right tenant; only a SHA-256 of the secret is stored, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

export interface ParsedToken {
  organizationId: string;
  sessionId: string;
  secret: string;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatToken(organizationId: string, sessionId: string, secret: string): string {
  return `${organizationId}.${sessionId}.${secret}`;
}

export function parseToken(token: string): ParsedToken | null {
  const match = TOKEN.exec(token);
  return match ? { organizationId: match[1], sessionId: match[2], secret: match[3] } : null;
}

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const candidate = hashSecret(secret);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}
