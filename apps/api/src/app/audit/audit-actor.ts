// Who did it and from where, as the audit trail records it: taken from the HTTP request, never
// from anything the caller typed into a form.
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import type { AuditActorKind } from '@amparo/contracts';

/** What authentication leaves on `request.user` (the identity feature's Principal fits). */
export interface AuditPrincipal {
  readonly userId: string;
  readonly organizationId: string;
}

export interface AuditActor {
  readonly kind: AuditActorKind;
  readonly userId: string | null;
  /** The organization whose chain the entry joins; null: the installation's system chain. */
  readonly organizationId: string | null;
  /** Keyed hash of an e-mail typed at login (never the e-mail): see docs/security-audit.md. */
  readonly emailHash: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
}

/** The parts of an Express request the audit trail reads. */
export interface AuditRequest {
  readonly user?: AuditPrincipal;
  readonly ip?: string;
  readonly headers: IncomingHttpHeaders;
  readonly id?: unknown;
}

/** CLI commands and background jobs: no person, no address. */
export const SYSTEM_ACTOR: AuditActor = {
  kind: 'system',
  userId: null,
  organizationId: null,
  emailHash: null,
  ip: null,
  userAgent: null,
  requestId: null,
};

export const USER_AGENT_MAX = 256;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function auditActorFromRequest(request: AuditRequest): AuditActor {
  const user = request.user;
  const requestId =
    typeof request.id === 'string' && REQUEST_ID.test(request.id) ? request.id : null;
  return {
    kind: user ? 'user' : 'anonymous',
    userId: user?.userId ?? null,
    organizationId: user?.organizationId ?? null,
    emailHash: null,
    ip: normalizeIp(request.ip),
    userAgent: normalizeUserAgent(request.headers['user-agent']),
    requestId,
  };
}

/** IPv4 seen through an IPv6 socket (`::ffff:1.2.3.4`) is stored as plain IPv4. */
export function normalizeIp(ip: string | undefined): string | null {
  if (!ip) return null;
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return isIP(plain) ? plain : null;
}

/** Printable characters only, cut to USER_AGENT_MAX: a header is attacker-controlled text. */
export function normalizeUserAgent(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  // eslint-disable-next-line no-control-regex
  const printable = userAgent.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return printable ? printable.slice(0, USER_AGENT_MAX) : null;
}
