// What sign-in and account administration write to the audit trail: who, what, which record,
// never the e-mail typed, a password or a code.
import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditOutcome } from '@amparo/contracts';
import { auditCode, auditId, type AuditDetails } from '../audit/audit-details';
import { AuditService } from '../audit/audit.service';
import { FieldCipher } from '../crypto/field.cipher';

/** Keyed hashes of typed e-mails are installation-wide, not per organization. */
const INSTALLATION = '00000000-0000-4000-8000-000000000000';

export interface LoginAttempt {
  organizationId?: string;
  userId?: string;
}

@Injectable()
export class IdentityAudit {
  constructor(
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  /** A failed or refused sign-in: in the office's chain when the e-mail is known, else the system's. */
  async loginFailed(email: string, attempt: LoginAttempt, reason: string): Promise<void> {
    await this.audit.record(
      {
        action: 'auth.login.failed',
        outcome: 'failure',
        ...(attempt.userId ? { recordType: 'user', recordId: attempt.userId } : {}),
        details: { reason: auditCode(reason.toLowerCase()) },
      },
      {
        kind: 'anonymous',
        userId: null,
        organizationId: attempt.organizationId ?? null,
        emailHash: this.cipher.blindIndex(INSTALLATION, 'login-email', email).replace('.', ':'),
      },
    );
  }

  async loginSucceeded(organizationId: string, userId: string): Promise<void> {
    await this.audit.record(
      { action: 'auth.login.succeeded', recordType: 'user', recordId: userId },
      { kind: 'user', userId, organizationId },
    );
  }

  async denied(permission: string): Promise<void> {
    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      details: { permission: auditCode(permission) },
    });
  }

  /** A password or second factor asked again (before an MFA change) was wrong, or throttled. */
  async recheckFailed(userId: string, purpose: string, reason: string): Promise<void> {
    await this.audit.record({
      action: 'auth.mfa.failed',
      outcome: 'failure',
      recordType: 'user',
      recordId: auditId(userId),
      details: { step: auditCode(purpose), reason: auditCode(reason.toLowerCase()) },
    });
  }

  /** An action by the signed-in caller on a user account (their own or, for admins, another's). */
  async onUser(
    action: AuditAction,
    userId: string,
    outcome: AuditOutcome = 'success',
    details?: AuditDetails,
  ): Promise<void> {
    await this.audit.record({
      action,
      outcome,
      recordType: 'user',
      recordId: auditId(userId),
      ...(details ? { details } : {}),
    });
  }
}
